/**
 * Working-day arithmetic on a calendar of weekends, public holidays and make-up working days (调休)
 * (README, "Refund and working days"). Pure and DOM-free.
 *
 * Plain dates are handled as whole days counted in UTC (`Date.UTC` / `getUTC*`), never through the
 * browser's local time zone, so every function gives the same answer wherever it runs. Instants are
 * turned into calendar dates in Asia/Shanghai, where the operator's calendar dates are meant.
 *
 * Every function throws a `RangeError` for bad input rather than guessing.
 */
import type { CalendarDate, WorkingDayCalendar } from './calendar-types.js';
import { CN_CALENDAR } from './cn-calendar.js';

export type { CalendarDate, WorkingDayCalendar } from './calendar-types.js';

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An ISO 8601 date-time with an explicit offset, e.g. `2025-09-26T23:30:00Z` or `2025-09-27T07:30:00.123+08:00`. */
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` string, or `undefined` when it is not a real date. */
function dayNumberOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // setUTCFullYear rather than Date.UTC(year, …): Date.UTC maps the years 0–99 to 1900–1999.
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / MS_PER_DAY;
}

function toDayNumber(value: CalendarDate, what = 'date'): number {
  const day = dayNumberOf(value);
  if (day === undefined) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got ${show(value)}`);
  return day;
}

const LAST_DAY = toDayNumber('9999-12-31');

/** Formats a day number; callers keep it within 0000-01-01 … 9999-12-31. */
function fromDayNumber(day: number): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Checks that `value` is a calendar date `YYYY-MM-DD` that exists (2026-02-30 does not) and returns it.
 * @throws RangeError when it is not.
 */
export function parseCalendarDate(value: string): CalendarDate {
  toDayNumber(value);
  return value;
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 * @internal used by the refund estimate; not part of the package's entry point.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

interface CalendarIndex {
  readonly offDays: ReadonlySet<number>;
  readonly makeUpWorkdays: ReadonlySet<number>;
}

const indexes = new WeakMap<WorkingDayCalendar, CalendarIndex>();

function indexDates(calendar: WorkingDayCalendar, field: keyof WorkingDayCalendar): Set<number> {
  const dates: unknown = calendar[field];
  if (!Array.isArray(dates)) throw new RangeError(`calendar.${field} must be an array of calendar dates`);
  return new Set(dates.map((date: unknown, i) => toDayNumber(date as CalendarDate, `calendar.${field}[${i}]`)));
}

/** The calendar's dates as sets of day numbers, built (and validated) once per calendar object: O(1) lookups. */
function indexOf(calendar: WorkingDayCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    if (typeof calendar !== 'object' || calendar === null) throw new RangeError('calendar must be { offDays, makeUpWorkdays }');
    index = { offDays: indexDates(calendar, 'offDays'), makeUpWorkdays: indexDates(calendar, 'makeUpWorkdays') };
    indexes.set(calendar, index);
  }
  return index;
}

function isWorkingDayNumber(day: number, index: CalendarIndex): boolean {
  if (index.makeUpWorkdays.has(day)) return true;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !index.offDays.has(day);
}

/**
 * Whether `date` is a working day: (Monday to Friday and not an off day) or a make-up working day.
 * @param calendar the operator's calendar; China's 2025–2026 official calendar by default.
 * @throws RangeError for a date that is not `YYYY-MM-DD` or does not exist, or a malformed calendar.
 */
export function isWorkingDay(date: CalendarDate, calendar: WorkingDayCalendar = CN_CALENDAR): boolean {
  const day = toDayNumber(date);
  return isWorkingDayNumber(day, indexOf(calendar));
}

/**
 * The date `count` working days after `start`, counting from the day after `start`
 * (so `start` itself never counts, and `count` 0 returns `start` unchanged).
 * @throws RangeError for a bad `start`, a `count` that is not a non-negative safe integer,
 * a malformed calendar, or a result after 9999-12-31.
 */
export function addWorkingDays(start: CalendarDate, count: number, calendar: WorkingDayCalendar = CN_CALENDAR): CalendarDate {
  let day = toDayNumber(start, 'start');
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${show(count)}`);
  const index = indexOf(calendar);
  let left = count;
  while (left > 0) {
    day += 1;
    if (day > LAST_DAY) throw new RangeError('the date is outside the years 0000–9999');
    if (isWorkingDayNumber(day, index)) left -= 1;
  }
  return fromDayNumber(day);
}

/** Milliseconds since the epoch of an ISO 8601 date-time string with an explicit offset, computed without `Date.parse`. */
function parseDateTime(value: string): number | undefined {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return undefined;
  const [, date = '', hh = '', mm = '', ss = '0', fraction = '', sign, offsetHh = '0', offsetMm = '0'] = match;
  const day = dayNumberOf(date);
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHh) * 60 + Number(offsetMm));
  if (day === undefined || hours > 23 || minutes > 59 || seconds > 59 || Number(offsetHh) > 23 || Number(offsetMm) > 59) return undefined;
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return day * MS_PER_DAY + ((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + millis;
}

function toEpochMs(instant: Date | string | number): number {
  let ms: number | undefined;
  if (instant instanceof Date) ms = instant.getTime();
  else if (typeof instant === 'number') ms = instant;
  else if (typeof instant === 'string') ms = parseDateTime(instant);
  if (ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    throw new RangeError(
      `expected an instant (a valid Date, epoch milliseconds, or an ISO 8601 date-time with an offset), got ${show(instant)}`,
    );
  }
  return ms;
}

let shanghaiFormatter: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in Asia/Shanghai of an instant, whatever time zone the browser is in:
 * `2025-09-26T23:30:00Z` is `2025-09-27`.
 * @param instant a `Date`, epoch milliseconds, or an ISO 8601 date-time with an explicit offset
 * (`Z` or `±hh:mm`); a string without an offset is refused, because it would mean a different
 * instant in every time zone.
 * @throws RangeError for anything else.
 */
export function shanghaiDate(instant: Date | string | number): CalendarDate {
  const ms = toEpochMs(instant);
  shanghaiFormatter ??= new Intl.DateTimeFormat('en-CA-u-ca-gregory-nu-latn', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = shanghaiFormatter.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  if (dayNumberOf(date) === undefined) throw new RangeError(`the Shanghai date of ${show(instant)} is outside the years 0000–9999`);
  return date;
}

/**
 * The range of dates something is expected to arrive in, `days.min` to `days.max` working days
 * after the Shanghai date of `from` (counted as in {@link addWorkingDays}): "7–15 working days"
 * as real dates.
 * @throws RangeError for a bad instant, bounds that are not non-negative integers, or `min` above `max`.
 */
export function arrivalWindow(
  from: Date | string | number,
  days: { min: number; max: number },
  calendar: WorkingDayCalendar = CN_CALENDAR,
): { earliest: CalendarDate; latest: CalendarDate } {
  const start = shanghaiDate(from);
  const { min, max } = days;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 0 || min > max) {
    throw new RangeError(`days must be non-negative integers with min <= max, got min ${show(min)} and max ${show(max)}`);
  }
  return { earliest: addWorkingDays(start, min, calendar), latest: addWorkingDays(start, max, calendar) };
}
