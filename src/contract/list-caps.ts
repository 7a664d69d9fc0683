/**
 * How long a list from the back end may be before the widget stops taking more of it. An answer
 * with 10,000 reasons took 13 s to draw and froze the page; no real subscriber reads past the
 * first few dozen. So a list longer than its cap is cut to it (the first items are kept, in their
 * order) and the widget warns in the console, instead of refusing the whole answer: a generous
 * list is a back end's mistake, not a reason to stop a subscriber from unsubscribing.
 *
 * Each cap is well above what an operator would show:
 * - `reasons`: 50, the most reason ids a submit may carry (`INPUT_LIMITS.reasonIds`);
 * - `terms.highlights`: 50 sentences (a real summary has 3 to 8);
 * - `terms.effectiveOptions` and `verificationMethods`: 10 (there are 2 and 3 kinds);
 * - `offers`: 10 (the widget shows at most one per run);
 * - `subscriptions`: 50 cloud PCs on one account to pick from (a family or a small office has a few);
 * - a security-questions challenge's `questions`: 20, the most answers a verify may carry
 *   (`INPUT_LIMITS.answers`).
 */
import type { AdapterMethod } from './adapter.js';
import { INPUT_LIMITS } from './schemas.js';

/** Where a list is in a method's answer, and how many of its items the widget keeps. */
export interface ListCap {
  readonly path: readonly string[];
  readonly max: number;
}

export const LIST_CAPS: Readonly<Partial<Record<AdapterMethod, readonly ListCap[]>>> = {
  loadContext: [
    { path: ['reasons'], max: INPUT_LIMITS.reasonIds },
    { path: ['terms', 'highlights'], max: 50 },
    { path: ['terms', 'effectiveOptions'], max: 10 },
    { path: ['verificationMethods'], max: 10 },
    { path: ['offers'], max: 10 },
    { path: ['subscriptions'], max: 50 },
  ],
  startVerification: [{ path: ['questions'], max: INPUT_LIMITS.answers }],
};

/** A list that was cut: where, how long it was, and what was kept. */
export interface CappedList {
  readonly operation: string;
  readonly path: string;
  readonly length: number;
  readonly max: number;
}

/** `value` with the list at `path` cut to `max` items (a copy along the path; the rest is shared), or `value` itself when it is short enough. */
function cutAt(value: unknown, path: readonly string[], max: number): { value: unknown; length: number } | null {
  if (path.length === 0) return Array.isArray(value) && value.length > max ? { value: value.slice(0, max), length: value.length } : null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const [key, ...rest] = path as [string, ...string[]];
  const inner = cutAt((value as Record<string, unknown>)[key], rest, max);
  return inner === null ? null : { value: { ...value, [key]: inner.value }, length: inner.length };
}

/** Applies one list of caps to any value: the capped value and what was cut. */
export function capListsOf<T>(value: T, caps: readonly ListCap[], operation: string): { value: T; capped: CappedList[] } {
  let current: unknown = value;
  const capped: CappedList[] = [];
  for (const { path, max } of caps) {
    const cut = cutAt(current, path, max);
    if (cut === null) continue;
    current = cut.value;
    capped.push({ operation, path: path.join('.'), length: cut.length, max });
  }
  return { value: current as T, capped };
}

/** A method's answer with its lists cut to `LIST_CAPS`, and what was cut. */
export function capLists<T>(method: AdapterMethod, value: T): { value: T; capped: CappedList[] } {
  return capListsOf(value, LIST_CAPS[method] ?? [], method);
}
