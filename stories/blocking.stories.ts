import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { failingContext, storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'States/Blocking',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

export const LoginRequired = stateStory({ adapter: () => failingContext({ code: 'unauthenticated' }), target: 'loaded' });

export const NothingToUnsubscribe = stateStory({ adapter: () => failingContext({ code: 'not-found' }), target: 'loaded' });

/** The fetch itself failed (offline, DNS, CORS). */
export const Unreachable = stateStory({ adapter: () => failingContext(new TypeError('Failed to fetch')), target: 'loaded' });

/** The back end answered something that is not a context. */
export const InvalidData = stateStory({
  adapter: () => ({ ...storyMock(), loadContext: () => Promise.resolve({ nonsense: true } as never) }),
  target: 'loaded',
});

/** Face recognition as the only method is refused (it may not be the only way in China). */
export const Configuration = stateStory({ adapter: () => storyMock({ verificationMethods: ['face'] }), target: 'loaded' });

export const NoAdapter = stateStory({ adapter: () => undefined, target: 'loaded' });
