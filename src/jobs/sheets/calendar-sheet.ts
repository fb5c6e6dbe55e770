import {
  officialCalendar,
  serialOf,
  type OfficialCalendar,
} from "../../core/calendar/official-calendar";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { SheetSpec } from "../../workbook/port";

/** The hidden sheet of non-working days the duties workbook's WORKDAY.INTL formulas skip. */
export const CALENDAR_SHEET = "非工作日";

/** Every day of the calendar's years that is not a working day: weekends (less 调休 make-up days) and holidays. */
export function nonWorkingDays(calendar: OfficialCalendar = officialCalendar): number[] {
  const days: number[] = [];
  const last = serialOf(`${calendar.lastYear}-12-31`);
  for (let serial = serialOf(`${calendar.firstYear}-01-01`); serial <= last; serial++)
    if (!calendar.isWorkingDay(serial)) days.push(serial);
  return days;
}

/**
 * `WORKDAY.INTL(start, days, "0000000", 非工作日!$A$2:$A$n)`: with no weekend of its own and every
 * non-working day listed, Excel's (and LibreOffice's) WORKDAY counts the official calendar exactly, make-up
 * Saturdays included, which plain WORKDAY's fixed weekend cannot.
 */
export function calendarRange(calendar: OfficialCalendar = officialCalendar): string {
  return `'${CALENDAR_SHEET}'!$A$2:$A$${nonWorkingDays(calendar).length + 1}`;
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
      ...nonWorkingDays(calendar).map((serial) => [{ value: { date: serial } }]),
    ],
    columns: [{ width: 14, format: "yyyy-mm-dd" }],
    hidden: true,
    protect: true,
    provenance: { kind: "calendar", generatedAt: options.generatedAt },
  };
}
