import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, widget, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Overview/Whole flow',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/**
 * The whole flow to click through, on the mock back end with 300 ms per call. Every method is
 * offered; the first SMS code is 123456 (each resend adds one to every digit), the security answers 杭州 and Doudou.
 */
export const Interactive: StoryObj<WidgetArgs> = {
  render: (args, context) =>
    widget(args, context, storyMock({ latencyMs: 300, verificationMethods: ['sms', 'face', 'security-questions'] })),
};
