/** The shape of a working-day calendar (README, "Refund and working days"), apart from the arithmetic so the data files can name it. */

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian), meant in Asia/Shanghai. */
export type CalendarDate = string;

/**
 * The days that differ from a plain Monday-to-Friday week.
 *
 * A working day is (Monday to Friday and not in `offDays`) or in `makeUpWorkdays`.
 * A calendar is read once, on first use, and must not be changed afterwards: its lookup index is
 * cached per calendar object. Dates the calendar does not list follow the plain Monday-to-Friday
 * week, so a calendar only answers for the years it covers.
 */
export interface WorkingDayCalendar {
  /** Public holidays: days off even when they fall on Monday to Friday. */
  readonly offDays: readonly CalendarDate[];
  /** Weekend days that are official working days (调休). */
  readonly makeUpWorkdays: readonly CalendarDate[];
}
