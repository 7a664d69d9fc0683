import { expect } from '@open-wc/testing';
import {
  addWorkingDays,
  arrivalWindow,
  CN_CALENDAR,
  CN_CALENDAR_YEARS,
  isWorkingDay,
  parseCalendarDate,
  shanghaiDate,
  type WorkingDayCalendar,
} from '../../src/refund/index.js';

/** A plain Monday-to-Friday week: no holidays, no make-up working days. */
const PLAIN_WEEK: WorkingDayCalendar = { offDays: [], makeUpWorkdays: [] };

describe('parseCalendarDate', () => {
  it('returns a real YYYY-MM-DD date unchanged', () => {
    expect(parseCalendarDate('2025-09-26')).to.equal('2025-09-26');
    expect(parseCalendarDate('2024-02-29')).to.equal('2024-02-29');
    expect(parseCalendarDate('0001-01-01')).to.equal('0001-01-01');
  });

  it('rejects a date that does not exist with a RangeError', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00']) {
      expect(() => parseCalendarDate(bad), bad).to.throw(RangeError);
    }
  });

  it('rejects anything not written exactly YYYY-MM-DD with a RangeError', () => {
    for (const bad of ['2025-9-26', '20250926', ' 2025-09-26', '2025-09-26 ', '2025-09-26T00:00:00Z', '', '２０２５-09-26']) {
      expect(() => parseCalendarDate(bad), JSON.stringify(bad)).to.throw(RangeError);
    }
    expect(() => parseCalendarDate(20250926 as unknown as string)).to.throw(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('says a public holiday on a weekday is not a working day', () => {
    expect(isWorkingDay('2025-10-01')).to.equal(false); // Wednesday, 国庆节
    expect(isWorkingDay('2026-02-16')).to.equal(false); // Monday, 春节
  });

  it('says a make-up Saturday or Sunday (调休) is a working day', () => {
    expect(isWorkingDay('2025-10-11')).to.equal(true); // Saturday
    expect(isWorkingDay('2025-09-28')).to.equal(true); // Sunday
    expect(isWorkingDay('2026-01-04')).to.equal(true); // Sunday
  });

  it('says a plain weekend day is not a working day', () => {
    expect(isWorkingDay('2025-10-18')).to.equal(false); // Saturday
    expect(isWorkingDay('2025-10-19')).to.equal(false); // Sunday
    expect(isWorkingDay('2025-10-04')).to.equal(false); // Saturday inside the holiday
  });

  it('says a plain weekday is a working day', () => {
    expect(isWorkingDay('2025-10-15')).to.equal(true); // Wednesday
    expect(isWorkingDay('2025-10-09')).to.equal(true); // Thursday right after the holiday
  });

  it('follows the calendar it is given rather than China’s', () => {
    expect(isWorkingDay('2025-10-01', PLAIN_WEEK)).to.equal(true);
    expect(isWorkingDay('2025-10-11', PLAIN_WEEK)).to.equal(false);
    const operator: WorkingDayCalendar = { offDays: ['2025-10-15'], makeUpWorkdays: ['2025-10-18'] };
    expect(isWorkingDay('2025-10-15', operator)).to.equal(false);
    expect(isWorkingDay('2025-10-18', operator)).to.equal(true);
  });

  it('treats a day listed as both off and make-up as a working day', () => {
    expect(isWorkingDay('2025-10-18', { offDays: ['2025-10-18'], makeUpWorkdays: ['2025-10-18'] })).to.equal(true);
  });

  it('knows the weekday of years before 100 (no Date.UTC two-digit-year trap)', () => {
    expect(isWorkingDay('0001-01-01', PLAIN_WEEK)).to.equal(true); // Monday
    expect(isWorkingDay('0001-01-06', PLAIN_WEEK)).to.equal(false); // Saturday
  });

  it('throws a RangeError for a bad date', () => {
    expect(() => isWorkingDay('2026-02-30')).to.throw(RangeError);
    expect(() => isWorkingDay('next monday')).to.throw(RangeError);
  });

  it('throws a RangeError naming the entry when the calendar holds a bad date', () => {
    expect(() => isWorkingDay('2025-10-15', { offDays: ['2025-10-01', '2025-13-01'], makeUpWorkdays: [] })).to.throw(
      RangeError,
      'calendar.offDays[1]',
    );
    expect(() => isWorkingDay('2025-10-15', { offDays: [], makeUpWorkdays: 'none' as unknown as string[] })).to.throw(
      RangeError,
      'makeUpWorkdays',
    );
    expect(() => isWorkingDay('2025-10-15', null as unknown as WorkingDayCalendar)).to.throw(RangeError);
  });
});

describe('addWorkingDays', () => {
  const knownAnswers = [
    { start: '2025-09-26', add: 7, working: '2025-10-13', plain: '2025-10-07' },
    { start: '2025-09-26', add: 15, working: '2025-10-23', plain: '2025-10-17' },
    { start: '2025-12-31', add: 7, working: '2026-01-12', plain: undefined },
    { start: '2026-09-30', add: 7, working: '2026-10-15', plain: undefined },
  ];

  for (const { start, add, working, plain } of knownAnswers) {
    it(`counts ${add} working days after ${start} on China's calendar to ${working}`, () => {
      expect(addWorkingDays(start, add)).to.equal(working);
      expect(addWorkingDays(start, add, CN_CALENDAR)).to.equal(working);
    });
    if (plain !== undefined) {
      it(`counts ${add} working days after ${start} on a plain Monday-to-Friday week to ${plain}`, () => {
        expect(addWorkingDays(start, add, PLAIN_WEEK)).to.equal(plain);
      });
    }
  }

  it('starts counting on the day after the start date', () => {
    expect(addWorkingDays('2025-10-14', 1)).to.equal('2025-10-15'); // Tuesday → Wednesday
    expect(addWorkingDays('2025-10-17', 1)).to.equal('2025-10-20'); // Friday → Monday
    expect(addWorkingDays('2025-10-18', 1)).to.equal('2025-10-20'); // Saturday → Monday
  });

  it('returns the start date itself for a count of 0, even on a holiday', () => {
    expect(addWorkingDays('2025-10-01', 0)).to.equal('2025-10-01');
  });

  it('crosses a year boundary, on China’s calendar and on a plain week', () => {
    expect(addWorkingDays('2025-12-31', 1)).to.equal('2026-01-04'); // 1–3 January off, Sunday 4 January is a make-up day
    expect(addWorkingDays('2025-12-31', 7, PLAIN_WEEK)).to.equal('2026-01-09');
    expect(addWorkingDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addWorkingDays('0099-12-31', 1, PLAIN_WEEK)).to.equal('0100-01-01');
  });

  it('crosses a leap day', () => {
    expect(addWorkingDays('2028-02-28', 1)).to.equal('2028-02-29');
  });

  it('handles long spans (5,000 working days of a plain week are exactly 1,000 weeks)', () => {
    expect(addWorkingDays('2025-01-03', 5000, PLAIN_WEEK)).to.equal('2044-03-04');
  });

  it('throws a RangeError for a bad start date', () => {
    expect(() => addWorkingDays('2025-02-29', 1)).to.throw(RangeError);
    expect(() => addWorkingDays('26/09/2025', 1)).to.throw(RangeError);
  });

  it('throws a RangeError for a negative or non-integer count', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => addWorkingDays('2025-09-26', bad), String(bad)).to.throw(RangeError);
    }
    expect(() => addWorkingDays('2025-09-26', '7' as unknown as number)).to.throw(RangeError);
  });

  it('throws a RangeError rather than run past 9999-12-31', () => {
    expect(() => addWorkingDays('9999-12-31', 1)).to.throw(RangeError);
  });
});

