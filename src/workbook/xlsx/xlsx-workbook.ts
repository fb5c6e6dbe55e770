import type ExcelJS from "exceljs";
import {
  type SheetSource,
  type Grid,
  type Registry,
  type Workbook,
  type WorkbookSnapshot,
  WorkbookDamaged,
  WorkbookRefusal,
} from "../port";
import { phaseClock } from "../../core/util/phase-clock";
import { sheetOf } from "../number-headers";
import {
  liveRegistry,
  parseRegistry,
  recoverAppendOnly,
  REGISTRY_SHEET,
  registryRows,
} from "../registry-sheet";
import { XlsxFile } from "./xlsx-read";
import { XlsxBuilder } from "./xlsx-write";
import { ZipError } from "./zip/zip-directory";

/**
 * What the workbook is, right now:
 * - `sheets`: a new workbook made of the add-in's own sheets (the command line's outputs), written by
 *   `xlsx-write.ts` straight from the specs;
 * - `file`: a file as it was opened, read by the narrow reader `xlsx-read.ts` and never re-encoded;
 * - `model`: a file the add-in edits in place (adding sheets beside the user's), held by ExcelJS so that the
 *   rest of the file is kept. ExcelJS is loaded only then.
 */
type State =
  | { kind: "sheets"; builder: XlsxBuilder }
  | { kind: "file"; bytes: Uint8Array; file: XlsxFile }
  | { kind: "model"; book: ExcelJS.Workbook };

/** The Workbook port over an .xlsx file (the CLI, the tests, files in the pane without Excel). */
export class XlsxWorkbook implements Workbook {
  private constructor(private state: State) {}

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook({ kind: "sheets", builder: new XlsxBuilder() });
  }

  /** Opens a file: only its zip directory and workbook part are read until a sheet is asked for. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return new XlsxWorkbook({ kind: "file", bytes, file: XlsxFile.open(bytes) });
  }

  /**
   * A new workbook of `specs` written through `write` while it is made, the same bytes as `empty()`,
   * `write(specs)` and `toParts()`: each sheet's compressed part is written as soon as zlib is done with it
   * and let go, rather than held to the end (some 25 MB at 100,000 rows).
   */
  static async streamNew(
    specs: readonly SheetSource[],
    write: (piece: Uint8Array) => Promise<void>
  ): Promise<void> {
    const builder = new XlsxBuilder();
    builder.streamTo(write);
    for (const spec of specs) await builder.add(phaseClock.time("build", () => sheetOf(spec)));
    await (await withRegistry(builder)).finishStream();
  }

  async toBuffer(): Promise<Uint8Array> {
    const state = this.state;
    if (state.kind === "file") return state.bytes;
    if (state.kind === "model") return new Uint8Array(await state.book.xlsx.writeBuffer());
    return (await withRegistry(state.builder)).finish();
  }

  /**
   * The file as pieces to write one after the other (a new workbook's zip entries as they were compressed):
   * a 25 MB result is not copied into one buffer beside them. The same bytes as `toBuffer`.
   */
  async toParts(): Promise<Uint8Array[]> {
    const state = this.state;
    if (state.kind !== "sheets") return [await this.toBuffer()];
    return (await withRegistry(state.builder)).finishParts();
  }

  /**
   * The workbook as an ExcelJS model, for edits the port does not make (tests add a user's own sheet with
   * it). From then on the workbook is written by ExcelJS.
   */
  async model(): Promise<ExcelJS.Workbook> {
    if (this.state.kind === "model") return this.state.book;
    const { default: ExcelJSModule } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
    const book = new ExcelJSModule.Workbook();
    const empty = this.state.kind === "sheets" && this.state.builder.names().length === 0;
    if (!empty) await book.xlsx.load((await this.toBuffer()) as unknown as ArrayBuffer);
    this.state = { kind: "model", book };
    return book;
  }

  async read(names: readonly string[]): Promise<WorkbookSnapshot> {
    const file = await this.file();
    const registry = liveRegistry(
      parseRegistry(registryValues(file.grid(REGISTRY_SHEET))),
      file.sheets.map((sheet) => sheet.name)
    );
    const grids = new Map<string, Grid>();
    for (const name of names) {
      let grid: Grid | null;
      try {
        grid = file.grid(name);
      } catch (error) {
        // The zip's own words stay here: every edge says "damaged" in the user's language.
        if (error instanceof ZipError) throw new WorkbookDamaged();
        throw error;
      }
      if (grid) grids.set(grid.name, grid);
    }
    const sheets = file.sheets
      .filter((sheet) => sheet.name !== REGISTRY_SHEET)
      .map((sheet) => ({ name: sheet.name, owned: sheet.name in registry }));
    // A file saved from Excel after an interrupted job: its log is read as it was before.
    return { sheets, grids, registry: recoverAppendOnly(registry, grids) };
  }

  async write(specs: readonly SheetSource[]): Promise<void> {
    if (this.state.kind === "file") await this.model();
    const state = this.state;
    if (state.kind === "model") return writeIntoModel(state.book, specs);
    // Each sheet is made and compressed in turn: its cells are let go before the next one is made.
    if (state.kind === "sheets")
      for (const spec of specs)
        await state.builder.add(phaseClock.time("build", () => sheetOf(spec)));
  }

  /** The file as the reader sees it: opened bytes, or what the workbook would be saved as. */
  private async file(): Promise<XlsxFile> {
    if (this.state.kind === "file") return this.state.file;
    return XlsxFile.open(await this.toBuffer());
  }
}

