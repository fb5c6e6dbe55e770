import { getLunarDate } from "chinese-days";
import { getFestival, isWorkday } from "chinese-workday";
import {
  STATUTORY_LAST_YEAR,
  statutoryDaysOff,
  type Festival,
} from "../../../src/core/calendar/statutory-days";

const datesOf = (year: number, festival: Festival) =>
  statutoryDaysOff(year)
    .filter((day) => day.festival === festival)
    .map((day) => day.date);
const dayOf = (year: number, festival: Festival) => datesOf(year, festival)[0];
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("statutory days off (《全国年节及纪念日放假办法》 as in force from 2025)", () => {
  it("lists 2027 as published almanacs give it", () => {
    // 春节 2027: 正月初一 is Saturday 6 February (Hong Kong Observatory's 2027 calendar, cited in
    // tc39/test262#4769; the new moon is at 23:56 Beijing time on the 6th). 清明 2027-04-05, 端午 2027-06-09
    // and 中秋 2027-09-15 agree with ICU's Chinese calendar and the solar position below.
    expect(statutoryDaysOff(2027)).toEqual([
      { date: "2027-01-01", name: "元旦", festival: "newYear" },
      { date: "2027-02-05", name: "春节", festival: "springFestival" },
      { date: "2027-02-06", name: "春节", festival: "springFestival" },
      { date: "2027-02-07", name: "春节", festival: "springFestival" },
      { date: "2027-02-08", name: "春节", festival: "springFestival" },
      { date: "2027-04-05", name: "清明节", festival: "qingming" },
      { date: "2027-05-01", name: "劳动节", festival: "labourDay" },
      { date: "2027-05-02", name: "劳动节", festival: "labourDay" },
      { date: "2027-06-09", name: "端午节", festival: "dragonBoat" },
      { date: "2027-09-15", name: "中秋节", festival: "midAutumn" },
      { date: "2027-10-01", name: "国庆节", festival: "nationalDay" },
      { date: "2027-10-02", name: "国庆节", festival: "nationalDay" },
      { date: "2027-10-03", name: "国庆节", festival: "nationalDay" },
    ]);
    expect(getLunarDate("2027-02-05")).toMatchObject({ lunarMon: 12, lunarDay: 29 });
  });

  it("takes 除夕 as the day before 正月初一, 腊月廿九 when 腊月 is short (2025)", () => {
    expect(datesOf(2025, "springFestival")).toEqual([
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
    ]);
    expect(getLunarDate("2025-01-28")).toMatchObject({ lunarMon: 12, lunarDay: 29 });
    expect(dayOf(2026, "springFestival")).toBe("2026-02-16");
    expect(getLunarDate("2026-02-16")).toMatchObject({ lunarMon: 12, lunarDay: 29 });
    // 2024: 腊月 is long, 除夕 is 腊月三十.
    expect(dayOf(2024, "springFestival")).toBe("2024-02-09");
    expect(getLunarDate("2024-02-09")).toMatchObject({ lunarMon: 12, lunarDay: 30 });
  });

  it("agrees with known dates of 春节 (Wikipedia's table, HKO) where ICU does not", () => {
    const newYears: Record<number, string> = {
      2025: "2025-01-29",
      2026: "2026-02-17",
      2027: "2027-02-06",
      2028: "2028-01-26",
      2029: "2029-02-13",
      2030: "2030-02-03",
      2031: "2031-01-23",
      2032: "2032-02-11",
      2033: "2033-01-31",
      2034: "2034-02-19",
      2035: "2035-02-08",
    };
    for (const [year, day] of Object.entries(newYears))
      expect([year, datesOf(Number(year), "springFestival")[1]]).toEqual([year, day]);
  });

  it("for every year 2004–2100: 13 days of that year, in order, each festival where it belongs", () => {
    for (let year = 2004; year <= 2100; year++) {
      const days = statutoryDaysOff(year);
      const dates = days.map((day) => day.date);
      expect([year, days.length]).toEqual([year, 13]);
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      const spring = datesOf(year, "springFestival");
      expect(spring).toEqual([0, 1, 2, 3].map((k) => addDays(spring[0], k)));
      expect(getLunarDate(spring[0])).toMatchObject({ lunarMon: 12, isLeap: false });
      expect([29, 30]).toContain(getLunarDate(spring[0]).lunarDay);
      expect(getLunarDate(spring[1])).toMatchObject({ lunarMon: 1, lunarDay: 1, isLeap: false });
      expect(spring[1] >= `${year}-01-21` && spring[1] <= `${year}-02-20`).toBe(true);
      expect([`${year}-04-04`, `${year}-04-05`, `${year}-04-06`]).toContain(
        dayOf(year, "qingming")
      );
      expect(getLunarDate(dayOf(year, "dragonBoat"))).toMatchObject({
        lunarMon: 5,
        lunarDay: 5,
        isLeap: false,
      });
      expect(getLunarDate(dayOf(year, "midAutumn"))).toMatchObject({
        lunarMon: 8,
        lunarDay: 15,
        isLeap: false,
      });
      expect(datesOf(year, "newYear")).toEqual([`${year}-01-01`]);
      expect(datesOf(year, "labourDay")).toEqual([`${year}-05-01`, `${year}-05-02`]);
      expect(datesOf(year, "nationalDay")).toEqual([
        `${year}-10-01`,
        `${year}-10-02`,
        `${year}-10-03`,
      ]);
      // 中秋 falls within 国庆 some years (2020-10-01, 2028-10-03): then 12 distinct dates.
      const merged =
        dayOf(year, "midAutumn") <= `${year}-10-03` && dayOf(year, "midAutumn") >= `${year}-10-01`;
      expect([year, new Set(dates).size]).toEqual([year, merged ? 12 : 13]);
    }
    expect(dayOf(2020, "midAutumn")).toBe("2020-10-01");
    expect(dayOf(2028, "midAutumn")).toBe("2028-10-03");
  });

  it("refuses years outside chinese-days' lunar data", () => {
    expect(() => statutoryDaysOff(STATUTORY_LAST_YEAR + 1)).toThrow(RangeError);
    expect(() => statutoryDaysOff(1900)).toThrow(RangeError);
    expect(() => statutoryDaysOff(2027.5)).toThrow(RangeError);
  });

  it("returns copies: a caller cannot change the cached list", () => {
    statutoryDaysOff(2027)[0].date = "2027-01-02";
    expect(dayOf(2027, "newYear")).toBe("2027-01-01");
  });
});

