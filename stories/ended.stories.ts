import type { Meta } from '@storybook/web-components-vite';
import { OFFER_OPTIONS, WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'States/Ended',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/** "Keep my subscription" pressed on the first step. */
export const Kept = stateStory({ adapter: () => storyMock(), target: 'kept' });

export const OfferAccepted = stateStory({ adapter: () => storyMock(), target: 'offer-accepted', options: OFFER_OPTIONS });

/** A pause agreed by the back end (`acceptOffer`): for how long, when billing resumes, the storage fee. */
export const Paused = stateStory({ adapter: () => storyMock({ offers: ['pause'] }), target: 'paused' });

/** A cheaper plan agreed by the back end: from when, at what price. */
export const Downgraded = stateStory({ adapter: () => storyMock({ offers: ['downgrade'] }), target: 'downgraded' });
