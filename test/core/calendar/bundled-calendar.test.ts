import { getFestival, isWorkday } from "chinese-workday";
import {
  calendarWith,
  isoDate,
  officialCalendar,
  serialOf,
} from "../../../src/core/calendar/official-calendar";

const isWeekday = (serial: number) =>
  ![0, 6].includes(new Date(`${isoDate(serial)}T00:00:00Z`).getUTCDay());
const workOrOff = (working: boolean) => (working ? "work" : "off");

/** The days of 2011–2026 on which chinese-workday 1.16.1 (an independent record, pinned to that exact
 *  version in package.json) departs from the State Council's notices for those years (and its two special
 *  notices, of 2015 and 2020), and so from the bundled calendar, which follows them: each with what the notice
 *  gives and why. The comparison below requires the two to differ on exactly these days, the bundled calendar
 *  on the notice's side, so that a change of chinese-days on any day of 2011–2026, these included, fails it. */
const CHINESE_WORKDAY_ERRATA: [date: string, notice: "work" | "off", why: string][] = [
  ["2011-01-29", "off", "Sat; 春节 2011's make-up working days are Sun 01-30 and Sat 02-12"],
  ["2011-02-12", "work", "Sat, make-up day for 春节 2011"],
  ["2011-04-02", "work", "Sat, make-up day for 清明 2011 (04-03 to 04-05 off)"],
  ["2011-12-31", "work", "Sat, make-up day for 元旦 2012 (01-01 to 01-03 off)"],
  ["2012-01-29", "work", "Sun, make-up day for 春节 2012 (with Sat 01-21)"],
  ["2012-03-31", "work", "Sat, make-up day for 清明 2012 (04-02 to 04-04 off)"],
  ["2012-04-01", "work", "Sun, make-up day for 清明 2012"],
  ["2012-04-28", "work", "Sat, make-up day for 劳动节 2012 (04-29 to 05-01 off)"],
  ["2012-09-30", "off", "Sun, 中秋 2012, the first of 09-30 to 10-07 off (Sat 09-29 worked)"],
  ["2012-10-08", "work", "Monday after 09-30 to 10-07 off"],
  ["2013-04-07", "work", "Sun, make-up day for 清明 2013 (04-04 to 04-06 off)"],
  ["2013-04-27", "work", "Sat, make-up day for 劳动节 2013 (04-29 to 05-01 off)"],
  ["2013-04-28", "work", "Sun, make-up day for 劳动节 2013"],
  ["2013-06-08", "work", "Sat, make-up day for 端午 2013 (06-10 to 06-12 off)"],
  ["2013-06-09", "work", "Sun, make-up day for 端午 2013"],
  ["2013-10-12", "work", "Sat, make-up day for 国庆 2013 (with Sun 09-29)"],
  ["2013-12-29", "off", "Sun; 元旦 2014 is 01-01 alone, with no make-up day"],
  ["2014-06-03", "work", "Tuesday; 端午 2014 is 05-31 to 06-02"],
  ["2014-06-04", "work", "Wednesday; 端午 2014 is 05-31 to 06-02"],
  ["2014-09-09", "work", "Tuesday; 中秋 2014 is 09-06 to 09-08"],
  ["2014-09-10", "work", "Wednesday; 中秋 2014 is 09-06 to 09-08"],
  ["2014-10-11", "work", "Sat, make-up day for 国庆 2014 (with Sun 09-28)"],
  ["2015-09-03", "off", "the 70th anniversary of the victory of 1945: 09-03 to 09-05 off"],
  ["2015-09-04", "off", "the 70th anniversary: 09-03 to 09-05 off, Sun 09-06 worked"],
  ["2018-01-01", "off", "Monday, 元旦 2018 (12-30 to 01-01 off)"],
  ["2020-01-31", "off", "春节 2020 extended to 02-02 (the notice of 2020-01-27, COVID-19)"],
  ["2020-02-01", "off", "Sat: the extension to 02-02 cancelled this make-up working day"],
  ["2023-01-03", "work", "Tuesday; 元旦 2023 is 12-31 to 01-02"],
];

/** Weekdays off and weekend days worked in 2004–2010, which chinese-workday does not cover: pinned from
 *  chinese-days 1.5.7 (not an independent record), so that a package update cannot change them unseen. */
