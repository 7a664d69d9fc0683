/**
 * The shape of the built-in mock: a small synchronous facade whose engine is a chunk of its own,
 * loaded at creation and awaited by the first call. A page that never uses it never downloads it.
 */
import { ADAPTER_METHODS, type AdapterMethod, type CallOptions, type UnsubscribeAdapter } from '../contract/index.js';
import { once } from '../platform/once.js';

/** An adapter with every method, the optional ones included. */
export type CompleteAdapter = Required<UnsubscribeAdapter>;

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
  const engine = once(load);
  engine().catch(() => undefined);
  const methods = Object.fromEntries(
    ADAPTER_METHODS.map((method) => [
      method,
      async (input: unknown, callOptions?: CallOptions) => {
        onCall?.(method, input);
        const target = engine.value ?? (await engine());
        return (target[method] as (input: unknown, options?: CallOptions) => Promise<unknown>)(input, callOptions);
      },
    ]),
  ) as unknown as CompleteAdapter;
  return { methods, engine: () => engine.value };
}
