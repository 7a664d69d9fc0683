import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Withdraw (撤销退订)',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

const DAY_MS = 86_400_000;

/** A pending end-of-term request: withdrawable until the paid term ends. The story clock is stopped, so it stays there. */
const pendingEndOfTerm = () =>
  storyMock({
    pendingRequestId: 'TD202611240007',
    context: { terms: { effectiveOptions: ['end-of-term'] } },
    statusTimeline: { processingAfterMs: DAY_MS, doneAfterMs: 2 * DAY_MS },
  });

/** The widget opens on the pending request; 撤销退订 says until when it can be withdrawn. */
export const Offered = stateStory({ adapter: pendingEndOfTerm, target: 'withdraw-offer' });

/** One press opens the confirmation: the service goes on, nothing is charged; cancel is as prominent. */
export const Confirming = stateStory({ adapter: pendingEndOfTerm, target: 'withdraw-confirm' });

/** Confirmed: the outcome on done (已撤销退订). */
export const Withdrawn = stateStory({ adapter: pendingEndOfTerm, target: 'withdrawn' });
