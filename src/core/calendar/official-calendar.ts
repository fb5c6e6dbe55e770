// The Chinese official calendar, from the maintained `chinese-days` package (MIT): public holidays and
// make-up working days (调休). Its data is bundled at build time, never fetched.
import calendarData from "chinese-days/dist/chinese-days.json";
import { err, ok, type Result } from "../util/result";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 (serial 60 is the fictitious 1900-02-29, as in Excel). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

type CalendarData = { holidays: Record<string, string>; workdays: Record<string, string> };

export type OfficialCalendar = {
  /** The years the data covers; outside them the package would silently treat days as ordinary. */
  firstYear: number;
  lastYear: number;
  isWorkingDay(serial: number): boolean;
};

export function makeCalendar(data: CalendarData): OfficialCalendar {
  const holidays = new Set(Object.keys(data.holidays));
  const makeUpDays = new Set(Object.keys(data.workdays));
  const years = [...holidays, ...makeUpDays].map((day) => Number(day.slice(0, 4)));
  return {
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    isWorkingDay(serial) {
      const day = isoDate(serial);
      if (makeUpDays.has(day)) return true;
      if (holidays.has(day)) return false;
      const weekday = new Date(EXCEL_EPOCH + serial * MS_PER_DAY).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

export const officialCalendar: OfficialCalendar = makeCalendar(calendarData as CalendarData);

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
  const year = yearOf(serial);
  return year >= calendar.firstYear && year <= calendar.lastYear
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