const PINNED: Record<number, { off: string; work: string }> = {
  2004: {
    off: "01-01 01-22 01-23 01-26 01-27 01-28 05-03 05-04 05-05 05-06 05-07 10-01 10-04 10-05 10-06 10-07",
    work: "01-17 01-18 05-08 05-09 10-09 10-10",
  },
  2005: {
    off: "01-03 02-09 02-10 02-11 02-14 02-15 05-02 05-03 05-04 05-05 05-06 10-03 10-04 10-05 10-06 10-07",
    work: "02-05 02-06 04-30 05-08 10-08 10-09",
  },
  2006: {
    off: "01-02 01-03 01-30 01-31 02-01 02-02 02-03 05-01 05-02 05-03 05-04 05-05 10-02 10-03 10-04 10-05 10-06",
    work: "01-28 02-05 04-29 04-30 09-30 10-08 12-30 12-31",
  },
  2007: {
    off: "01-01 01-02 01-03 02-19 02-20 02-21 02-22 02-23 05-01 05-02 05-03 05-04 05-07 10-01 10-02 10-03 10-04 10-05 12-31",
    work: "02-17 02-25 04-28 04-29 09-29 09-30 12-29",
  },
  2008: {
    off: "01-01 02-06 02-07 02-08 02-11 02-12 04-04 05-01 05-02 06-09 09-15 09-29 09-30 10-01 10-02 10-03",
    work: "02-02 02-03 05-04 09-27 09-28",
  },
  2009: {
    off: "01-01 01-02 01-26 01-27 01-28 01-29 01-30 04-06 05-01 05-28 05-29 10-01 10-02 10-05 10-06 10-07 10-08",
    work: "01-04 01-24 02-01 05-31 09-27 10-10",
  },
  2010: {
    off: "01-01 02-15 02-16 02-17 02-18 02-19 04-05 05-03 06-14 06-15 06-16 09-22 09-23 09-24 10-01 10-04 10-05 10-06 10-07",
    work: "02-20 02-21 06-12 06-13 09-19 09-25 09-26 10-09",
  },
};

describe("the bundled calendar (chinese-days) against chinese-workday, an independent record", () => {
  it("agrees on every day from 2011-01-01 to 2026-12-31 but the listed errata of chinese-workday", () => {
    const differences: string[] = [];
    let compared = 0;
    for (let serial = serialOf("2011-01-01"); serial <= serialOf("2026-12-31"); serial++) {
      const date = isoDate(serial);
      const bundled = officialCalendar.isWorkingDay(serial);
      const other = isWorkday(date);
      if (bundled !== other)
        differences.push(
          `${date}: bundled ${workOrOff(bundled)}, chinese-workday ${workOrOff(other)}`
        );
      compared++;
    }
    expect(differences).toEqual(
      CHINESE_WORKDAY_ERRATA.map(
        ([date, notice]) =>
          `${date}: bundled ${notice}, chinese-workday ${notice === "work" ? "off" : "work"}`
      )
    );
    expect(compared).toBe(5844);
  });

  it("is compared with a chinese-workday that knows each year 2011–2026, and only those", () => {
    // A year chinese-workday had no data for would make it answer Monday to Friday: require a listed
    // holiday (its 元旦 or 春节) in every year, and none before 2011 or after 2026.
    for (let year = 2011; year <= 2026; year++) {
      const named = new Set<string>();
      for (let serial = serialOf(`${year}-01-01`); serial <= serialOf(`${year}-02-28`); serial++)
        named.add(getFestival(isoDate(serial)));
      expect([year, named.has("元旦") || named.has("春节")]).toEqual([year, true]);
    }
    for (const date of ["2010-01-01", "2010-02-15", "2027-01-01", "2027-02-08"])
      expect([date, getFestival(date)]).toEqual([date, "工作日"]);
  });

  it("keeps 2004–2010 as pinned", () => {
    for (const [year, pinned] of Object.entries(PINNED)) {
      const off: string[] = [];
      const work: string[] = [];
      for (let serial = serialOf(`${year}-01-01`); serial <= serialOf(`${year}-12-31`); serial++) {
        const working = officialCalendar.isWorkingDay(serial);
        if (isWeekday(serial) && !working) off.push(isoDate(serial).slice(5));
        if (!isWeekday(serial) && working) work.push(isoDate(serial).slice(5));
      }
      expect([year, off.join(" "), work.join(" ")]).toEqual([year, pinned.off, pinned.work]);
    }
  });

  it("covers 2004–2026 and nothing else", () => {
    expect([officialCalendar.firstYear, officialCalendar.lastYear]).toEqual([2004, 2026]);
    expect([2003, 2004, 2026, 2027].map((year) => officialCalendar.covers(year))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("is unchanged by the statutory fallback on every day of 2004–2026", () => {
    const withFallback = calendarWith([], { fallback: true });
    for (let serial = serialOf("2004-01-01"); serial <= serialOf("2026-12-31"); serial++)
      if (withFallback.isWorkingDay(serial) !== officialCalendar.isWorkingDay(serial))
        throw new Error(`${isoDate(serial)} differs`);
    expect([...withFallback.statutoryYears]).toEqual([]);
  });
});
