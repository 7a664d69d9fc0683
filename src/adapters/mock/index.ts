/**
 * The built-in in-memory adapter (README, "The adapter contract"): the demo's offline mode, Storybook and the
 * tests use it.
 *
 * `createMockAdapter` checks its options at once (a bad knob throws here) and loads the engine
 * itself (`mock-adapter.ts`) on demand, so a page that talks to a real back end never downloads
 * it: it is a separate chunk of the builds, holding the defaults and the default content too.
 */
import { cloneData } from '../../platform/clone.js';
import { lazyAdapter } from '../lazy-adapter.js';
import { checkMockOptions } from './mock-options-check.js';
import type { MockAdapter, MockAdapterOptions, MockCall } from './mock-options.js';

export type {
  MockAdapter,
  MockAdapterOptions,
  MockCall,
  MockContextOverrides,
  MockControls,
  MockFailure,
  MockOfferKind,
  MockSecurityQuestion,
  MockStatusTimeline,
} from './mock-options.js';

/** A copy of what the caller passed, so the log shows the call as made even if the caller mutates its object later. */
function copy(input: unknown): unknown {
  try {
    return cloneData(input);
  } catch {
    return input;
  }
}

/**
 * Creates an in-memory adapter with a realistic 移动云电脑 subscription, deterministic given its
 * clock. Every option is optional; see `MockAdapterOptions`.
 * @throws RangeError when an option is out of range.
 */
export function createMockAdapter(options: MockAdapterOptions = {}): MockAdapter {
  const checked = checkMockOptions(options);
  // Read now, not when the engine has loaded: the default paid period is placed around this instant.
  const createdAt = checked.now();
  const calls: MockCall[] = [];
  const lazy = lazyAdapter(
    () => import('./mock-adapter.js').then((m) => m.buildMockAdapter(checked, createdAt, calls)),
    (method, input) => calls.push({ method, input: copy(input) }),
  );

  return {
    ...lazy.methods,
    get calls() {
      return calls.slice();
    },
    requests: () => lazy.engine()?.requests() ?? [],
    feedback: () => lazy.engine()?.feedback() ?? [],
    approveFace: (challengeId) => {
      const engine = lazy.engine();
      if (engine === undefined) throw new RangeError(`mock approveFace: no face challenge ${challengeId}`);
      engine.approveFace(challengeId);
    },
    lastSmsCode: () => lazy.engine()?.lastSmsCode(),
    agreements: () => lazy.engine()?.agreements() ?? [],
    receiptDeliveries: () => lazy.engine()?.receiptDeliveries() ?? [],
  };
}
