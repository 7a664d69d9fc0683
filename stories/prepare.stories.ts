import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Prepare',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** The first step: what the subscriber loses, backup and terms to acknowledge. */
export const Prepare = stateStory({ adapter: () => storyMock(), target: 'loaded' });
