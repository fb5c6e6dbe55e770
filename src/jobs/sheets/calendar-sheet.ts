import {
  officialCalendar,
  serialOf,
  type OfficialCalendar,
} from "../../core/calendar/official-calendar";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { SheetSpec } from "../../workbook/port";

/** The hidden sheet of official working days the duties workbook's due-date formulas count along. */
export const CALENDAR_SHEET = "工作日历";

/** Every working day of the calendar's years: weekdays less public holidays, plus 调休 make-up days. */
export function workingDays(calendar: OfficialCalendar = officialCalendar): number[] {
  const days: number[] = [];
  const last = serialOf(`${calendar.lastYear}-12-31`);
  for (let serial = serialOf(`${calendar.firstYear}-01-01`); serial <= last; serial++)
    if (calendar.isWorkingDay(serial)) days.push(serial);
  return days;
}

const ranges = new WeakMap<OfficialCalendar, string>();
/** The 工作日历 list as an absolute range: counted once a calendar, not once a formula. */
function calendarRange(calendar: OfficialCalendar): string {
  let range = ranges.get(calendar);
  if (!range) {
    range = `'${CALENDAR_SHEET}'!$A$2:$A$${workingDays(calendar).length + 1}`;
    ranges.set(calendar, range);
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
  calendar: OfficialCalendar = officialCalendar
): string {
  const list = calendarRange(calendar);
  return `IFERROR(INDEX(${list},MATCH(INT(${start}),${list},1)+${days}),"")`;
}

export function calendarSheetSpec(options: {
  locale: Locale;
  generatedAt: string;
  calendar?: OfficialCalendar;
}): SheetSpec {
  const calendar = options.calendar ?? officialCalendar;
  return {
    name: CALENDAR_SHEET,
    rows: [
      [
        {
          value: formatMessage(options.locale, "sheet.duties.calendarHeader", {
            from: calendar.firstYear,
            to: calendar.lastYear,
          }),
          bold: true,
        },
      ],
      ...workingDays(calendar).map((serial) => [{ value: { date: serial } }]),
    ],
    columns: [{ width: 14, format: "yyyy-mm-dd" }],
    hidden: true,
    protect: true,
    provenance: { kind: "calendar", generatedAt: options.generatedAt },
  };
}
