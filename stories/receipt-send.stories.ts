import type { Meta } from '@storybook/web-components-vite';
import { UnsubscribeError } from '../src/contract/index.js';
import type { MockAdapterOptions } from '../src/adapters/mock/index.js';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Send the receipt (把回执发给我)',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** An account with a phone and an e-mail address: both channels are offered. */
const BOTH_CHANNELS: MockAdapterOptions = { context: { account: { maskedEmail: 'w***@example.com' } } };
const AT_ONCE = { processingAfterMs: 0, doneAfterMs: 0 };

/** A back end whose `sendReceipt` refuses with `error`; everything else as the mock. */
function refusing(error: UnsubscribeError, options: MockAdapterOptions) {
  return () => ({ ...storyMock(options), sendReceipt: () => Promise.reject(error) });
}

/** On status, beside print and save: one button per channel, nothing sent yet. */
export const Idle = stateStory({ adapter: () => storyMock(BOTH_CHANNELS), target: 'status' });

/** Sent by SMS from done: the line says where it went, and the button offers another. */
export const Sent = stateStory({ adapter: () => storyMock({ ...BOTH_CHANNELS, statusTimeline: AT_ONCE }), target: 'receipt-sms-done' });

/** Too many sends for this request: the back end says when to try again, and the widget waits. */
export const RateLimited = stateStory({
  adapter: refusing(new UnsubscribeError('rate-limited', 'at most 3 an hour for one request', { retryAfterSeconds: 1800 }), {
    ...BOTH_CHANNELS,
    statusTimeline: AT_ONCE,
  }),
  target: 'receipt-sms-done',
});

/** The message could not be sent (the network dropped): the button offers to send again. */
export const Failed = stateStory({
  adapter: refusing(new UnsubscribeError('network', 'the connection dropped'), BOTH_CHANNELS),
  target: 'receipt-sms-status',
});
