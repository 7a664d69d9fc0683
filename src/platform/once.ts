/**
 * Loads that happen once: the first call starts the work, every caller until it settles shares
 * the same promise, and the value is kept. A failure (a chunk lost on a flaky connection) is
 * forgotten, so the next call tries again instead of failing forever.
 */
export interface Once<T> {
  (): Promise<T>;
  /** The value, once it has arrived. */
  readonly value: T | undefined;
}

export function once<T>(load: () => Promise<T>): Once<T> {
  let pending: Promise<T> | undefined;
  let loaded: { value: T } | undefined;
  const get = (): Promise<T> => {
    if (loaded) return Promise.resolve(loaded.value);
    pending ??= load().then(
      (value) => {
        loaded = { value };
        return value;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return Object.defineProperty(get, 'value', { get: () => loaded?.value }) as Once<T>;
}

/** `once` for each key: one load per key, each shared and kept (or forgotten on failure) on its own. */
export interface OnceEach<K, T> {
  (key: K): Promise<T>;
  /** The value for `key`, once it has arrived. */
  valueOf(key: K): T | undefined;
}

export function onceEach<K, T>(load: (key: K) => Promise<T>): OnceEach<K, T> {
  const loads = new Map<K, Once<T>>();
  const of = (key: K): Once<T> => {
    let entry = loads.get(key);
    if (entry === undefined) loads.set(key, (entry = once(() => load(key))));
    return entry;
  };
  const get = (key: K): Promise<T> => of(key)();
  return Object.assign(get, { valueOf: (key: K) => loads.get(key)?.value });
}