describe("the lunar festivals, checked against ICU's Chinese calendar (an independent computation)", () => {
  const icu = new Intl.DateTimeFormat("en-u-ca-chinese", {
    timeZone: "UTC",
    month: "numeric",
    day: "numeric",
  });
  const lunar = (iso: string) => {
    const parts = Object.fromEntries(
      icu.formatToParts(new Date(`${iso}T00:00:00Z`)).map((part) => [part.type, part.value])
    );
    return {
      month: Number.parseInt(parts.month, 10),
      leap: /bis/.test(parts.month),
      day: Number(parts.day),
    };
  };
  // ICU puts the new moons of 2027-02-06 (23:56 Beijing time) and 2030-02-02 on the other side of
  // midnight; the Hong Kong Observatory and the Purple Mountain Observatory agree with chinese-days.
  const ICU_DIFFERS = new Set([2027, 2030]);
  const hasChineseCalendar = icu.resolvedOptions().calendar === "chinese";

  (hasChineseCalendar ? it : it.skip)("for every year 2004–2100", () => {
    for (let year = 2004; year <= 2100; year++) {
      const [eve, first] = datesOf(year, "springFestival");
      const found = {
        eve: lunar(eve).month === 12 && lunar(addDays(eve, 1)).day === 1,
        first: lunar(first).month === 1 && lunar(first).day === 1 && !lunar(first).leap,
        dragonBoat:
          JSON.stringify(lunar(dayOf(year, "dragonBoat"))) ===
          JSON.stringify({ month: 5, leap: false, day: 5 }),
        midAutumn:
          JSON.stringify(lunar(dayOf(year, "midAutumn"))) ===
          JSON.stringify({ month: 8, leap: false, day: 15 }),
      };
      const expected = { eve: true, first: true, dragonBoat: true, midAutumn: true };
      if (ICU_DIFFERS.has(year)) expect({ ...found, eve: true, first: true }).toEqual(expected);
      else expect([year, found]).toEqual([year, expected]);
    }
  });
});

