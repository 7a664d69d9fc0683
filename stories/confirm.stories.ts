import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Confirm',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** The check page of a yearly plan left early: pro-rata refund minus the 50 元 penalty. */
export const WithPenalty = stateStory({ adapter: () => storyMock(), target: 'confirm' });

export const WithoutPenalty = stateStory({ adapter: () => storyMock({ context: { terms: { penalty: undefined } } }), target: 'confirm' });

/** Unsubscribing at the end of the term: nothing is refunded and no penalty is due. */
export const ZeroRefundEndOfTerm = stateStory({
  adapter: () => storyMock({ context: { terms: { effectiveOptions: ['end-of-term'] } } }),
  target: 'confirm',
});