describe('CN_CALENDAR', () => {
  it('covers 2025 and 2026 and is frozen so no page can change the default', () => {
    expect(CN_CALENDAR_YEARS).to.deep.equal([2025, 2026]);
    expect(Object.isFrozen(CN_CALENDAR)).to.equal(true);
    expect(Object.isFrozen(CN_CALENDAR.offDays)).to.equal(true);
    expect(Object.isFrozen(CN_CALENDAR.makeUpWorkdays)).to.equal(true);
  });

  it('lists valid, sorted, distinct dates, with make-up working days only on weekends', () => {
    for (const list of [CN_CALENDAR.offDays, CN_CALENDAR.makeUpWorkdays]) {
      list.forEach((date) => expect(parseCalendarDate(date)).to.equal(date));
      expect([...list].sort()).to.deep.equal(list);
      expect(new Set(list).size).to.equal(list.length);
    }
    for (const date of CN_CALENDAR.makeUpWorkdays) {
      expect(isWorkingDay(date, PLAIN_WEEK), date).to.equal(false);
      expect(CN_CALENDAR.offDays).to.not.include(date);
    }
  });

  it('holds both years of official data (the exact match is checked by generate-cn-calendar --check)', () => {
    expect(CN_CALENDAR.offDays).to.include.members(['2025-01-01', '2025-10-08', '2026-01-01', '2026-10-07']);
    expect(CN_CALENDAR.makeUpWorkdays).to.include.members(['2025-01-26', '2025-10-11', '2026-01-04', '2026-10-10']);
  });
});