/** The moment of 清明 (apparent solar longitude 15°) in Beijing time, by Meeus, Astronomical Algorithms ch. 25
 *  (low accuracy, about 0.01°, some 15 minutes) with ΔT from Espenak–Meeus's polynomials. */
function qingmingBeijing(year: number): number {
  const rad = Math.PI / 180;
  const longitude = (jde: number) => {
    const t = (jde - 2451545) / 36525;
    const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad;
    const c =
      (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
      (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
      0.000289 * Math.sin(3 * m);
    return l0 + c - 0.00569 - 0.00478 * Math.sin((125.04 - 1934.136 * t) * rad);
  };
  let jde = Date.UTC(year, 3, 5) / 86_400_000 + 2440587.5;
  for (let i = 0; i < 8; i++) {
    const off = ((((15 - longitude(jde)) % 360) + 540) % 360) - 180;
    jde += 58 * Math.sin(off * rad);
  }
  const y = year - 2000;
  const deltaT =
    year < 2050
      ? 62.92 + 0.32217 * y + 0.005589 * y * y
      : -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  return (jde - 2440587.5) * 86_400_000 - deltaT * 1000 + 8 * 3_600_000;
}

describe("清明, checked against the sun's position", () => {
  it("is the Beijing day of the solar term for every year 2004–2100 not within an hour of midnight", () => {
    let compared = 0;
    for (let year = 2004; year <= 2100; year++) {
      const moment = qingmingBeijing(year);
      const minutes = (moment % 86_400_000) / 60_000;
      if (minutes < 60 || minutes > 23 * 60) continue; // too close to call at this accuracy
      expect([year, dayOf(year, "qingming")]).toEqual([
        year,
        new Date(moment).toISOString().slice(0, 10),
      ]);
      compared++;
    }
    expect(compared).toBeGreaterThan(85);
  });
});

describe("the statutory days, checked against chinese-workday's record of the published arrangements", () => {
  const isOff = (date: string) => !isWorkday(date);

  it("finds 正月初一 to 初三, 清明, 端午 and 中秋 off in each year's arrangement, 2011–2026", () => {
    // chinese-workday 1.16.1 has 2012-09-30 (中秋, a day off) as a make-up working day: one of its errata
    // listed in bundled-calendar.test.ts, where the bundled calendar has it off.
    const ERRATUM = "2012-09-30";
    let checked = 0;
    for (let year = 2011; year <= 2026; year++) {
      const days = [
        ...datesOf(year, "springFestival").slice(1),
        dayOf(year, "qingming"),
        dayOf(year, "dragonBoat"),
        dayOf(year, "midAutumn"),
      ];
      for (const date of days)
        if (date !== ERRATUM) {
          expect([date, isOff(date)]).toEqual([date, true]);
          checked++;
        }
    }
    expect(isOff(ERRATUM)).toBe(false);
    expect(checked).toBe(16 * 6 - 1);
  });

  it("2025 and 2026 (the 2025 rules): each of the 13 days is off and so named; every other weekday off is given back", () => {
    // chinese-workday names 2025's 中秋 (Monday 6 October) 国庆节: the notice joins the two, 10-01 to 10-08.
    const NAMED_OTHERWISE: Record<string, string> = { "2025-10-06": "国庆节" };
    for (const year of [2025, 2026]) {
      const statutory = statutoryDaysOff(year);
      for (const { date, name } of statutory)
        expect([date, isOff(date), getFestival(date)]).toEqual([
          date,
          true,
          NAMED_OTHERWISE[date] ?? name,
        ]);
      // A weekday off that is not a statutory day is either swapped for a weekend day worked (调休) or
      // makes up for a statutory day on a weekend (补假): the counts agree.
      const statutoryDates = new Set(statutory.map((day) => day.date));
      let extraOff = 0;
      let weekendWorked = 0;
      for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
        const weekend = [0, 6].includes(weekday(date));
        if (!weekend && isOff(date) && !statutoryDates.has(date)) extraOff++;
        if (weekend && !isOff(date)) weekendWorked++;
      }
      const statutoryOnWeekend = [...statutoryDates].filter((date) =>
        [0, 6].includes(weekday(date))
      ).length;
      expect([year, extraOff]).toEqual([year, weekendWorked + statutoryOnWeekend]);
    }
  });
});
