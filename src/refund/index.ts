/** Refund estimate and working-day arithmetic (README, "Refund and working days"): pure functions, no DOM. */
export { addWorkingDays, arrivalWindow, isWorkingDay, parseCalendarDate, shanghaiDate } from './calendar.js';
export type { CalendarDate, WorkingDayCalendar } from './calendar.js';
export { CN_CALENDAR, CN_CALENDAR_YEARS } from './cn-calendar.js';
export { estimateRefund } from './estimate.js';
export type { RefundEstimate, RefundEstimateInput } from './estimate.js';
