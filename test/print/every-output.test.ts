/* Every workbook bank-assess writes, printed by LibreOffice as a bank prints it (with Carlito left out, so Latin
 * text is set in DejaVu Sans, the widest case): for every sheet, every cell's text whole on its pages, no blank
 * page, the identity columns on every page of a table wider than one, the formats of ux.md (no TRUE, no bare
 * decimals, dates as yyyy-mm-dd), and wrapped rows tall enough for the CJK fonts' 16 pt lines. The outputs are
 * written with the command line first and printed with one start of LibreOffice. */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeWithPrinting } from "../support/external-tools";
import {
  pdfPages,
  pdfSheets,
  printAllWithLibreOffice,
  type PdfPage,
  type PrintFonts,
} from "../support/libreoffice";
import { OUTPUTS, writeEveryOutput, type Output } from "./every-output";
import { printedSheets, printFindings, type PrintedSheet } from "./printed-cells";

type Printed = {
  file: string;
  sheets: PrintedSheet[];
  pages: PdfPage[];
  pagesOf: Map<string, PdfPage[]>;
};

const A4 = [595, 842];
const isA4 = (page: { width: number; height: number }) =>
  [page.width, page.height]
    .map(Math.round)
    .sort((a, b) => a - b)
    .every((side, k) => Math.abs(side - A4[k]) <= 1);

// Printed twice: without Carlito (Latin text in DejaVu Sans, a quarter wider) and with the machine's fonts
// (Carlito where .ci/run installed it, as Calibri's metrics): the layout must hold in both.
const FONT_SETS: PrintFonts[] = ["withoutCarlito", "system"];
/** The inputs an output carries copied as values (the user's text, wrapped by the application). */
const COPIES: Partial<Record<Output, string[]>> = {
  checkup: ["岗位说明书", "权责矩阵", "职责变更"],
};
let files: Promise<Record<Output, string>> | null = null;
const everyOutput = () =>
  (files ??= writeEveryOutput(mkdtempSync(path.join(os.tmpdir(), "every-output-"))));

describe.each(FONT_SETS)("printed with fonts: %s", (fonts) =>
  describeWithPrinting("every output printed (LibreOffice → PDF)", (soffice) =>
    everyPage(soffice, fonts)
  )
);

function everyPage(soffice: string, fonts: PrintFonts) {
  const printed = {} as Record<Output, Printed>;
  beforeAll(async () => {
    const files = await everyOutput();
    const pdfs = await printAllWithLibreOffice(
      soffice,
      OUTPUTS.map((output) => files[output]),
      fonts
    );
    for (const [k, output] of OUTPUTS.entries()) {
      const pages = await pdfPages(pdfs[k], { raw: true });
      const outline = pdfSheets(pdfs[k]);
      const pagesOf = new Map(
        outline.map((sheet, s) => [
          sheet.name,
          pages.slice(sheet.firstPage, outline[s + 1]?.firstPage ?? pages.length),
        ])
      );
      printed[output] = {
        file: files[output],
        sheets: await printedSheets(files[output]),
        pages,
        pagesOf,
      };
    }
  });

  it.each(OUTPUTS)(
    "%s: A4, every sheet printed with every cell whole, no blank page, who a row is on every page",
    (output) => {
      const { sheets, pages, pagesOf } = printed[output];
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.every(isA4)).toBe(true);
      const findings = sheets.flatMap((sheet) =>
        printFindings(sheet, pagesOf.get(sheet.name) ?? [], {
          ids: output === "template" && sheet.name === "评分表",
          copy: COPIES[output]?.includes(sheet.name) ?? false,
        })
      );
      expect(findings).toEqual([]);
    }
  );

  it.each(OUTPUTS)(
    "%s: scores, ratios and dates in ux.md's formats (no TRUE / FALSE, no bare decimals)",
    (output) => {
      expect(printed[output].sheets.flatMap((sheet) => sheet.formatFindings)).toEqual([]);
    }
  );

  it.each(OUTPUTS)(
    "%s: wrapped rows tall enough for 16 pt CJK lines, no word broken across lines",
    (output) => {
      expect(printed[output].sheets.flatMap((sheet) => sheet.heightFindings)).toEqual([]);
    }
  );
}
