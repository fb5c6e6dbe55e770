import path from "node:path";
import type { ArrangementDay } from "../core/calendar/arrangement";
import {
  decodeArrangementBytes,
  parseArrangementCsv,
  parseArrangementJson,
  type ArrangementProblem,
} from "../core/calendar/arrangement-text";
import { formatMessage, type Locale } from "../core/i18n/messages";
import { countErrors, issueText } from "../jobs/shared/issue";
import { ARRANGEMENT_SHEET, readArrangementSheet } from "../jobs/calendar/arrangement-sheet";
import type { CliError } from "./args";
import { openWorkbook, readInput } from "./files";

type Loaded = { ok: true; value: ArrangementDay[] } | { ok: false; error: CliError };

/**
 * The days of the arrangements given with --calendar, in order (a later file wins for a date): a CSV or a
 * holiday-cn JSON, or a workbook with a 放假安排 sheet. Any unreadable line, cell or file is the command's
 * error, naming where: a deadline is never counted from half an arrangement.
 */
export async function loadArrangements(files: readonly string[], lang: Locale): Promise<Loaded> {
  const days: ArrangementDay[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const unreadable = (details: string[]): Loaded => ({
      ok: false,
      error: { key: "cli.calendarUnreadable", params: { file }, details },
    });
    const extension = path.extname(file).toLowerCase();
    if (extension === ".xlsx") {
      const book = await openWorkbook(file);
      if (!book.ok) return book;
      const grid = (await book.value.read([ARRANGEMENT_SHEET])).grids.get(ARRANGEMENT_SHEET);
      if (!grid) return { ok: false, error: { key: "cli.calendarNoSheet", params: { file } } };
      const read = readArrangementSheet(grid, name);
      if (countErrors(read.issues) > 0)
        return unreadable(read.issues.map((issue) => issueText(issue, lang)));
      days.push(...read.days);
      continue;
    }
    if (extension !== ".csv" && extension !== ".json")
      return { ok: false, error: { key: "cli.calendarKind", params: { file } } };
    const bytes = await readInput(file);
    if (!bytes.ok) return bytes;
    const text = decodeArrangementBytes(new Uint8Array(bytes.value));
    const parsed =
      extension === ".csv" ? parseArrangementCsv(text, name) : parseArrangementJson(text, name);
    if (!parsed.ok) return unreadable(parsed.error.map((problem) => problemText(problem, lang)));
    days.push(...parsed.value);
  }
  return { ok: true, value: days };
}

const problemText = (problem: ArrangementProblem, lang: Locale) =>
  formatMessage(lang, problem.key, problem.params);
