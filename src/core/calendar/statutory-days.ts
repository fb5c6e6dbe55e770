// The statutory days off of 《全国年节及纪念日放假办法》 as in force from 2025 (国务院令第 795 号), for the
// years that neither the bundled calendar nor a loaded arrangement covers. Lunar dates and the 清明 solar
// term come from the maintained `chinese-days` package (the same one whose data is bundled), never from
// tables typed here.
import {
  getLunarDate,
  getSolarDateFromLunar,
  getSolarTermDate,
} from "chinese-days/dist/index.min.js";

/** The rules counted here took effect on 2025-01-01 (春节 and 劳动节 each gained a day); earlier years had others. */
export const STATUTORY_RULES_FROM = 2025;
/** chinese-days' lunar data ends with 2100. */
export const STATUTORY_LAST_YEAR = 2100;
const LUNAR_FIRST_YEAR = 1901;

export type Festival =
  | "newYear"
  | "springFestival"
  | "qingming"
  | "labourDay"
  | "dragonBoat"
  | "midAutumn"
  | "nationalDay";

export type StatutoryDay = {
  /** ISO date, "2027-02-05". */
  date: string;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节: the festival the day belongs to. */
  name: string;
  festival: Festival;
};

const NAMES: Record<Festival, string> = {
  newYear: "元旦",
  springFestival: "春节",
  qingming: "清明节",
  labourDay: "劳动节",
  dragonBoat: "端午节",
  midAutumn: "中秋节",
  nationalDay: "国庆节",
};

const MS_PER_DAY = 86_400_000;
const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
/** The calendar day of a moment in the machine's time zone. */
const localIso = (moment: Date) =>
  `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, "0")}-${String(moment.getDate()).padStart(2, "0")}`;

/**
 * The solar date of a lunar date (ordinary, not leap, month) of lunar year `year`. chinese-days reads the
 * lunar date with the machine's local calendar, so it is handed a local Date (a "2027-5-5" string would be
 * read as UTC midnight, the day before west of Greenwich); its answer is then checked the other way round
 * with getLunarDate, which counts days from a fixed instant and does not depend on the time zone.
 */
function solarOfLunar(year: number, month: number, day: number): string {
  const date = getSolarDateFromLunar(new Date(year, month - 1, day)).date;
  const back = getLunarDate(date);
  if (back.lunarYear !== year || back.lunarMon !== month || back.lunarDay !== day || back.isLeap)
    throw new Error(
      `chinese-days: lunar ${year}-${month}-${day} gave ${date}, which is not that day`
    );
  return date;
}

/**
 * The day of the 清明 solar term. getSolarTermDate computes the day in UTC but prints it in local time,
 * which west of Greenwich is the day before: the day it meant is the one whose UTC midnight prints as its
 * answer.
 */
function qingming(year: number): string {
  const shown = getSolarTermDate(year, 4, "pure_brightness");
  const meant = [shown, addDays(shown, 1)].find(
    (day) => localIso(new Date(`${day}T00:00:00Z`)) === shown
  );
  if (meant === undefined) throw new Error(`chinese-days: 清明 ${year} gave ${shown}`);
  return meant;
}

const cache = new Map<number, readonly StatutoryDay[]>();

/**
 * The 13 statutory days off of a Gregorian year under the rules in force from 2025, in date order:
 * 元旦 1 day (January 1); 春节 4 days (除夕, the day before 正月初一 — 腊月廿九 when 腊月 is short — and
 * 正月初一 to 初三); 清明节 1 day (the 清明 solar term); 劳动节 2 days (May 1–2); 端午节 (五月初五);
 * 中秋节 (八月十五); 国庆节 3 days (October 1–3). No 调休 make-up working days and no 补假 (第六条: a day
 * off that falls on a weekend is made up on a working day, as each year's arrangement decides).
 * 中秋 can fall on October 1–3 (2020, 2028): both entries are then listed, on the same date.
 * Years 1901–2100 (chinese-days' lunar data); a RangeError outside them.
 */
export function statutoryDaysOff(year: number): StatutoryDay[] {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > STATUTORY_LAST_YEAR)
    throw new RangeError(
      `statutory days off are computed for ${LUNAR_FIRST_YEAR}–${STATUTORY_LAST_YEAR}, not ${year}`
    );
  let days = cache.get(year);
  if (days === undefined) {
    const springFestival = solarOfLunar(year, 1, 1);
    const day = (festival: Festival, date: string): StatutoryDay => ({
      date,
      name: NAMES[festival],
      festival,
    });
    const iso = (month: number, dayOfMonth: number) =>
      `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
    days = [
      day("newYear", iso(1, 1)),
      ...[-1, 0, 1, 2].map((offset) => day("springFestival", addDays(springFestival, offset))),
      day("qingming", qingming(year)),
      day("labourDay", iso(5, 1)),
      day("labourDay", iso(5, 2)),
      day("dragonBoat", solarOfLunar(year, 5, 5)),
      day("midAutumn", solarOfLunar(year, 8, 15)),
      day("nationalDay", iso(10, 1)),
      day("nationalDay", iso(10, 2)),
      day("nationalDay", iso(10, 3)),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    cache.set(year, days);
  }
  return days.map((d) => ({ ...d }));
}
