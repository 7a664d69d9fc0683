import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/One-click',
  component: 'cloudpc-unsubscribe',
  args: { ...DEFAULT_ARGS, mode: 'one-click' },
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** 一键退订: the service, a reason, verification and the refund on one screen. */
export const OneClick = stateStory({ adapter: () => storyMock(), target: 'loaded', mode: 'one-click' });

/** The SMS code typed on the same screen: 确认退订 checks it and submits in one press. */
export const AfterVerification = stateStory({ adapter: () => storyMock(), target: 'one-click-verified', mode: 'one-click' });
