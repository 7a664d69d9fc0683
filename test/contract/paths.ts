/**
 * Editing a fixture at a path such as `subscription.price.amount` or `questions[0].prompt`, the
 * same notation `formatIssuePath` reports, so a test can say which field it broke and then check
 * that the error names that very field.
 */

type Key = string | number;

export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[1] !== undefined) keys.push(match[1]);
  }
  return keys;
}

function parentOf(root: unknown, keys: readonly Key[]): Record<Key, unknown> {
  let node: unknown = root;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) throw new Error(`nothing to descend into at ${String(key)}`);
    node = (node as Record<Key, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`no parent object for the last key of ${keys.join('.')}`);
  return node as Record<Key, unknown>;
}

function lastKey(keys: readonly Key[]): Key {
  const key = keys[keys.length - 1];
  if (key === undefined) throw new Error('empty path');
  return key;
}

/** A deep copy of `value` with the field at `path` replaced. The field must already exist. */
export function withValueAt<T>(value: T, path: string, replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  const keys = parsePath(path);
  const parent = parentOf(copy, keys);
  const key = lastKey(keys);
  if (!(key in parent)) throw new Error(`the fixture has no field at ${path}`);
  parent[key] = replacement;
  return copy;
}

/** A deep copy of `value` without the field at `path`. The field must exist. */
export function withoutValueAt<T>(value: T, path: string): unknown {
  const copy: unknown = structuredClone(value);
  const keys = parsePath(path);
  const parent = parentOf(copy, keys);
  const key = lastKey(keys);
  if (!(key in parent)) throw new Error(`the fixture has no field at ${path}`);
  Reflect.deleteProperty(parent, key);
  return copy;
}
