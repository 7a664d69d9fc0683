/** Mock back ends for stories: the real mock engine on the story clock, and one that never answers. */
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { MockAdapter, MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { storyNow } from './clock.js';

/** A mock adapter whose clock is the story instant (unless the story brings its own); SMS only unless the story asks for more. */
export function storyMock(options: MockAdapterOptions = {}): MockAdapter {
  return createMockAdapter({ verificationMethods: ['sms'], now: storyNow, ...options });
}

/** A back end whose context never arrives: the widget stays on its loading line. */
export function neverLoading(): UnsubscribeAdapter {
  return { ...storyMock(), loadContext: () => new Promise<never>(() => undefined) };
}

/** A back end whose context call fails with `error` (shaped like an UnsubscribeError, or a thrown TypeError). */
export function failingContext(error: unknown): UnsubscribeAdapter {
  return { ...storyMock(), loadContext: () => Promise.reject(error) };
}
