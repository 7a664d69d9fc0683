import type { Meta } from '@storybook/web-components-vite';
import { OFFER_OPTIONS, WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Reason',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

export const Reason = stateStory({ adapter: () => storyMock(), target: 'reason' });

/** The operator attached a retention offer to the reason picked. */
export const OfferShown = stateStory({ adapter: () => storyMock(), target: 'offer', options: OFFER_OPTIONS });

/** The back end offers a pause instead (`context.offers`): months to pick, none pre-selected, the storage fee and resume dates. */
export const PauseOffered = stateStory({ adapter: () => storyMock({ offers: ['pause'] }), target: 'offer' });

/** The back end offers a cheaper plan instead: its price beside today's, and what is given up. */
export const DowngradeOffered = stateStory({ adapter: () => storyMock({ offers: ['downgrade'] }), target: 'offer' });
