import ExcelJS from "exceljs";
import type { LoadedTemplate } from "../../src/core/template/parse-template";
import { templateJob } from "../../src/jobs/assessment/template-job";
import { TEMPLATE_SHEET } from "../../src/jobs/shared/template-sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fillScoreSheet, type FilledRow } from "./fill-score-sheet";

/** A branch's submission: the score template made from `template`, filled with `rows`, as file bytes. */
export async function submission(template: LoadedTemplate, rows: FilledRow[]): Promise<Uint8Array> {
  const book = XlsxWorkbook.empty();
  await templateJob(book, {
    template,
    rows: Math.max(rows.length, 5),
    now: new Date(2025, 11, 20),
  });
  const filled = await fillScoreSheet(
    await XlsxWorkbook.fromBuffer(await book.toBuffer()),
    template,
    rows
  );
  return filled.toBuffer();
}

/** The same submission with two weights of its 权重模板 sheet swapped: still a valid template, not the one handed out. */
export async function withTamperedWeights(bytes: Uint8Array): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  book.getWorksheet(TEMPLATE_SHEET)!.eachRow((row) => {
    if (row.getCell(4).value === "approval_days") row.getCell(8).value = 40;
    if (row.getCell(4).value === "npl_ratio" && row.getCell(1).value === "credit-approval")
      row.getCell(8).value = 30;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Claims, in the zip's central directory, that every entry unpacks to 2 GB: what a zip bomb looks like. */
export function asZipBomb(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7fffffff, true);
  return out;
}

/** The first bytes of an encrypted .xlsx (an OLE compound file), as Excel saves a password-protected workbook. */
export const encryptedWorkbook = () =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
