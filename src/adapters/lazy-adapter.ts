/**
 * The shape both built-in adapters share: a small synchronous facade whose engine is a chunk of
 * its own, loaded at creation and awaited by the first call. A page that never uses an adapter
 * never downloads its engine.
 */
import type { AdapterMethod, CallOptions, UnsubscribeAdapter } from '../contract/index.js';

/** An adapter with every method, `sendFeedback` included. */
export type CompleteAdapter = UnsubscribeAdapter & Required<Pick<UnsubscribeAdapter, 'sendFeedback'>>;

const METHODS = ['loadContext', 'startVerification', 'verify', 'quoteRefund', 'submit', 'getStatus', 'sendFeedback'] as const;

export interface LazyAdapter<E extends CompleteAdapter> {
  /** The adapter methods, each waiting for the engine on its first use. */
  methods: CompleteAdapter;
  /** The engine, once it has loaded. */
  engine(): E | undefined;
}

/**
 * `load` builds the engine (its `import()` makes the chunk). A load that fails (a chunk lost on a
 * network blip) is forgotten, so the next call asks for it again. `onCall` sees each call the
 * moment it is made, before the engine is awaited.
 */
export function lazyAdapter<E extends CompleteAdapter>(
  load: () => Promise<E>,
  onCall?: (method: AdapterMethod, input: unknown) => void,
): LazyAdapter<E> {
  let engine: E | undefined;
  let loading: Promise<E> | undefined;
  const ready = (): Promise<E> =>
    (loading ??= load().then(
      (built) => (engine = built),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  ready().catch(() => undefined);

  const methods = {} as Record<(typeof METHODS)[number], unknown>;
  for (const method of METHODS) {
    methods[method] = async (input: unknown, callOptions?: CallOptions) => {
      onCall?.(method, input);
      const target = engine ?? (await ready());
      return (target[method] as (input: unknown, options?: CallOptions) => Promise<unknown>)(input, callOptions);
    };
  }
  return { methods: methods as CompleteAdapter, engine: () => engine };
}
