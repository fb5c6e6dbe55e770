import {
  sheetOf,
  type Highlight,
  type SheetSource,
  type Workbook,
  type WorkbookSnapshot,
} from "../port";
import { markCells } from "./office-highlights";
import { readWorkbook } from "./office-read";
import { writeSheets } from "./office-write";

export { HIGHLIGHT_MARK } from "./office-read";

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
  /** What the last read saw: which sheets hold highlights of ours, and which sheets are the add-in's. */
  private highlighted = new Set<string>();
  private owned = new Set<string>();
  private seen = new Set<string>();

  constructor(private readonly run: ExcelRunner = excelRun) {}

  async read(names: readonly string[]): Promise<WorkbookSnapshot> {
    const { snapshot, highlighted } = await readWorkbook(this.run, names);
    this.highlighted = highlighted;
    this.owned = new Set(Object.keys(snapshot.registry));
    this.seen = new Set(snapshot.grids.keys());
    return snapshot;
  }

  write(sources: readonly SheetSource[]): Promise<void> {
    // Everything goes in one round trip: every sheet is made first.
    const specs = sources.map(sheetOf);
    return this.run((context) => writeSheets(context, specs));
  }

  /**
   * Marks the given cells with conditional formats the add-in owns, replacing its earlier ones on that sheet;
   * the user's own formats are untouched, and clearing ours restores their look. Nothing to mark on a sheet the
   * last read found unmarked costs no round trip (a clean check on a protected sheet stays clean).
   */
  async highlight(sheetName: string, cells: readonly Highlight[]): Promise<void> {
    if (cells.length === 0 && this.seen.has(sheetName) && !this.highlighted.has(sheetName)) return;
    await this.run((context) => markCells(context, sheetName, cells, this.owned.has(sheetName)));
    if (cells.length > 0) this.highlighted.add(sheetName);
    else this.highlighted.delete(sheetName);
  }
}
