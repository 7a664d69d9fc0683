/**
 * Random identifiers for the browser floor: `crypto.randomUUID` is Chrome 92+ and exists only on
 * secure (https) pages, while `crypto.getRandomValues` is everywhere the widget runs.
 */

/** A random UUID (version 4), such as an idempotency key. */
export function randomUuid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  // Version 4 and the RFC 9562 variant bits.
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
