import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Done',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

const AT_ONCE = { processingAfterMs: 0, doneAfterMs: 0 };

/** Unsubscribed at once: refund tracking, after-care and feedback. */
export const CompletedWithRefund = stateStory({ adapter: () => storyMock({ statusTimeline: AT_ONCE }), target: 'done' });

/** Unsubscribed at the end of the term: nothing to refund. */
export const CompletedNoRefund = stateStory({
  adapter: () => storyMock({ statusTimeline: AT_ONCE, context: { terms: { effectiveOptions: ['end-of-term'] } } }),
  target: 'done',
});

/** The operator turned the request down, with its reason. */
export const Rejected = stateStory({ adapter: () => storyMock({ statusTimeline: { ...AT_ONCE, outcome: 'rejected' } }), target: 'done' });
