import fc from "fast-check";
import type { ArrangementDay } from "../../../src/core/calendar/arrangement";
import {
  addWorkdays,
  calendarWith,
  countWorkdays,
  isoDate,
  officialCalendar,
  serialOf,
  type OfficialCalendar,
} from "../../../src/core/calendar/official-calendar";
import { statutoryDaysOff } from "../../../src/core/calendar/statutory-days";

const d = serialOf;
const after = (calendar: OfficialCalendar, from: string, days: number) => {
  const result = addWorkdays(calendar, d(from), days);
  return result.ok ? isoDate(result.value) : result.error;
};
const day = (date: string, kind: "off" | "work", note?: string): ArrangementDay => ({
  date,
  kind,
  note,
  source: "2027.csv",
});

/** An invented 2027 arrangement with 调休: 春节 off 02-05 to 02-11, Saturday 02-20 worked. */
const INVENTED_2027 = [
  day("2027-01-01", "off", "元旦"),
  ...["05", "06", "07", "08", "09", "10", "11"].map((dd) => day(`2027-02-${dd}`, "off", "春节")),
  day("2027-02-20", "work", "春节"),
];

describe("the statutory fallback (calendarWith([], { fallback: true }))", () => {
  it("gives the deadlines of issue 22 past the bundled calendar, and records 2027", () => {
    const calendar = calendarWith([], { fallback: true });
    expect(after(calendar, "2026-12-28", 5)).toBe("2027-01-05");
    expect(after(calendar, "2026-12-28", 15)).toBe("2027-01-19");
    expect(after(calendar, "2027-01-25", 5)).toBe("2027-02-01");
    // 除夕 02-05 to 初三 02-08 off (初一, 初二 on the weekend, with no 补假 or 调休).
    expect(after(calendar, "2027-01-25", 15)).toBe("2027-02-17");
    expect(calendar.statutoryYears).toEqual(new Set([2027]));
  });

  it("records nothing while a computation stays in the bundled years", () => {
    const calendar = calendarWith([], { fallback: true });
    expect(after(calendar, "2026-12-01", 5)).toBe("2026-12-08");
    expect(countWorkdays(calendar, d("2026-01-01"), d("2026-12-31"))).toEqual({
      ok: true,
      value: 248,
    });
    expect(calendar.statutoryYears.size).toBe(0);
    expect(countWorkdays(calendar, d("2026-12-31"), d("2028-01-03")).ok).toBe(true);
    expect(calendar.statutoryYears).toEqual(new Set([2027, 2028]));
  });

  it("counts 2027 as weekends and the 13 statutory days off", () => {
    const calendar = calendarWith([], { fallback: true });
    // 365 days, 104 weekend days (2027-01-01 is a Friday), statutory days on weekdays: 元旦, 除夕,
    // 初三, 清明 (Monday), 端午, 中秋, 国庆 10-01 (the others fall on weekends).
    expect(countWorkdays(calendar, d("2027-01-01"), d("2027-12-31"))).toEqual({
      ok: true,
      value: 254,
    });
    const weekdaysOff = statutoryDaysOff(2027).filter(
      (off) => ![0, 6].includes(new Date(`${off.date}T00:00:00Z`).getUTCDay())
    );
    expect(weekdaysOff.map((off) => off.date)).toEqual([
      "2027-01-01",
      "2027-02-05",
      "2027-02-08",
      "2027-04-05",
      "2027-06-09",
      "2027-09-15",
      "2027-10-01",
    ]);
  });

  it("covers the years from 2025 to 2100 only: the rules in force from 2025, the lunar data to 2100", () => {
    const calendar = calendarWith([], { fallback: true });
    expect([2003, 2004, 2027, 2100, 2101].map((year) => calendar.covers(year))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(after(calendar, "2004-01-05", -5)).toEqual({ date: "2003-12-31", from: 2004, to: 2026 });
    expect(after(calendar, "2100-12-28", 5)).toEqual({ date: "2101-01-01", from: 2004, to: 2026 });
  });

  it("never counts a weekend or a statutory day in a fallback year, and WORKDAY agrees with WORKDAYS (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("2027-01-01"), max: d("2098-12-31") }),
        fc.integer({ min: 0, max: 400 }),
        (start, days) => {
          const calendar = calendarWith([], { fallback: true });
          const year = Number(isoDate(start).slice(0, 4));
          for (const off of statutoryDaysOff(year))
            expect(calendar.isWorkingDay(d(off.date))).toBe(false);
          const weekday = new Date(`${isoDate(start)}T00:00:00Z`).getUTCDay();
          if (weekday === 0 || weekday === 6) expect(calendar.isWorkingDay(start)).toBe(false);
          const end = addWorkdays(calendar, start, days);
          if (!end.ok) throw new Error(JSON.stringify(end.error));
          const counted = countWorkdays(calendar, start, end.value);
          const startCounts = calendar.isWorkingDay(start) ? 1 : 0;
          expect(counted).toEqual({
            ok: true,
            value: days === 0 ? startCounts : days + startCounts,
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("a loaded arrangement (calendarWith(days, …))", () => {
  it("decides its year's days exactly: listed days as loaded, the others ordinary", () => {
    for (const fallback of [false, true]) {
      const calendar = calendarWith(INVENTED_2027, { fallback });
      expect(after(calendar, "2026-12-28", 5)).toBe("2027-01-05");
      expect(after(calendar, "2027-01-25", 5)).toBe("2027-02-01");
      // 02-05 to 02-11 off, then 02-12, 02-15 to 02-19, and Saturday 02-20 worked.
      expect(after(calendar, "2027-01-25", 15)).toBe("2027-02-20");
      expect(after(calendar, "2027-02-22", -2)).toBe("2027-02-19");
      // Not loaded, so ordinary: 清明 2027-04-05 (a Monday) is worked.
      expect(calendar.isWorkingDay(d("2027-04-05"))).toBe(true);
      expect(calendar.statutoryYears.size).toBe(0);
    }
  });

  it("covers only the loaded years without the fallback", () => {
    const calendar = calendarWith(INVENTED_2027, { fallback: false });
    expect([2026, 2027, 2028].map((year) => calendar.covers(year))).toEqual([true, true, false]);
    expect(after(calendar, "2027-12-27", 5)).toEqual({ date: "2028-01-01", from: 2004, to: 2026 });
    // A loaded year need not follow the bundled ones: the year between is checked too.
    const later = calendarWith([day("2028-01-03", "off")], { fallback: false });
    expect(countWorkdays(later, d("2026-12-30"), d("2028-01-05"))).toEqual({
      ok: false,
      error: { date: "2027-01-01", from: 2004, to: 2026 },
    });
  });

  it("uses the statutory fallback for the years it does not list", () => {
    const calendar = calendarWith(INVENTED_2027, { fallback: true });
    expect(after(calendar, "2027-12-27", 5)).toBe("2028-01-03"); // 元旦 2028-01-01 is a Saturday
    expect(calendar.isWorkingDay(d("2028-01-26"))).toBe(false); // 正月初一 2028, a Wednesday
    expect(calendar.statutoryYears).toEqual(new Set([2028]));
  });

  it("overrides the bundled calendar day by day", () => {
    const calendar = calendarWith(
      [day("2025-10-09", "off", "本行停业"), day("2025-10-01", "work")],
      { fallback: false }
    );
    expect(calendar.isWorkingDay(d("2025-10-09"))).toBe(false);
    expect(calendar.isWorkingDay(d("2025-10-01"))).toBe(true);
    for (let serial = d("2025-01-01"); serial <= d("2026-12-31"); serial++)
      if (!["2025-10-09", "2025-10-01"].includes(isoDate(serial)))
        expect(calendar.isWorkingDay(serial)).toBe(officialCalendar.isWorkingDay(serial));
  });
});

describe("the strict bundled calendar (officialCalendar)", () => {
  it("refuses 2027 as before, and uses no fallback", () => {
    expect(after(officialCalendar, "2026-12-28", 5)).toEqual({
      date: "2027-01-01",
      from: 2004,
      to: 2026,
    });
    expect(after(calendarWith([], { fallback: false }), "2026-12-28", 5)).toEqual({
      date: "2027-01-01",
      from: 2004,
      to: 2026,
    });
    expect(officialCalendar.statutoryYears.size).toBe(0);
  });
});
