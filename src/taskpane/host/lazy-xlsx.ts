import type { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";

/** ExcelJS is large: it is loaded only when a file is read or written (its own chunk). */
export async function loadXlsx(): Promise<typeof XlsxWorkbook> {
  const module = await import(
    /* webpackChunkName: "exceljs" */ "../../workbook/xlsx/xlsx-workbook"
  );
  return module.XlsxWorkbook;
}
