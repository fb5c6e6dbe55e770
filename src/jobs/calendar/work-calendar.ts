import type { ArrangementDay } from "../../core/calendar/arrangement";
import { calendarWith, type OfficialCalendar } from "../../core/calendar/official-calendar";
import type { WorkbookSnapshot } from "../../workbook/port";
import type { Locale } from "../../core/i18n/messages";
import { countErrors, issueAt, issueText, type Issue } from "../shared/issue";
import { ARRANGEMENT_SHEET, readArrangementSheet } from "./arrangement-sheet";

/**
 * The calendar a job counts working days with: the bundled calendar, the State Council's arrangements the
 * bank loaded (a `放假安排` sheet in the workbook worked on, and any given, e.g. with --calendar; the later
 * win for a date), and for a year nobody loaded, the statutory days off and weekends. An unreadable 放假安排
 * sheet is an error with its cells: no day of it is used.
 */
export function jobCalendar(
  snapshot: Pick<WorkbookSnapshot, "grids"> | null,
  given: readonly ArrangementDay[] = []
): { calendar: OfficialCalendar; issues: Issue[] } {
  const grid = snapshot?.grids.get(ARRANGEMENT_SHEET);
  const read = grid ? readArrangementSheet(grid) : { days: [], issues: [] };
  if (countErrors(read.issues) > 0)
    return { calendar: calendarWith(given, FALLBACK), issues: read.issues };
  return { calendar: calendarWith([...read.days, ...given], FALLBACK), issues: read.issues };
}

const FALLBACK = { fallback: true };

/**
 * What every output that counted a day of a year nobody loaded must say (the command's message, --json and
 * the sheet that shows the date): none where the loaded and bundled arrangements sufficed.
 */
export function statutoryNotes(calendar: OfficialCalendar): Issue[] {
  if (calendar.statutoryYears.size === 0) return [];
  const years = [...calendar.statutoryYears].sort((a, b) => a - b).map(String);
  return [issueAt("warning", "calendar.statutory", { years })];
}

/** The same, as the line a sheet prints (undefined: nothing to say). */
export const statutoryLine = (calendar: OfficialCalendar, locale: Locale) =>
  statutoryNotes(calendar)
    .map((note) => issueText(note, locale))
    .join(" ") || undefined;
