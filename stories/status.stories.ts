import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Status',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** A day, in milliseconds: far enough that the stopped story clock never reaches the next stage. */
const DAY_MS = 86_400_000;

/** Submitted and received; the story clock is stopped, so it stays there. */
export const Received = stateStory({
  adapter: () => storyMock({ statusTimeline: { processingAfterMs: DAY_MS, doneAfterMs: DAY_MS } }),
  target: 'status',
});

export const Processing = stateStory({
  adapter: () => storyMock({ statusTimeline: { processingAfterMs: 0, doneAfterMs: DAY_MS } }),
  target: 'status',
});

/**
 * The moment the request completes: processing, then, with no click, the live refresh finds it
 * done and the done page takes over (its heading gets focus; screen readers hear it).
 */
export const TurnsDone = stateStory({
  // A clock that runs (the story clock ticks), and a request done 1.5 s after it is received.
  adapter: () => storyMock({ now: () => new Date(), statusTimeline: { processingAfterMs: 0, doneAfterMs: 1500 } }),
  options: { statusPollSeconds: 2 },
  target: 'done-live',
});
