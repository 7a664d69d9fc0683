/**
 * Instants as the mock back end writes them: ISO 8601 with the +08:00 offset of Asia/Shanghai,
 * whatever zone the browser runs in. Shanghai has kept UTC+8 without daylight saving since 1991,
 * so a fixed shift is exact and needs no `Intl` time-zone data.
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Shanghai wall clock of `ms`, as a Date whose UTC fields hold it. */
function shanghaiWall(ms: number): Date {
  return new Date(ms + SHANGHAI_OFFSET_MS);
}

/** `2026-11-24T10:00:00+08:00`: whole seconds, Shanghai offset. */
export function toShanghaiIso(ms: number): string {
  return `${shanghaiWall(ms).toISOString().slice(0, 19)}+08:00`;
}

/** `20261124`: the Shanghai calendar date of `ms`, as used in request numbers. */
export function shanghaiCompactDate(ms: number): string {
  return shanghaiWall(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Midnight in Shanghai on the first day of the month `monthOffset` months away from the month
 * that contains `ms` (negative goes back).
 */
export function shanghaiMonthStart(ms: number, monthOffset: number): number {
  const wall = shanghaiWall(ms);
  return Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + monthOffset, 1) - SHANGHAI_OFFSET_MS;
}

/** Whole seconds from `now` until `until`, rounded up so a client never retries a moment too early. */
export function secondsUntil(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}
