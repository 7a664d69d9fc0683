/** The built-in in-memory adapter (DESIGN section 4): the demo's offline mode, Storybook and the tests use it. */
export { createMockAdapter } from './mock-adapter.js';
export type {
  MockAdapter,
  MockAdapterOptions,
  MockCall,
  MockContextOverrides,
  MockControls,
  MockFailure,
  MockSecurityQuestion,
  MockStatusTimeline,
} from './mock-options.js';
