/* eslint-disable office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies: nothing to load. */
import ExcelJS from "exceljs";
import { a1, columnLetters, freeSheetName } from "../../src/workbook/port";
import { REGISTRY_SHEET } from "../../src/workbook/registry-sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

async function reopen(book: ExcelJS.Workbook | XlsxWorkbook): Promise<XlsxWorkbook> {
  const bytes =
    book instanceof XlsxWorkbook
      ? await book.toBuffer()
      : new Uint8Array(await book.xlsx.writeBuffer());
  return XlsxWorkbook.fromBuffer(bytes);
}

describe("XlsxWorkbook: reading typed cells", () => {
  it("reads numbers (with their format), text, booleans, dates, errors, formula results and rich text", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("数据");
    sheet.getCell("A1").value = 0.12;
    sheet.getCell("A1").numFmt = "0.00%";
    sheet.getCell("B1").value = "张三";
    sheet.getCell("C1").value = true;
    sheet.getCell("D1").value = new Date(Date.UTC(2025, 9, 1));
    sheet.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    sheet.getCell("F1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    sheet.getCell("G1").value = { richText: [{ text: "授信" }, { text: "审批岗" }] };
    sheet.getCell("I1").value = "   ";
    sheet.getCell("B3").value = 7;
    const snapshot = await (await reopen(source)).read(["数据", "不存在"]);
    const grid = snapshot.grids.get("数据")!;
    expect(grid.rows[0].slice(0, 7)).toEqual([
      { kind: "number", value: 0.12, format: "0.00%" },
      { kind: "text", value: "张三" },
      { kind: "boolean", value: true },
      { kind: "date", value: 45931 },
      { kind: "error", value: "#N/A" },
      { kind: "number", value: 2 },
      { kind: "text", value: "授信审批岗" },
    ]);
    expect(grid.rows[0][7]).toEqual({ kind: "empty" });
    expect(grid.rows[1]).toEqual([]);
    expect(grid.rows[2][1]).toEqual({ kind: "number", value: 7 });
    expect(snapshot.grids.has("不存在")).toBe(false);
    expect(snapshot.sheets).toEqual([{ name: "数据", owned: false }]);
  });

  it("names cells as Excel does", () => {
    expect([
      columnLetters(0),
      columnLetters(25),
      columnLetters(26),
      columnLetters(701),
      columnLetters(702),
    ]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(a1(6, 6)).toBe("G7");
  });
});

describe("XlsxWorkbook: writing sheets", () => {
  it("writes user text as text, never as a formula", async () => {
    const book = XlsxWorkbook.empty();
    const risky = [
      '=HYPERLINK("http://example.com","点我")',
      "+8613800000000",
      "-5",
      "@user",
      "=1+1",
    ];
    await book.write([
      { name: "名单", rows: [risky.map((value) => ({ value }))], provenance: { kind: "summary" } },
    ]);
    const reopened = await reopen(book);
    const cells = (await reopened.model()).getWorksheet("名单")!.getRow(1);
    risky.forEach((text, c) => {
      expect(cells.getCell(c + 1).type).toBe(ExcelJS.ValueType.String);
      expect(cells.getCell(c + 1).value).toBe(text);
    });
  });

  it("writes formats, widths, frozen header, filter, validation, protection with unlocked inputs, and print set-up", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      {
        name: "表",
        rows: [
          [{ value: "得分", bold: true }],
          [{ value: 85.126, format: "0.00", unlocked: true }],
          [{ value: { formula: "=A2*2", result: 170.252 } }],
        ],
        columns: [{ width: 15 }],
        freeze: { rows: 1, columns: 0 },
        filter: "A1:A3",
        validations: [
          {
            kind: "decimal",
            range: "A2:A3",
            min: 0,
            max: 100,
            error: "请输入 0 到 100 之间的数字",
          },
        ],
        protect: true,
        print: {
          orientation: "landscape",
          fitToWidth: true,
          repeatRows: "1:1",
          repeatColumns: "A:A",
          area: "A1:B3",
          header: "内部资料 注意保密",
        },
        merges: ["A1:B1"],
        rowHeights: { 0: 24 },
        provenance: { kind: "ranking" },
      },
    ]);
    const sheet = (await (await reopen(book)).model()).getWorksheet("表")!;
    expect(sheet.getCell("A2").numFmt).toBe("0.00");
    expect(sheet.getColumn(1).width).toBe(15);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A2").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("A3").value).toEqual({ formula: "A2*2", result: 170.252 });
    expect(sheet.getCell("A2").dataValidation).toMatchObject({
      type: "decimal",
      formulae: [0, 100],
    });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
      printTitlesColumn: "A:A",
      printArea: "A1:B3",
    });
    expect(sheet.getCell("B1").isMerged).toBe(true);
    expect(sheet.getRow(1).height).toBe(24);
    expect(sheet.headerFooter.oddHeader).toContain("内部资料 注意保密");
  });

  it("records its own sheets in a very hidden registry, and replaces only those", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("我的表").getCell("A1").value = "用户的数据";
    const book = await reopen(source);
    await expect(
      book.write([{ name: "我的表", rows: [], provenance: { kind: "ranking" } }])
    ).rejects.toThrow(/refusing to overwrite/);
    await book.write([
      {
        name: "排名",
        rows: [[{ value: 1 }]],
        provenance: { kind: "ranking", templateFingerprint: "abc" },
      },
    ]);
    await book.write([
      {
        name: "排名",
        rows: [[{ value: 2 }]],
        provenance: { kind: "ranking", templateFingerprint: "def" },
      },
    ]);
    const reopened = await reopen(book);
    const snapshot = await reopened.read(["排名", "我的表"]);
    expect(snapshot.sheets).toEqual([
      { name: "我的表", owned: false },
      { name: "排名", owned: true },
    ]);
    expect(snapshot.registry).toEqual({ 排名: { kind: "ranking", templateFingerprint: "def" } });
    expect(snapshot.grids.get("排名")!.rows[0][0]).toEqual({ kind: "number", value: 2 });
    expect(snapshot.grids.get("我的表")!.rows[0][0]).toEqual({ kind: "text", value: "用户的数据" });
    expect((await reopened.model()).getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
  });
});

