/* Manual page breaks as LibreOffice prints them: each block on a page of its own (the feedback pages of
 * cycle.md §4 rely on it). */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { OutCell, SheetSpec } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { describeWithPrinting } from "../support/external-tools";
import { pdfPages, printWithLibreOffice } from "../support/libreoffice";

describeWithPrinting("page breaks (LibreOffice → PDF)", (soffice) => {
  it("prints each block that starts at a break on a page of its own", async () => {
    const rows: OutCell[][] = [];
    const breaks: number[] = [];
    for (const person of ["张三", "李四", "王五"]) {
      if (rows.length > 0) breaks.push(rows.length);
      rows.push([{ value: `反馈单：${person}`, bold: true }]);
      for (let k = 1; k <= 5; k++) rows.push([{ value: `${person} 第${k}行` }]);
    }
    const spec: SheetSpec = {
      name: "反馈单",
      rows,
      columns: [{ width: 40 }],
      pageBreaks: breaks,
      print: { orientation: "portrait", fitToWidth: true },
      provenance: { kind: "summary" },
    };
    const book = XlsxWorkbook.empty();
    await book.write([spec]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "breaks-")), "反馈单.xlsx");
    writeFileSync(file, await book.toBuffer());
    const pages = await pdfPages(await printWithLibreOffice(soffice, file));
    expect(pages).toHaveLength(3);
    pages.forEach((page, k) => {
      const person = ["张三", "李四", "王五"][k];
      expect(page.text).toContain(`反馈单：${person}`);
      expect(page.text).toContain(`${person} 第5行`);
    });
  });
});
