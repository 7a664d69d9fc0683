import type { Meta } from '@storybook/web-components-vite';
import { SAMPLE_FIRST_CLOUD_PC_NAME, SAMPLE_OTHER_CLOUD_PCS } from '../src/adapters/mock/mock-data.js';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Several cloud PCs (选择云电脑)',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** An account with three cloud PCs: an office PC, a home PC on a monthly plan, and an old one already cancelled. */
const threeCloudPcs = () =>
  storyMock({
    context: { subscription: { name: SAMPLE_FIRST_CLOUD_PC_NAME } },
    otherSubscriptions: SAMPLE_OTHER_CLOUD_PCS.map((pc) => ({ ...pc })),
  });

/** The first screen asks which one, each with its plan, price, paid period and what happens to its data; nothing is picked. */
export const Pick = stateStory({ adapter: threeCloudPcs, target: 'loaded' });

/** Continue before picking: the error says to pick one, and nothing else is asked yet. */
export const NothingPicked = stateStory({ adapter: threeCloudPcs, target: 'pick-required' });

/** The home PC picked: its own terms and checklist follow, and the rest of the run is about it. */
export const Picked = stateStory({ adapter: threeCloudPcs, target: 'picked' });

/** One-click: the screen asks which cloud PC first; verification and 确认退订 come once one is picked. */
export const OneClick = stateStory({ adapter: threeCloudPcs, target: 'loaded', mode: 'one-click' });