describe("freeSheetName", () => {
  const snapshot = {
    sheets: [
      { name: "排名 2025Q4", owned: false },
      { name: "排名 2025Q4 (2)", owned: false },
      { name: "汇总", owned: true },
    ],
  };
  it("keeps to 31 characters without [ ] : * ? / \\, control characters or an apostrophe at an end", () => {
    expect(freeSheetName("排名 2025/Q4: [试算]*?", { sheets: [] })).toBe("排名 2025 Q4 试算");
    expect(freeSheetName("排名 \u001b[2J\u0007", { sheets: [] })).toBe("排名 2J");
    expect(freeSheetName("排名 '", { sheets: [] })).toBe("排名");
    expect(freeSheetName("'a'b'", { sheets: [] })).toBe("a'b");
    expect(freeSheetName("x".repeat(40), { sheets: [] })).toHaveLength(31);
  });
  it("adds a suffix rather than take a user's sheet, and reuses its own", () => {
    expect(freeSheetName("排名 2025Q4", snapshot)).toBe("排名 2025Q4 (3)");
    expect(freeSheetName("汇总", snapshot)).toBe("汇总");
  });
});

describe("XlsxWorkbook: numbers as Excel shows them", () => {
  it("stores 15 significant digits, with no float noise behind the display", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      {
        name: "数",
        rows: [
          [
            { value: 200 / 3 },
            { value: 0.1 + 0.2 },
            { value: { formula: "A1*1", result: 89.99999999999999 } },
          ],
        ],
        provenance: { kind: "summary" },
      },
    ]);
    const sheet = (await book.model()).getWorksheet("数")!;
    expect(sheet.getCell("A1").value).toBe(66.6666666666667);
    expect(sheet.getCell("B1").value).toBe(0.3);
    expect(sheet.getCell("C1").value).toEqual({ formula: "A1*1", result: 90 });
  });
});