describe('shanghaiDate', () => {
  it('gives the date in Shanghai when the browser’s zone is on a different date', () => {
    const instant = '2025-09-26T23:30:00Z';
    // Precondition: the tests run in America/Los_Angeles, where this instant is still 26 September.
    expect(new Date(instant).getDate()).to.equal(26);
    expect(shanghaiDate(instant)).to.equal('2025-09-27');
    expect(shanghaiDate(new Date(instant))).to.equal('2025-09-27');
    expect(shanghaiDate(Date.parse(instant))).to.equal('2025-09-27');
  });

  it('turns the date at midnight Shanghai time (16:00 UTC)', () => {
    expect(shanghaiDate('2025-09-26T15:59:59.999Z')).to.equal('2025-09-26');
    expect(shanghaiDate('2025-09-26T16:00:00Z')).to.equal('2025-09-27');
  });

  it('honours the offset written in the string', () => {
    expect(shanghaiDate('2025-09-27T00:00:00+08:00')).to.equal('2025-09-27');
    expect(shanghaiDate('2025-09-26T23:59:59+08:00')).to.equal('2025-09-26');
    expect(shanghaiDate('2025-09-26T16:30:00-07:00')).to.equal('2025-09-27');
    expect(shanghaiDate('2025-12-31T16:00+00:00')).to.equal('2026-01-01');
    expect(shanghaiDate('2025-09-26T15:59:59.999999Z')).to.equal('2025-09-26');
  });

  it('throws a RangeError for a string without an offset, which means a different instant in every zone', () => {
    expect(() => shanghaiDate('2025-09-26T23:30:00')).to.throw(RangeError);
    expect(() => shanghaiDate('2025-09-26')).to.throw(RangeError);
  });

  it('throws a RangeError for an instant that is not one', () => {
    for (const bad of ['soon', '', '2025-02-30T00:00:00Z', '2025-09-26T24:00:00Z', '2025-09-26T12:00:00+25:00']) {
      expect(() => shanghaiDate(bad), bad).to.throw(RangeError);
    }
    expect(() => shanghaiDate(new Date('not a date'))).to.throw(RangeError);
    expect(() => shanghaiDate(Number.NaN)).to.throw(RangeError);
    expect(() => shanghaiDate(Number.POSITIVE_INFINITY)).to.throw(RangeError);
    expect(() => shanghaiDate(null as unknown as string)).to.throw(RangeError);
  });

  it('throws a RangeError for an instant whose Shanghai date is outside the years 0000–9999', () => {
    expect(() => shanghaiDate(8.64e15)).to.throw(RangeError);
    expect(() => shanghaiDate(-8.64e15)).to.throw(RangeError);
    expect(() => shanghaiDate(8.64e15 + 1)).to.throw(RangeError);
    expect(shanghaiDate('9999-12-31T15:59:59Z')).to.equal('9999-12-31');
  });
});

describe('arrivalWindow', () => {
  it('turns "7–15 working days" after a request on 26 September 2025 into 13–23 October', () => {
    expect(arrivalWindow('2025-09-26T10:00:00+08:00', { min: 7, max: 15 })).to.deep.equal({
      earliest: '2025-10-13',
      latest: '2025-10-23',
    });
  });

  it('uses the calendar it is given', () => {
    expect(arrivalWindow('2025-09-26T10:00:00+08:00', { min: 7, max: 15 }, PLAIN_WEEK)).to.deep.equal({
      earliest: '2025-10-07',
      latest: '2025-10-17',
    });
  });

  it('counts from the Shanghai date, not the browser’s', () => {
    // Thursday 13 November in Los Angeles, already Friday 14 November in Shanghai.
    const instant = new Date('2025-11-13T17:00:00Z');
    expect(instant.getDay()).to.equal(4);
    expect(arrivalWindow(instant, { min: 1, max: 2 })).to.deep.equal({ earliest: '2025-11-17', latest: '2025-11-18' });
  });

  it('gives the Shanghai date itself for a minimum of 0', () => {
    expect(arrivalWindow('2025-09-26T23:30:00Z', { min: 0, max: 1 })).to.deep.equal({ earliest: '2025-09-27', latest: '2025-09-28' });
  });

  it('throws a RangeError for a bad instant or bad bounds', () => {
    expect(() => arrivalWindow('yesterday', { min: 1, max: 2 })).to.throw(RangeError);
    expect(() => arrivalWindow('2025-09-26T10:00:00+08:00', { min: 15, max: 7 })).to.throw(RangeError);
    expect(() => arrivalWindow('2025-09-26T10:00:00+08:00', { min: -1, max: 7 })).to.throw(RangeError);
    expect(() => arrivalWindow('2025-09-26T10:00:00+08:00', { min: 1, max: 7.5 })).to.throw(RangeError);
  });
});
