import { EMPTY, SheetTooLarge } from "../../src/workbook/port";
import { columnOf, MAX_FILLED_ROWS, pieces, XlsxFile } from "../../src/workbook/xlsx/xlsx-read";
import * as releasing from "../../src/workbook/xlsx/zip/release-bytes";
import { ZipError } from "../../src/workbook/xlsx/zip/zip-read";
import { handmadeXlsx } from "../support/handmade-xlsx";

const sheet = async (xml: string, extra: Partial<Parameters<typeof handmadeXlsx>[0]> = {}) =>
  XlsxFile.open(await handmadeXlsx({ sheets: [{ name: "表", xml }], ...extra })).grid("表")!;

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>';

describe("XlsxFile (the narrow reader)", () => {
  it("lists sheets in workbook order with their visibility, wherever the workbook part lives", async () => {
    const file = XlsxFile.open(
      await handmadeXlsx({
        workbookPart: "book/main.xml",
        sheets: [
          { name: "甲", xml: "" },
          { name: "乙 &amp; 丙", xml: "", state: "hidden" },
          { name: "_reg", xml: "", state: "veryHidden" },
        ],
      })
    );
    expect(file.sheets.map((s) => [s.name, s.state])).toEqual([
      ["甲", "visible"],
      ["乙 & 丙", "hidden"],
      ["_reg", "veryHidden"],
    ]);
    expect(file.grid("乙 & 丙")).toEqual({ name: "乙 & 丙", rows: [] });
    expect(file.grid("没有")).toBeNull();
  });

  it("types every kind of cell Excel writes", async () => {
    const grid = await sheet(
      '<row r="1">' +
        '<c r="A1" t="s"><v>0</v></c>' +
        '<c r="B1"><v>96.5</v></c>' +
        '<c r="C1" s="1"><v>45657</v></c>' +
        '<c r="D1" s="2"><v>0.125</v></c>' +
        '<c r="E1" t="b"><v>1</v></c>' +
        '<c r="F1" t="e"><v>#DIV/0!</v></c>' +
        '<c r="G1" t="str"><f>A1&amp;"x"</f><v>甲x</v></c>' +
        '<c r="H1"><f>B1*2</f><v>193</v></c>' +
        '<c r="I1" t="inlineStr"><is><t xml:space="preserve"> 行内 </t></is></c>' +
        '<c r="J1" s="3"><v>3</v></c>' +
        "</row>",
      { sharedStrings: ["张三"], styles: STYLES }
    );
    expect(grid.rows[0]).toEqual([
      { kind: "text", value: "张三" },
      { kind: "number", value: 96.5 },
      { kind: "date", value: 45657 },
      { kind: "number", value: 0.125, format: "0.0%" },
      { kind: "boolean", value: true },
      { kind: "error", value: "#DIV/0!" },
      { kind: "text", value: "甲x" },
      { kind: "number", value: 193 },
      { kind: "text", value: " 行内 " },
      { kind: "number", value: 3, format: "0.00" },
    ]);
  });

  it("reads each cell with its own type and style, however a column's cells alternate them", async () => {
    const grid = await sheet(
      '<row r="1"><c r="A1" s="2"><v>0.5</v></c><c r="B1" t="n"><v>7</v></c></row>' +
        '<row r="2"><c r="A2" s="3"><v>0.5</v></c><c r="B2" t="str"><v>7</v></c></row>' +
        '<row r="3"><c r="A3"><v>0.5</v></c><c r="B3" t="n" s="1"><v>7</v></c></row>' +
        '<row r="4"><c r="A4" s="2"><v>0.5</v></c><c r="B4" t="b"><v>1</v></c></row>' +
        '<row r="5"><c r="A5" s="3"><f>1/2</f><v>0.5</v></c><c r="B5" t="n"><v> 7 </v></c></row>',
      { styles: STYLES }
    );
    expect(grid.rows.map((cells) => cells[0])).toEqual([
      { kind: "number", value: 0.5, format: "0.0%" },
      { kind: "number", value: 0.5, format: "0.00" },
      { kind: "number", value: 0.5 },
      { kind: "number", value: 0.5, format: "0.0%" },
      { kind: "number", value: 0.5, format: "0.00" },
    ]);
    expect(grid.rows.map((cells) => cells[1])).toEqual([
      { kind: "number", value: 7 },
      { kind: "text", value: "7" },
      { kind: "date", value: 7 },
      { kind: "boolean", value: true },
      { kind: "number", value: 7 },
    ]);
  });

  it("joins rich-text runs and leaves phonetic guides out; decodes entities and Excel's _xHHHH_", async () => {
    const grid = await sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
      {
        sharedStrings:
          '<si><r><t>北京</t></r><r><rPr><b/></rPr><t>分行</t></r><rPh sb="0" eb="2"><t>ペキン</t></rPh></si>' +
          "<si><t>a&amp;b&lt;c&#x4E2D;_x000D_d</t></si>",
      }
    );
    expect(grid.rows[0]).toEqual([
      { kind: "text", value: "北京分行" },
      { kind: "text", value: "a&b<c中\rd" },
    ]);
  });

  it("places cells without references after the one before, and rows without numbers after the last", async () => {
    const grid = await sheet(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>'
    );
    expect(grid.rows).toEqual([
      [
        { kind: "number", value: 1 },
        { kind: "number", value: 2 },
      ],
      [],
      [],
      [EMPTY, EMPTY, { kind: "number", value: 3 }, { kind: "number", value: 4 }],
    ]);
  });

  it("keeps a merged range's value in its first cell only, and drops formatted blanks", async () => {
    const grid = await sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>标题</t></is></c><c r="C1" s="1"/></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><sheetData>'
    );
    expect(grid.rows[0]).toEqual([{ kind: "text", value: "标题" }]);
  });

  it("keeps what is not a number as SpreadsheetML writes one as text, so validation can name the cell", async () => {
    const grid = await sheet(
      '<row r="1"><c r="A1"><v>0x60</v></c><c r="B1"><v>1,5</v></c><c r="C1"><v>96abc</v></c><c r="D1"><v>1e999</v></c><c r="E1"><v>-1.5E-3</v></c></row>'
    );
    expect(grid.rows[0]).toEqual([
      { kind: "text", value: "0x60" },
      { kind: "text", value: "1,5" },
      { kind: "text", value: "96abc" },
      { kind: "text", value: "1e999" },
      { kind: "number", value: -0.0015 },
    ]);
  });

  it.each([
    ['<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "a row beyond Excel's last"],
    ['<row r="1"><c r="XFE1"><v>1</v></c></row>', "a column beyond XFD"],
    ['<row r="0"><c r="A0"><v>1</v></c></row>', "row 0"],
    ['<row r="1"><c r="A1" t="s"><v>5</v></c></row>', "a shared string that does not exist"],
  ])("refuses %s as a damaged file (%s)", async (xml) => {
    await expect(sheet(xml, { sharedStrings: ["甲"] })).rejects.toThrow(ZipError);
  });

  it("refuses a file whose bytes do not match their checksum", async () => {
    const bytes = await handmadeXlsx({
      sheets: [{ name: "表", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    // The data are intact; the checksums the central directory records are not.
    const broken = bytes.slice();
    const view = new DataView(broken.buffer);
    const eocd = broken.length - 22;
    let at = view.getUint32(eocd + 16, true);
    for (let k = 0; k < view.getUint16(eocd + 10, true); k++) {
      view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true);
      at += 46 + view.getUint16(at + 28, true);
    }
    expect(() => XlsxFile.open(broken)).toThrow(ZipError);
  });

  it("decodes a part in pieces cut only before a <row> tag, never inside a tag or a character", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>北京分行</t></is></c></row>' +
      '<rowBreaks/><row r="2"><c r="A2"><v>2</v></c></row><row\nr="3"/></sheetData></worksheet>';
    const bytes = new TextEncoder().encode(xml);
    for (const size of [1, 7, 40, 100, bytes.length]) {
      const cut = [...pieces(bytes, undefined, size)];
      expect(cut.join("")).toBe(xml);
      for (const piece of cut.slice(1)) expect(piece).toMatch(/^<row[\s>]/);
    }
    expect([...pieces(bytes, undefined, 1)]).toHaveLength(4);
  });

  it("reads a sheet and its shared text of megabytes as often as asked (their inflated bytes are let go)", async () => {
    const rows = 40_000;
    const names = Array.from({ length: rows }, (_, k) => `员工${k}号·北京分行营业部`);
    let xml = "";
    for (let r = 1; r <= rows; r++)
      xml += `<row r="${r}"><c r="A${r}" t="s"><v>${r - 1}</v></c><c r="B${r}"><v>${r}</v></c></row>`;
    expect(xml.length).toBeGreaterThan(2 << 20);
    const file = XlsxFile.open(
      await handmadeXlsx({ sheets: [{ name: "表", xml }], sharedStrings: names })
    );
    const release = jest.spyOn(releasing, "releaseBytes");
    const first = file.grid("表")!;
    // The sheet's XML and the shared text's, each inflated for this read, then let go.
    expect(release.mock.calls.map(([bytes]) => bytes.byteLength)).toEqual([0, 0]);
    release.mockRestore();
    const second = file.grid("表")!;
    expect(second).toEqual(first);
    expect(first.rows).toHaveLength(rows);
    expect(first.rows[rows - 1]).toEqual([
      { kind: "text", value: names[rows - 1] },
      { kind: "number", value: rows },
    ]);
  });

  it("refuses a sheet past the filled-row limit however few cells its rows fill", async () => {
    // Unstyled number cells only: no "s" in the part for megabytes (the reader's attribute search ran on).
    let xml = "";
    for (let r = 1; r <= MAX_FILLED_ROWS + 1; r++)
      xml += `<row r="${r}"><c r="C${r}"><v>${r}</v></c></row>`;
    const file = XlsxFile.open(await handmadeXlsx({ sheets: [{ name: "表", xml }] }));
    expect(() => file.grid("表")).toThrow(SheetTooLarge);
  });

  it("reads column letters as Excel numbers them", () => {
    expect(["A1", "Z9", "AA1", "XFD1048576", "$B$2", "1"].map(columnOf)).toEqual([
      0, 25, 26, 16383, -1, -1,
    ]);
  });
});
