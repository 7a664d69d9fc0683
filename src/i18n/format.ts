/**
 * Money, instants and calendar dates for display, through `Intl`, always in Asia/Shanghai:
 * the subscriber's contract and the operator's working days are Beijing time wherever the
 * browser happens to be.
 */
import type { Money } from '../contract/types.js';
import type { Locale } from './locale.js';

export const SHANGHAI = 'Asia/Shanghai';

export interface Formatters {
  /** `{ amount: 4900, currency: 'CNY' }` → `¥49.00` (zh-CN) / `CN¥49.00` (en). */
  money(money: Money): string;
  /** An ISO instant as a date and time in Beijing time, without the zone label. */
  dateTime(iso: string): string;
  /** An ISO instant as a date only (Beijing time). */
  dateOfInstant(iso: string): string;
  /** A calendar date `YYYY-MM-DD` as a long date. */
  date(ymd: string): string;
  /** Two calendar dates as a range. */
  dateRange(from: string, to: string): string;
  /** A time to come, relative to now: (15, 'minute') → "15分钟后" / "in 15 minutes". */
  relative(value: number, unit: 'second' | 'minute' | 'hour'): string;
}

/** English dates read day-month-year ("15 October 2026"), unambiguous everywhere. */
function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function relativeFormat(locale: Locale): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let f = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'always' })));
  return f;
}

function numberFormat(locale: Locale, currency: string): Intl.NumberFormat {
  const key = `n|${locale}|${currency}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency })));
  return f;
}

type DateKind = 'dateTime' | 'date' | 'plainDate' | 'plainMonthDay' | 'plainDay';

const DATE_OPTIONS: Record<DateKind, Intl.DateTimeFormatOptions> = {
  dateTime: { timeZone: SHANGHAI, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  date: { timeZone: SHANGHAI, year: 'numeric', month: 'long', day: 'numeric' },
  plainDate: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
  plainMonthDay: { timeZone: 'UTC', month: 'long', day: 'numeric' },
  plainDay: { timeZone: 'UTC', day: 'numeric' },
};

function dateFormat(locale: Locale, kind: DateKind): Intl.DateTimeFormat {
  const key = `d|${locale}|${kind}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), DATE_OPTIONS[kind])));
  return f;
}

/** "2026年12月3日至15日", "2026年11月30日至12月10日": the end says only what differs, as a Chinese editor writes a range. */
function chineseRange(from: string, to: string): string {
  const start = dateFormat('zh-CN', 'plainDate').format(plainDate(from));
  const end = from.slice(0, 4) !== to.slice(0, 4) ? 'plainDate' : from.slice(0, 7) !== to.slice(0, 7) ? 'plainMonthDay' : 'plainDay';
  return `${start}至${dateFormat('zh-CN', end).format(plainDate(to))}`;
}

/** Minor units per major unit of a currency (100 for CNY), from Intl itself. */
function minorUnits(locale: Locale, currency: string): number {
  return 10 ** (numberFormat(locale, currency).resolvedOptions().maximumFractionDigits ?? 2);
}

function plainDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function createFormatters(locale: Locale): Formatters {
  return {
    money: ({ amount, currency }) => numberFormat(locale, currency).format(amount / minorUnits(locale, currency)),
    dateTime: (iso) => dateFormat(locale, 'dateTime').format(new Date(iso)),
    dateOfInstant: (iso) => dateFormat(locale, 'date').format(new Date(iso)),
    date: (ymd) => dateFormat(locale, 'plainDate').format(plainDate(ymd)),
    // Chinese ICU ranges come out numeric ("2026/10/13 – 2026/10/23") while single dates read
    // "2026年10月13日", so zh-CN writes its own: "2026年10月13日至23日".
    dateRange: (from, to) => {
      const f = dateFormat(locale, 'plainDate');
      if (from === to) return f.format(plainDate(from));
      if (locale === 'zh-CN') return chineseRange(from, to);
      // formatRange is Safari 14.1 and Firefox 91: below the floor, two whole dates with an en dash.
      const range = (f as { formatRange?: (a: Date, b: Date) => string }).formatRange;
      return typeof range === 'function'
        ? range.call(f, plainDate(from), plainDate(to))
        : `${f.format(plainDate(from))} – ${f.format(plainDate(to))}`;
    },
    relative: (value, unit) => relativeFormat(locale).format(value, unit),
  };
}
