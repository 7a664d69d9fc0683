/**
 * Random values and digests. Everything a stranger could use to act for an account is random from
 * the CSPRNG and stored only as a SHA-256 digest: the visitor cookie, the SMS code (with its
 * challenge id, so equal codes differ), and the face hand-off secret (256 bits, in the link the
 * phone opens).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 256 bits, URL-safe: 43 characters. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** An id with a readable prefix and 96 random bits (`CH-…`, `Q-…`, `PF-…`). */
export function randomId(prefix: string): string {
  return `${prefix}-${randomBytes(12).toString('base64url')}`;
}

/** `digits` digits from the CSPRNG, so the code has to be read from the phone rather than guessed. */
export function randomCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

export function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('base64url');
}

/** Compares two digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
