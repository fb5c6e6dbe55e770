import {
  addWorkdays,
  countWorkdays,
  isoDate,
  officialCalendar,
  serialOf,
} from "../../src/core/calendar/official-calendar";
import * as a from "../../src/core/functions/assess-functions";
import type { FnResult } from "../../src/core/functions/fn-result";

const v = (r: FnResult<unknown>) => (r.ok ? r.value : `#${r.error.code}`);
const d = serialOf;

describe("Excel serial dates (UTC, never local time)", () => {
  it("match Excel's serial numbers", () => {
    expect(serialOf("2025-01-01")).toBe(45658);
    expect(isoDate(45658)).toBe("2025-01-01");
    expect(isoDate(45658.75)).toBe("2025-01-01");
  });
});

describe("the official calendar (chinese-days, bundled)", () => {
  it("covers 2004 to 2026", () => {
    expect([officialCalendar.firstYear, officialCalendar.lastYear]).toEqual([2004, 2026]);
  });
  it("knows public holidays and make-up working weekends (调休)", () => {
    expect(officialCalendar.isWorkingDay(d("2025-10-01"))).toBe(false); // National Day
    expect(officialCalendar.isWorkingDay(d("2025-09-28"))).toBe(true); // a Sunday worked
    expect(officialCalendar.isWorkingDay(d("2025-10-11"))).toBe(true); // a Saturday worked
    expect(officialCalendar.isWorkingDay(d("2025-10-12"))).toBe(false); // an ordinary Sunday
    expect(officialCalendar.isWorkingDay(d("2026-02-16"))).toBe(false); // Spring Festival
    expect(officialCalendar.isWorkingDay(d("2026-02-14"))).toBe(true);
  });
});

describe("WORKDAYS", () => {
  it("counts both ends across the 2025 National Day holiday", () => {
    expect(v(a.workdays(d("2025-09-26"), d("2025-10-12")))).toBe(7);
    expect(v(a.workdays(d("2025-10-01"), d("2025-10-08")))).toBe(0);
    expect(v(a.workdays(d("2025-10-09"), d("2025-10-09")))).toBe(1);
  });
  it("is negative when the end is before the start, as NETWORKDAYS", () => {
    expect(v(a.workdays(d("2025-10-12"), d("2025-09-26")))).toBe(-7);
  });
  it("gives #N/A naming the covered years outside them, and #VALUE! for text", () => {
    const outside = a.workdays(d("2026-12-30"), d("2027-01-04"));
    expect(outside.ok ? null : outside.error).toEqual({
      code: "NA",
      key: "fn.calendarRange",
      params: { date: "2027-01-04", from: 2004, to: 2026 },
    });
    expect(v(a.workdays(d("2003-12-31"), d("2004-01-05")))).toBe("#NA");
    expect(v(a.workdays("2025-10-01", d("2025-10-08")))).toBe("#VALUE");
    expect(v(a.workdays(0, d("2025-10-08")))).toBe("#NUM");
  });
});

describe("WORKDAY", () => {
  it("steps over holidays and onto make-up working days", () => {
    expect(isoDate(v(a.workday(d("2025-09-30"), 1)) as number)).toBe("2025-10-09");
    expect(isoDate(v(a.workday(d("2025-09-30"), 3)) as number)).toBe("2025-10-11");
    expect(isoDate(v(a.workday(d("2025-10-09"), -1)) as number)).toBe("2025-09-30");
    expect(isoDate(v(a.workday(d("2025-10-01"), 0)) as number)).toBe("2025-10-01");
  });
  it("gives the deadline of a post-description update 15 working days after a business change (domain.md §5)", () => {
    expect(isoDate(v(a.workday(d("2025-09-25"), 15)) as number)).toBe("2025-10-22");
    expect(v(a.workdays(d("2025-09-26"), d("2025-10-22")))).toBe(15);
  });
  it("gives #N/A when the result leaves the covered years", () => {
    expect(v(a.workday(d("2026-12-30"), 5))).toBe("#NA");
  });
  it("agrees with WORKDAYS (property over 2025)", () => {
    for (let start = d("2025-01-02"); start < d("2025-12-01"); start += 17) {
      if (!officialCalendar.isWorkingDay(start)) continue;
      for (const days of [1, 5, 22]) {
        const end = addWorkdays(officialCalendar, start, days);
        expect(end.ok && countWorkdays(officialCalendar, start, end.value)).toEqual({
          ok: true,
          value: days + 1,
        });
      }
    }
  });
});