/** The builder with the very hidden registry of what the add-in wrote, last. */
async function withRegistry(builder: XlsxBuilder): Promise<XlsxBuilder> {
  builder.remove(REGISTRY_SHEET);
  const registry: Registry = Object.fromEntries(
    builder.names().map((name, k) => [name, builder.provenance()[k]])
  );
  const rows = registryRows(registry).map((row) => row.map((value) => ({ value })));
  await builder.add({ name: REGISTRY_SHEET, rows, provenance: { kind: "status" } }, "veryHidden");
  return builder;
}

function registryValues(grid: Grid | null): unknown[][] {
  return (grid?.rows ?? []).map((cells) =>
    cells.map((cell) => (cell.kind === "empty" ? null : cell.value))
  );
}

async function writeIntoModel(
  book: ExcelJS.Workbook,
  sources: readonly SheetSource[]
): Promise<void> {
  const { fillSheet } = await import(/* webpackChunkName: "exceljs" */ "./exceljs-fill");
  const registry = modelRegistry(book);
  // Every name checked before anything is written: a refusal leaves the workbook as it was.
  for (const source of sources) {
    const existing = book.getWorksheet(source.name);
    if (existing && !(existing.name in registry))
      throw new WorkbookRefusal("userSheet", source.name);
  }
  for (const source of sources) {
    const spec = sheetOf(source);
    const existing = book.getWorksheet(spec.name);
    if (existing) book.removeWorksheet(existing.id);
    const sheet = book.addWorksheet(spec.name);
    await fillSheet(sheet, spec);
    registry[spec.name] = spec.provenance;
    if (spec.activate)
      book.views = [
        {
          activeTab: book.worksheets.indexOf(sheet),
          x: 0,
          y: 0,
          width: 20000,
          height: 12000,
          firstSheet: 0,
          visibility: "visible",
        },
      ];
  }
  const old = book.getWorksheet(REGISTRY_SHEET);
  if (old) book.removeWorksheet(old.id);
  const sheet = book.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  for (const row of registryRows(registry)) sheet.addRow(row);
}

function modelRegistry(book: ExcelJS.Workbook): Registry {
  const sheet = book.getWorksheet(REGISTRY_SHEET);
  if (!sheet) return {};
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
  return liveRegistry(
    parseRegistry(rows),
    book.worksheets.map((s) => s.name)
  );
}
