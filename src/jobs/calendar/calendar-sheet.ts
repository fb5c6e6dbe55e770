import {
  officialCalendar,
  serialOf,
  type OfficialCalendar,
} from "../../core/calendar/official-calendar";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { SheetSpec } from "../../workbook/port";

/** The hidden sheet of official working days the duties workbook's due-date formulas count along. */
export const CALENDAR_SHEET = "工作日历";

/**
 * Every working day of the calendar's years: weekdays less public holidays, plus 调休 make-up days; through
 * `through` where that is later than the bundled years (loaded arrangements, or the statutory fallback).
 */
export function workingDays(
  calendar: OfficialCalendar = officialCalendar,
  through = calendar.lastYear
): number[] {
  const days: number[] = [];
  const last = serialOf(`${lastYearOf(calendar, through)}-12-31`);
  for (let serial = serialOf(`${calendar.firstYear}-01-01`); serial <= last; serial++)
    if (calendar.isWorkingDay(serial)) days.push(serial);
  return days;
}

/** The last year listed: the bundled data's, or `through` where the calendar covers the years up to it. */
function lastYearOf(calendar: OfficialCalendar, through: number): number {
  let last = calendar.lastYear;
  while (last < through && calendar.covers(last + 1)) last++;
  return last;
}

const ranges = new WeakMap<OfficialCalendar, Map<number, string>>();
/** The 工作日历 list as an absolute range: counted once a calendar, not once a formula. */
function calendarRange(calendar: OfficialCalendar, through: number): string {
  const known = ranges.get(calendar) ?? new Map<number, string>();
  ranges.set(calendar, known);
  let range = known.get(through);
  if (!range) {
    range = `'${CALENDAR_SHEET}'!$A$2:$A$${workingDays(calendar, through).length + 1}`;
    known.set(through, range);
  }
  return range;
}

/**
 * The `days`-th working day after `start` (both cell references), as `=BANK.WORKDAY` and the engine count:
 * the position of the last working day on or before the start, moved on by `days` in the list.
 * Why not WORKDAY: its weekend is fixed, so a 调休 Saturday can never count as a working day; and
 * WORKDAY.INTL (which could, given every non-working day) is stored in files as `_xlfn.WORKDAY.INTL`,
 * which LibreOffice does not read. Outside the calendar's years the lookup fails and the cell stays blank.
 */
export function workdayFormula(
  start: string,
  days: string,
  calendar: OfficialCalendar = officialCalendar,
  through = calendar.lastYear
): string {
  const list = calendarRange(calendar, through);
  return `IFERROR(INDEX(${list},MATCH(INT(${start}),${list},1)+${days}),"")`;
}

export function calendarSheetSpec(options: {
  locale: Locale;
  generatedAt: string;
  calendar?: OfficialCalendar;
  /** The last year to list (default the bundled data's last). */
  through?: number;
  /** What the header says of the years listed, asked once they are (a year without its arrangement). */
  calendarNote?: (calendar: OfficialCalendar) => string | undefined;
}): SheetSpec {
  const calendar = options.calendar ?? officialCalendar;
  const through = options.through ?? calendar.lastYear;
  const days = workingDays(calendar, through);
  const note = options.calendarNote?.(calendar);
  return {
    name: CALENDAR_SHEET,
    rows: [
      [
        {
          value:
            formatMessage(options.locale, "sheet.duties.calendarHeader", {
              from: calendar.firstYear,
              to: lastYearOf(calendar, through),
            }) + (note ? ` ${note}` : ""),
          bold: true,
        },
      ],
      ...days.map((serial) => [{ value: { date: serial } }]),
    ],
    columns: [{ width: 14, format: "yyyy-mm-dd" }],
    hidden: true,
    protect: true,
    provenance: { kind: "calendar", generatedAt: options.generatedAt },
  };
}
