import type { Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Provenance, SheetSource, WorkbookSnapshot } from "../../workbook/port";
import { templateSheetSpec } from "./template-sheet";
import { withAuditLog, AUDIT_SHEET, type AuditEntry } from "./audit-log";
import { valuesCopy } from "./values-copy";

/** An input sheet copied as values into the new workbook: what was read, so the result stands alone. */
export type InputCopy = {
  name: string;
  /** The copy's provenance; by default the input's own registry entry (a sheet not in it: a score sheet). */
  provenance?: Provenance;
  /** Only the first columns (a published ranking tab without its detail). */
  columns?: number;
  /** Let the input's grid go once it is copied, so a 100,000-row sheet is never in memory twice. */
  release?: boolean;
};

export type NewWorkbook = {
  /** What the inputs were read into; the copies and the carried 审计日志 come from it. */
  snapshots: readonly WorkbookSnapshot[];
  /** The template the results were computed with, written first as 权重模板. */
  template?: LoadedTemplate | null;
  copies?: readonly InputCopy[];
  /** The job's own sheets, after the copies. */
  sheets: readonly SheetSource[];
  /** This job's row of the 审计日志, after the inputs' rows; none when the job's sheets already carry it. */
  audit?: AuditEntry;
  generatedAt: string;
  locale: Locale;
};

/**
 * The sheets of a workbook a command writes anew (the input is never rewritten): 权重模板, the inputs read
 * as values, the job's sheets, and the inputs' 审计日志 carried on with this job's row. Each copy is made
 * when it is written. The registry follows from each sheet's provenance when the sheets are written.
 */
export function newWorkbookSheets(book: NewWorkbook): SheetSource[] {
  const [first] = book.snapshots;
  const copies: SheetSource[] = (book.copies ?? []).map((copy) => ({
    name: copy.name,
    make: () => {
      const grid = first.grids.get(copy.name);
      if (!grid) throw new Error(`${copy.name} was not read`);
      const rows = copy.columns ? grid.rows.map((row) => row.slice(0, copy.columns)) : grid.rows;
      const made = valuesCopy(
        { ...grid, rows },
        copy.provenance ?? first.registry[copy.name] ?? { kind: "scores" }
      );
      if (copy.release) first.grids.delete(copy.name);
      return made;
    },
  }));
  const sheets = [
    ...(book.template ? [templateSheetSpec(book.template, book.generatedAt)] : []),
    ...copies,
    ...book.sheets,
  ];
  if (!book.audit) return sheets;
  // One input's log goes on as it was; several (annual's quarters) are merged in time order.
  const logs = book.snapshots.flatMap((snapshot) => snapshot.grids.get(AUDIT_SHEET) ?? []);
  return withAuditLog(sheets, logs, book.audit, book.locale);
}
