import type { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import { SCORE_SHEET } from "../../jobs/assessment/score-sheet-name";
import { downloadBytes } from "./browser-download";
import { loadXlsx } from "./lazy-xlsx";
import type { PaneHost } from "../../workbook/pane-host";

/** The pane in a plain browser: jobs run on a workbook file the user opens; results are downloads. */
export class StandaloneHost implements PaneHost {
  readonly kind = "standalone" as const;
  private book: XlsxWorkbook | null = null;
  private fileName = "";

  constructor(
    private readonly download: (bytes: Uint8Array, name: string) => void = downloadBytes
  ) {}

  async openFile(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> {
    const Xlsx = await loadXlsx();
    this.book = await Xlsx.fromBuffer(new Uint8Array(await file.arrayBuffer()));
    this.fileName = file.name;
  }

  /** For tests and the bundled sample: a workbook already in memory. */
  useWorkbook(book: XlsxWorkbook, fileName: string): void {
    this.book = book;
    this.fileName = fileName;
  }

  workbook() {
    return this.book;
  }

  async activeSheet(): Promise<string | null> {
    if (!this.book) return null;
    const snapshot = await this.book.read([]);
    return snapshot.sheets.some((sheet) => sheet.name === SCORE_SHEET)
      ? SCORE_SHEET
      : (snapshot.sheets[0]?.name ?? null);
  }

  sourceName(): string {
    return this.fileName;
  }

  async deliverWorkbook(bytes: Uint8Array, fileName: string): Promise<void> {
    this.download(bytes, fileName);
  }

  async downloadResult(fileName: string): Promise<void> {
    if (this.book) this.download(await this.book.toBuffer(), fileName);
  }
}
