/**
 * A deep copy of plain data (`structuredClone` is Chrome 98+). The values copied here are the
 * contract's JSON values and the mock's records of them: objects, arrays, strings, numbers,
 * booleans and null, which JSON keeps exactly (an `undefined` member is dropped, as an optional
 * member that is absent).
 */
export function cloneData<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
