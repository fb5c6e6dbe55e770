import { type Highlight, type SheetSource, type Workbook, type WorkbookSnapshot } from "../port";
import { sheetOf } from "../number-headers";
import { markCells } from "./office-highlights";
import { readWorkbook } from "./office-read";
import { writeSheets } from "./office-write";

export { HIGHLIGHT_MARK } from "./office-highlights";

/** Runs a batch against Excel: `Excel.run` in the add-in, a fake context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: ExcelRunner = (batch) => Excel.run(batch);

/**
 * The Workbook port over the open workbook, through Office.js. A read is one `context.sync()` for a sheet of a
 * few hundred rows, more for larger ones (each response under Excel on the web's 5 MB); a write is one sync to
 * see what is there, then as many as the 5 MB request limit needs (most writes: one), and one to recalculate
 * when it wrote live formulas.
 */
export class OfficeWorkbook implements Workbook {
  /** Which sheets the last read found the add-in's, and sheets known to hold no highlight of ours. */
  private owned = new Set<string>();
  private unmarked = new Set<string>();

  constructor(private readonly run: ExcelRunner = excelRun) {}

  async read(names: readonly string[]): Promise<WorkbookSnapshot> {
    const { snapshot } = await readWorkbook(this.run, names);
    this.owned = new Set(Object.keys(snapshot.registry));
    return snapshot;
  }

  write(sources: readonly SheetSource[]): Promise<void> {
    // Everything goes in one round trip: every sheet is made first.
    const specs = sources.map(sheetOf);
    return this.run((context) => writeSheets(context, specs));
  }

  /**
   * Marks the given cells with conditional formats the add-in owns, replacing its earlier ones on that sheet;
   * the user's own formats are untouched, and clearing ours restores their look. Nothing to mark on a sheet
   * this pane already left unmarked costs no round trip (the check that runs again after each change). Where
   * Excel cannot read the sheet's formats, HighlightsUnavailable: the check stands, without its marks.
   */
  async highlight(sheetName: string, cells: readonly Highlight[]): Promise<void> {
    const key = sheetName.toLowerCase();
    if (cells.length === 0 && this.unmarked.has(key)) return;
    await this.run((context) => markCells(context, sheetName, cells, this.owned.has(sheetName)));
    if (cells.length > 0) this.unmarked.delete(key);
    else this.unmarked.add(key);
  }
}
