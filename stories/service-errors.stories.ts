import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'States/Service errors',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** Sending the SMS failed on the server; answers are kept and a retry is offered. */
export const AtVerify = stateStory({
  adapter: () => storyMock({ failures: { startVerification: { code: 'server' } } }),
  target: 'verify-error',
});

/** The refund quote could not be fetched (network). */
export const AtConfirm = stateStory({ adapter: () => storyMock({ failures: { quoteRefund: { code: 'network' } } }), target: 'confirm' });

/** Submitting was rate-limited, with a Retry-After. */
export const AtSubmit = stateStory({
  adapter: () => storyMock({ failures: { submit: { code: 'rate-limited', retryAfterSeconds: 30 } } }),
  target: 'submit-error',
});
