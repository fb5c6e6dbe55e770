// The Chinese official calendar, from the maintained `chinese-days` package (MIT): public holidays and
// make-up working days (调休). Its data is bundled at build time, never fetched.
import calendarData from "chinese-days/dist/chinese-days.json";
import { err, ok, type Result } from "../util/result";
import type { ArrangementDay } from "./arrangement";
import { STATUTORY_LAST_YEAR, STATUTORY_RULES_FROM, statutoryDaysOff } from "./statutory-days";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 (serial 60 is the fictitious 1900-02-29, as in Excel). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

type CalendarData = { holidays: Record<string, string>; workdays: Record<string, string> };

export type OfficialCalendar = {
  /** The years of the bundled data (chinese-days); OutOfCalendar names them. */
  firstYear: number;
  lastYear: number;
  /** Whether this calendar may count the days of a year: bundled, loaded, or (when allowed) statutory. */
  covers(year: number): boolean;
  /** The years whose days were counted by the statutory fallback so far (what a computation used). */
  readonly statutoryYears: ReadonlySet<number>;
  isWorkingDay(serial: number): boolean;
};

const isWeekday = (serial: number) => {
  const weekday = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/**
 * A calendar of the bundled data, days loaded from the State Council's arrangements (放假安排), and, with
 * options.fallback, the statutory days off (statutory-days.ts) for the other years from 2025 to 2100.
 * A loaded day overrides the bundled data for its date. A year with at least one loaded day outside December
 * is covered by them: its other days are ordinary (weekdays work, weekends off). A year of the bundled data is covered by
 * it. Any other year is covered by the statutory days off (weekends off, no make-up working days) when
 * options.fallback, and recorded in statutoryYears once one of its days is asked; else it is not covered.
 */
export function makeCalendar(
  data: CalendarData,
  loaded: readonly ArrangementDay[] = [],
  options: { fallback: boolean } = { fallback: false }
): OfficialCalendar {
  return calendarOf(bundledOf(data), loaded, options);
}

type Bundled = {
  holidays: ReadonlySet<string>;
  makeUpDays: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
};

function bundledOf(data: CalendarData): Bundled {
  const holidays = new Set(Object.keys(data.holidays));
  const makeUpDays = new Set(Object.keys(data.workdays));
  const years = [...holidays, ...makeUpDays].map((day) => Number(day.slice(0, 4)));
  return { holidays, makeUpDays, firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

function calendarOf(
  { holidays, makeUpDays, firstYear, lastYear }: Bundled,
  loaded: readonly ArrangementDay[],
  options: { fallback: boolean }
): OfficialCalendar {
  const loadedKinds = new Map(loaded.map((day) => [day.date, day.kind]));
  // A notice for year Y often lists the last days of December Y-1 (2019's: 2018-12-29 to 31): those days
  // count, but they do not make Y-1 a loaded year, whose other statutory days would then be lost.
  const loadedYears = new Set(
    loaded.filter((day) => day.date.slice(5, 7) !== "12").map((day) => Number(day.date.slice(0, 4)))
  );
  const statutoryYears = new Set<number>();
  const statutory = new Map<number, ReadonlySet<string>>();
  const bundled = (year: number) => year >= firstYear && year <= lastYear;
  const fallbackCovers = (year: number) =>
    options.fallback && year >= STATUTORY_RULES_FROM && year <= STATUTORY_LAST_YEAR;
  return {
    firstYear,
    lastYear,
    statutoryYears,
    covers: (year) => loadedYears.has(year) || bundled(year) || fallbackCovers(year),
    isWorkingDay(serial) {
      const day = isoDate(serial);
      const kind = loadedKinds.get(day);
      if (kind !== undefined) return kind === "work";
      const year = Number(day.slice(0, 4));
      if (bundled(year)) {
        if (makeUpDays.has(day)) return true;
        if (holidays.has(day)) return false;
      } else if (!loadedYears.has(year) && fallbackCovers(year)) {
        let daysOff = statutory.get(year);
        if (daysOff === undefined) {
          daysOff = new Set(statutoryDaysOff(year).map((off) => off.date));
          statutory.set(year, daysOff);
        }
        statutoryYears.add(year);
        if (daysOff.has(day)) return false;
      }
      return isWeekday(serial);
    },
  };
}

const BUNDLED = bundledOf(calendarData as CalendarData);

/** The bundled calendar alone: strict, nothing loaded and no statutory fallback. */
export const officialCalendar: OfficialCalendar = calendarOf(BUNDLED, [], { fallback: false });

/**
 * The bundled calendar with loaded arrangement days and, when options.fallback, the statutory days off (as
 * makeCalendar). Each computation makes its own: statutoryYears then says what that computation used.
 */
export function calendarWith(
  loaded: readonly ArrangementDay[],
  options: { fallback: boolean }
): OfficialCalendar {
  return calendarOf(BUNDLED, loaded, options);
}

/** "2025-10-01" for an Excel serial date, in UTC (never the machine's time zone). */
export function isoDate(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function serialOf(isoDay: string): number {
  return Math.round((Date.parse(`${isoDay}T00:00:00Z`) - EXCEL_EPOCH) / MS_PER_DAY);
}

export const yearOf = (serial: number) => Number(isoDate(serial).slice(0, 4));

/** "2026-01-09": the calendar day of a moment where the user is ("today" as a person says it). */
export const localIsoDay = (moment: Date) =>
  `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, "0")}-${String(moment.getDate()).padStart(2, "0")}`;

export type OutOfCalendar = { date: string; from: number; to: number };

function covered(calendar: OfficialCalendar, serial: number): Result<number, OutOfCalendar> {
  return calendar.covers(yearOf(serial))
    ? ok(serial)
    : err({ date: isoDate(serial), from: calendar.firstYear, to: calendar.lastYear });
}

/** Working days from start to end, both counted; negative when end is before start (as NETWORKDAYS). */
export function countWorkdays(
  calendar: OfficialCalendar,
  start: number,
  end: number
): Result<number, OutOfCalendar> {
  const a = Math.floor(start);
  const b = Math.floor(end);
  for (const serial of [a, b]) {
    const check = covered(calendar, serial);
    if (!check.ok) return check;
  }
  const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  // The years between the ends (a loaded year need not follow the bundled ones).
  for (let year = yearOf(from) + 1; year < yearOf(to); year++) {
    const check = covered(calendar, serialOf(`${year}-01-01`));
    if (!check.ok) return check;
  }
  let count = 0;
  for (let serial = from; serial <= to; serial++) if (calendar.isWorkingDay(serial)) count++;
  return ok(sign * count);
}

/** The date `days` working days after start (before it when negative); start itself when days is 0 (as WORKDAY). */
export function addWorkdays(
  calendar: OfficialCalendar,
  start: number,
  days: number
): Result<number, OutOfCalendar> {
  let serial = Math.floor(start);
  const check = covered(calendar, serial);
  if (!check.ok) return check;
  const step = days < 0 ? -1 : 1;
  let remaining = Math.trunc(Math.abs(days));
  while (remaining > 0) {
    serial += step;
    const inside = covered(calendar, serial);
    if (!inside.ok) return inside;
    if (calendar.isWorkingDay(serial)) remaining--;
  }
  return ok(serial);
}
