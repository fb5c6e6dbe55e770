import { rankJob } from "../../src/jobs/rank-job";
import { SCORE_SHEET } from "../../src/jobs/sheets/score-sheet";
import { TEMPLATE_SHEET } from "../../src/jobs/sheets/template-sheet";
import { validateJob } from "../../src/jobs/validate-job";
import { HIGHLIGHT_MARK, OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import type { Cell, Grid } from "../../src/workbook/port";
import { REGISTRY_SHEET, registryRows } from "../../src/workbook/registry-sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { ExcelFake, installExcelEnums } from "../support/excel-fake";
import { generatedScores } from "../support/generated-scores";
import { sampleTemplate } from "../support/samples";

installExcelEnums();

describe("OfficeWorkbook: reading", () => {
  it("reads the used range as typed cells in one sync, loading before it reads", async () => {
    const excel = new ExcelFake();
    excel.addSheet(
      "评分表",
      [
        ["工号", "得分", "日期", "合格", "错误"],
        ["A001", 0.12, 45931, true, "#N/A"],
      ],
      {
        types: [
          ["String", "String", "String", "String", "String"],
          ["String", "Double", "Double", "Boolean", "Error"],
        ],
        formats: [
          ["General", "General", "General", "General", "General"],
          ["@", "0.00%", "yyyy-mm-dd", "General", "General"],
        ],
      }
    );
    const snapshot = await new OfficeWorkbook(excel.run).read(["评分表", "没有这张表"]);
    expect(excel.syncs).toBe(1);
    expect(snapshot.sheets).toEqual([{ name: "评分表", owned: false }]);
    const expected: Cell[] = [
      { kind: "text", value: "A001" },
      { kind: "number", value: 0.12, format: "0.00%" },
      { kind: "date", value: 45931 },
      { kind: "boolean", value: true },
      { kind: "error", value: "#N/A" },
    ];
    expect(snapshot.grids.get("评分表")!.rows[1]).toEqual(expected);
    expect(snapshot.grids.has("没有这张表")).toBe(false);
  });
});

describe("OfficeWorkbook: writing", () => {
  it("writes user text as text, never as a formula, and formulas as formulas", async () => {
    const excel = new ExcelFake();
    const book = new OfficeWorkbook(excel.run);
    await book.write([
      {
        name: "名单",
        rows: [
          [
            { value: '=HYPERLINK("http://example.com")' },
            { value: "+8613800000000" },
            { value: "@张三" },
            { value: "-5" },
            { value: { formula: "=1+1", result: 2 } },
            { value: 3.5 },
          ],
        ],
        provenance: { kind: "summary" },
      },
    ]);
    expect(excel.sheet("名单")!.cells[0]).toEqual([
      '\'=HYPERLINK("http://example.com")',
      "'+8613800000000",
      "'@张三",
      "'-5",
      "=1+1",
      3.5,
    ]);
  });

  it("records its sheets in a very hidden registry, replaces only its own, and refuses a user's sheet", async () => {
    const excel = new ExcelFake();
    excel.addSheet("我的表", [["用户的数据"]]);
    const book = new OfficeWorkbook(excel.run);
    await expect(
      book.write([{ name: "我的表", rows: [], provenance: { kind: "ranking" } }])
    ).rejects.toThrow(/refusing to overwrite/);
    expect(excel.sheet("我的表")!.cells).toEqual([["用户的数据"]]);
    await book.write([{ name: "排名", rows: [[{ value: 1 }]], provenance: { kind: "ranking" } }]);
    await book.write([
      {
        name: "排名",
        rows: [[{ value: 2 }]],
        provenance: { kind: "ranking", templateFingerprint: "f" },
      },
    ]);
    expect(excel.sheets.filter((s) => s.name === "排名").map((s) => s.cells[0][0])).toEqual([2]);
    expect(excel.sheet(REGISTRY_SHEET)!.visibility).toBe("VeryHidden");
    const snapshot = await book.read([]);
    expect(snapshot.registry).toEqual({ 排名: { kind: "ranking", templateFingerprint: "f" } });
    expect(snapshot.sheets).toEqual([
      { name: "我的表", owned: false },
      { name: "排名", owned: true },
    ]);
  });

  it("highlights bad cells with its own conditional formats, replacing only its own on the next check", async () => {
    const excel = new ExcelFake();
    const sheet = excel.addSheet("评分表", [["工号"], ["A001"]]);
    sheet.conditionalFormats.push({
      id: "user-1",
      type: "CellValue",
      formula: "=A1>90",
      range: "A1:A9",
    });
    const book = new OfficeWorkbook(excel.run);
    await book.read(["评分表"]);
    await book.highlight("评分表", [
      { address: "H6", severity: "error" },
      { address: "K8", severity: "warning" },
    ]);
    expect(sheet.conditionalFormats.map((f) => [f.range, f.fill])).toEqual([
      ["A1:A9", undefined],
      ["H6", "#FFC7CE"],
      ["K8", "#FFEB9C"],
    ]);
    expect(sheet.conditionalFormats.slice(1).every((f) => f.formula.includes(HIGHLIGHT_MARK))).toBe(
      true
    );
    await book.read(["评分表"]);
    await book.highlight("评分表", []);
    expect(sheet.conditionalFormats.map((f) => f.id)).toEqual(["user-1"]);
  });
});

/** Copies a real .xlsx workbook's sheets into the fake (values and types, and the registry). */
async function fakeFrom(bytes: Uint8Array): Promise<ExcelFake> {
  const xlsx = await XlsxWorkbook.fromBuffer(bytes);
  const snapshot = await xlsx.read([SCORE_SHEET, TEMPLATE_SHEET]);
  const excel = new ExcelFake();
  const copy = (grid: Grid) => {
    const width = Math.max(...grid.rows.map((row) => row.length));
    const pad = <T>(row: T[], fill: T) => Array.from({ length: width }, (_, c) => row[c] ?? fill);
    excel.addSheet(
      grid.name,
      grid.rows.map((row) =>
        pad(
          row.map((cell) => ("value" in cell ? cell.value : null)),
          null
        )
      ),
      {
        types: grid.rows.map((row) =>
          pad(
            row.map(
              (cell) =>
                ({
                  empty: "Empty",
                  number: "Double",
                  date: "Double",
                  text: "String",
                  boolean: "Boolean",
                  error: "Error",
                })[cell.kind]
            ),
            "Empty"
          )
        ),
        formats: grid.rows.map((row) =>
          pad(
            row.map((cell) => (cell.kind === "number" && cell.format) || "General"),
            "General"
          )
        ),
      }
    );
  };
  copy(snapshot.grids.get(TEMPLATE_SHEET)!);
  copy(snapshot.grids.get(SCORE_SHEET)!);
  excel.addSheet(REGISTRY_SHEET, registryRows(snapshot.registry));
  return excel;
}

describe("OfficeWorkbook: round trips per job on a 10,000-row score sheet", () => {
  let excel: ExcelFake;
  beforeAll(async () => {
    excel = await fakeFrom((await generatedScores(sampleTemplate(), 10_000)).bytes);
  }, 120_000);

  it("validates in at most 2 syncs (the read, then the highlights)", async () => {
    const book = new OfficeWorkbook(excel.run);
    excel.syncs = 0;
    const result = await validateJob(book);
    expect(result.records).toHaveLength(10_000);
    await book.highlight(
      SCORE_SHEET,
      result.issues
        .filter((i) => i.cell?.startsWith(SCORE_SHEET))
        .map((i) => ({ address: i.cell!.split("!")[1], severity: i.severity }))
    );
    expect(excel.syncs).toBeLessThanOrEqual(2);
  }, 60_000);

  it("ranks in at most 4 syncs, each request under 5 MB", async () => {
    const book = new OfficeWorkbook(excel.run);
    excel.syncs = 0;
    excel.largestRequest = 0;
    const result = await rankJob(book, { period: "2025Q4" });
    expect(result.rankingSheet).toBe("排名 2025Q4");
    expect(excel.syncs).toBeLessThanOrEqual(4);
    expect(excel.largestRequest).toBeLessThan(5_000_000);
    const tab = excel.sheet("排名 2025Q4")!;
    expect(tab.cells[0][0]).toBe("2025年第四季度 运营考核排名");
    expect(tab.activated).toBe(true);
  }, 60_000);
});

describe("the fake enforces Office.js's load-then-sync rule", () => {
  it("gives no values to a range read without load()", async () => {
    const excel = new ExcelFake();
    excel.addSheet("表", [["a"]]);
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItemOrNullObject("表")
        .getUsedRangeOrNullObject();
      await context.sync();
      return range.values;
    });
    expect(values).not.toEqual([["a"]]);
    expect(String(values)).toMatch(/not loaded/i);
  });
});
