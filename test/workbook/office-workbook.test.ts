/* The Office adapter on the strict fake: each case is a way real Excel refuses or changes what a kinder
 * fake let through (issue 9). */
import { rankJob } from "../../src/jobs/assessment/rank-job";
import { SCORE_SHEET } from "../../src/jobs/assessment/score-sheet";
import { TEMPLATE_SHEET } from "../../src/jobs/shared/template-sheet";
import { templateJob } from "../../src/jobs/assessment/template-job";
import { validateJob } from "../../src/jobs/assessment/validate-job";
import { HIGHLIGHT_MARK, OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import {
  HighlightsUnavailable,
  WorkbookRefusal,
  type Cell,
  type OutCell,
  type SheetSpec,
} from "../../src/workbook/port";
import { REGISTRY_SHEET } from "../../src/workbook/registry-sheet";
import { generatedRows } from "../support/generated-scores";
import { sampleTemplate } from "../support/samples";
import { fillByHand } from "../support/strict-excel/fill-by-hand";
import {
  installExcelEnums,
  PAYLOAD_LIMIT,
  StrictExcel,
} from "../support/strict-excel/strict-excel";
import { registryOf } from "../support/strict-excel/workbook-state";

installExcelEnums();

const spec = (name: string, rows: OutCell[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  rows,
  provenance: { kind: "summary" },
  ...extra,
});
const area = (r0: number, c0: number, r1 = r0, c1 = c0) => ({ r0, c0, r1, c1 });

/** A workbook as HR hands it out (权重模板 protected, 评分表 protected with unlocked inputs), filled by hand. */
async function filledWorkbook(rows = 40) {
  const excel = new StrictExcel();
  const book = new OfficeWorkbook(excel.run);
  const loaded = sampleTemplate();
  await templateJob(book, { template: loaded, rows, now: new Date(2025, 11, 31) });
  fillByHand(excel, loaded, generatedRows(loaded, rows));
  return { excel, book, loaded };
}

describe("OfficeWorkbook: reading", () => {
  it("reads the used range as typed cells in one sync, loading before it reads", async () => {
    const excel = new StrictExcel();
    excel.addSheet(
      "评分表",
      [
        ["工号", "得分", "日期", "合格", "错误", "负数红色", "大写数字"],
        ["A001", 0.12, 45931, true, "#N/A", -3, 12],
      ],
      {
        types: [
          ["String", "String", "String", "String", "String", "String", "String"],
          ["String", "Double", "Double", "Boolean", "Error", "Double", "Double"],
        ],
        formats: [
          ["General", "General", "General", "General", "General", "General", "General"],
          ["@", "0.00%", "yyyy-mm-dd", "General", "General", "0.00;[Red]-0.00", "[DBNum1]0"],
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
      // Colours and Chinese numerals are not dates.
      { kind: "number", value: -3, format: "0.00;[Red]-0.00" },
      { kind: "number", value: 12, format: "[DBNum1]0" },
    ];
    expect(snapshot.grids.get("评分表")!.rows[1]).toEqual(expected);
    expect(snapshot.grids.has("没有这张表")).toBe(false);
  });

  it("reads and validates a sheet that holds a user's data bar and the ranking tab's cell-value formats", async () => {
    const { excel, book } = await filledWorkbook();
    excel
      .sheet(SCORE_SHEET)!
      .conditionalFormats.push(
        { type: "DataBar", range: "F4:F43", areas: [area(3, 5, 42, 5)] },
        { type: "CellValue", range: "A4:A43", areas: [area(3, 0, 42, 0)], formula: '="优秀"' }
      );
    const result = await validateJob(book);
    expect(result.records).toHaveLength(40);
    await rankJob(book, { period: "2025Q4" });
    // The ranking tab has cell-value formats of its own: a second rank reads past them too.
    await rankJob(book, { period: "2025Q4", sheet: SCORE_SHEET });
    expect(excel.sheet("排名 2025Q4")).toBeDefined();
  });

  it("reads a large sheet in chunks, every response under 5 MB", async () => {
    const excel = new StrictExcel();
    const long = "中国工商银行股份有限公司北京市分行营业部运营管理岗".repeat(4);
    excel.addSheet(
      "名单",
      Array.from({ length: 12_000 }, (_, r) => [`E${r}`, long, long, r])
    );
    const snapshot = await new OfficeWorkbook(excel.run).read(["名单"]);
    expect(snapshot.grids.get("名单")!.rows).toHaveLength(12_000);
    expect(snapshot.grids.get("名单")!.rows[11_999][3]).toEqual({ kind: "number", value: 11_999 });
    expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.syncs).toBeGreaterThan(1);
  });
});

describe("OfficeWorkbook: reading what does not fit the first window", () => {
  it("reads a sheet wider than the window in chunks", async () => {
    const excel = new StrictExcel();
    excel.addSheet(
      "宽表",
      Array.from({ length: 50 }, (_, r) => Array.from({ length: 100 }, (_, c) => r * 100 + c))
    );
    const grid = (await new OfficeWorkbook(excel.run).read(["宽表"])).grids.get("宽表")!;
    expect(grid.rows).toHaveLength(50);
    expect(grid.rows[49][99]).toEqual({ kind: "number", value: 4999 });
  });

  it("reads again in smaller pieces when Excel says a response is too large", async () => {
    const excel = new StrictExcel();
    const long = "岗位职责".repeat(500); // 6 KB of UTF-8 a cell
    excel.addSheet(
      "说明",
      Array.from({ length: 900 }, (_, r) => [r, long, long])
    );
    const grid = (await new OfficeWorkbook(excel.run).read(["说明"])).grids.get("说明")!;
    expect(grid.rows).toHaveLength(900);
    expect(grid.rows[899]).toEqual([
      { kind: "number", value: 899 },
      { kind: "text", value: long },
      { kind: "text", value: long },
    ]);
    expect(excel.requests.some((r) => r.response > PAYLOAD_LIMIT)).toBe(true);
  });
});

describe("OfficeWorkbook: writing", () => {
  it("writes text as text: ids keep their zeros, nothing becomes a date, a boolean or a formula", async () => {
    const excel = new StrictExcel();
    const texts = [
      "001234",
      "1-2",
      "TRUE",
      "12%",
      "2025-01-02",
      '=HYPERLINK("http://example.com")',
      "+8613800000000",
      "@张三",
      "-5",
      "'引号",
    ];
    await new OfficeWorkbook(excel.run).write([
      spec("名单", [
        texts.map((value) => ({ value })),
        [{ value: { formula: "=1+1", result: 2 } }, { value: 3.5 }],
      ]),
    ]);
    const sheet = excel.sheet("名单")!;
    expect(sheet.values[0]).toEqual(texts);
    expect(sheet.types[0].every((type) => type === "String")).toBe(true);
    expect(sheet.formulas[1][0]).toBe("=1+1");
    expect(sheet.values[1][1]).toBe(3.5);
  });

  it("writes formulas as a user types them: no _xlfn. prefix, so Excel knows the function", async () => {
    const { excel, book } = await filledWorkbook();
    await rankJob(book, { period: "2025Q4", live: true });
    const tab = excel.sheet("排名 2025Q4")!;
    const formulas = tab.formulas.flat().filter((f): f is string => Boolean(f));
    expect(
      formulas.some((f) => f.includes("RANK.EQ") || f.includes("SUMPRODUCT") || f.includes("ROUND"))
    ).toBe(true);
    expect(formulas.filter((f) => /_xl/i.test(f))).toEqual([]);
    expect(tab.values.flat()).not.toContain("#NAME?");
    // Calculation was suspended while writing: the live formulas were calculated afterwards.
    expect(tab.stale.size).toBe(0);
  });

  it("writes a second time: the very hidden registry is rewritten in place, never deleted", async () => {
    const excel = new StrictExcel();
    excel.addSheet("我的表", [["用户的数据"]]);
    const book = new OfficeWorkbook(excel.run);
    await book.write([spec("排名", [[{ value: 1 }]], { provenance: { kind: "ranking" } })]);
    const registry = excel.sheet(REGISTRY_SHEET)!;
    expect(registry.visibility).toBe("VeryHidden");
    await book.write([
      spec("排名", [[{ value: 2 }]], { provenance: { kind: "ranking", templateFingerprint: "f" } }),
    ]);
    await book.write([spec("汇总", [[{ value: "x" }]])]);
    expect(excel.sheet(REGISTRY_SHEET)).toBe(registry);
    expect(registry.visibility).toBe("VeryHidden");
    expect(excel.sheet("排名")!.values[0][0]).toBe(2);
    const snapshot = await book.read([]);
    expect(snapshot.registry).toEqual({
      排名: { kind: "ranking", templateFingerprint: "f" },
      汇总: { kind: "summary" },
    });
    expect(snapshot.sheets).toEqual([
      { name: "我的表", owned: false },
      { name: "排名", owned: true },
      { name: "汇总", owned: true },
    ]);
  });

  it("refuses to write over a user's sheet, and leaves it as it was", async () => {
    const excel = new StrictExcel();
    excel.addSheet("我的表", [["用户的数据"]]);
    const book = new OfficeWorkbook(excel.run);
    await expect(book.write([spec("我的表", [])])).rejects.toThrow(WorkbookRefusal);
    await expect(book.write([spec("我的表", [])])).rejects.toMatchObject({
      code: "userSheet",
      sheet: "我的表",
    });
    expect(excel.valuesOf("我的表")).toEqual([["用户的数据"]]);
  });

  it("forgets a sheet the user deleted: a new sheet of the user's with that name is not taken for its own", async () => {
    const excel = new StrictExcel();
    excel.addSheet("封面", [["封面"]]);
    const book = new OfficeWorkbook(excel.run);
    await book.write([spec("排名 2025Q4", [[{ value: 1 }]], { provenance: { kind: "ranking" } })]);
    excel.deleteByHand("排名 2025Q4");
    await book.write([spec("汇总", [[{ value: "x" }]])]);
    excel.addSheet("排名 2025Q4", [["我自己的排名"]]);
    expect((await book.read([])).sheets).toContainEqual({ name: "排名 2025Q4", owned: false });
    await expect(
      book.write([spec("排名 2025Q4", [[{ value: 2 }]], { provenance: { kind: "ranking" } })])
    ).rejects.toMatchObject({ code: "userSheet" });
    expect(excel.valuesOf("排名 2025Q4")).toEqual([["我自己的排名"]]);
  });

  it("rewrites its own sheet in place: the tab keeps its position and formulas pointing at it keep working", async () => {
    const { excel, book } = await filledWorkbook();
    await rankJob(book, { period: "2025Q4" });
    excel.addSheet("我的汇报", [[null]], { formulas: [["='排名 2025Q4'!A1"]] });
    const before = excel.sheets.map((s) => s.name);
    await rankJob(book, { period: "2025Q4" });
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.sheet("我的汇报")!.formulas[0][0]).toBe("='排名 2025Q4'!A1");
    // The protected 权重模板 is the add-in's too: rewritten in place, protected again.
    const template = excel.sheet(TEMPLATE_SHEET)!;
    await book.write([{ ...(await templateSpec(book)), name: TEMPLATE_SHEET }]);
    expect(excel.sheet(TEMPLATE_SHEET)).toBe(template);
    expect(template.protection.protected).toBe(true);
  });

  it("rewrites its own sheet when it is the only visible one", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    await book.write([spec("汇总", [[{ value: 1 }]])]);
    excel.sheets = excel.sheets.filter((s) => s.name === "汇总" || s.name === REGISTRY_SHEET);
    await book.write([spec("汇总", [[{ value: 2 }]])]);
    expect(excel.valuesOf("汇总")).toEqual([[2]]);
  });

  it("freezes rows and columns together", async () => {
    const excel = new StrictExcel();
    await new OfficeWorkbook(excel.run).write([
      spec("汇总", [[{ value: 1 }]], { freeze: { rows: 3, columns: 5 } }),
      spec("提交情况", [[{ value: 1 }]], { freeze: { rows: 3, columns: 0 } }),
    ]);
    expect(excel.sheet("汇总")!.freeze).toEqual({ rows: 3, columns: 5 });
    expect(excel.sheet("提交情况")!.freeze).toEqual({ rows: 3, columns: 0 });
  });

  it("sizes requests in UTF-8 bytes, syncs each sheet's last block, and counts style calls", async () => {
    const excel = new StrictExcel();
    // 1.2 million Chinese characters per sheet: 1.2 M UTF-16 units, 3.6 MB of UTF-8.
    const text = "运营考核评价岗位责任制".repeat(20);
    const chinese = (name: string) =>
      spec(
        name,
        Array.from({ length: 6_000 }, () => [{ value: text }])
      );
    // 20,000 rows of unlocked input cells (each one a format call if written cell by cell).
    const inputs = spec(
      "评分表",
      Array.from({ length: 20_000 }, () =>
        Array.from({ length: 10 }, () => ({ value: null, unlocked: true }))
      ),
      { protect: true }
    );
    await new OfficeWorkbook(excel.run).write([chinese("甲"), chinese("乙"), inputs]);
    expect(excel.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.valuesOf("乙")[5_999][0]).toBe(text);
    expect(excel.sheet("评分表")!.protection.protected).toBe(true);
  });
});

async function templateSpec(book: OfficeWorkbook): Promise<SheetSpec> {
  const { templateSheetSpec } = await import("../../src/jobs/shared/template-sheet");
  void book;
  return templateSheetSpec(sampleTemplate(), "2026-01-01 00:00");
}

describe("OfficeWorkbook: the duties workbook's hidden sheet and lenient drop-down", () => {
  it("hides a sheet asked to be hidden (a user can unhide it), and asks rather than refuses off-list roles", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    await book.write([
      spec("权责矩阵", [[{ value: "流程编号" }]], {
        activate: true,
        validations: [
          {
            kind: "list",
            range: "D4:F10",
            values: ["发起", "决策"],
            alert: "warning",
            error: "确定？",
          },
          { kind: "list", range: "C4:C10", values: ["业务变化", "监管变化"], error: "只能是…" },
        ],
      }),
      spec("工作日历", [[{ value: { date: 45931 } }]], { hidden: true }),
    ]);
    expect(excel.sheet("工作日历")!.visibility).toBe("Hidden");
    expect(excel.sheet("权责矩阵")!.visibility).toBe("Visible");
    const alerts = excel
      .sheet("权责矩阵")!
      .validations.map((v) => (v.errorAlert as { style: string }).style);
    expect(alerts).toEqual(["Warning", "Stop"]);
  });
});

describe("OfficeWorkbook: highlights", () => {
  const ours = (excel: StrictExcel, name: string) =>
    excel.sheet(name)!.conditionalFormats.filter((f) => f.formula?.includes(HIGHLIGHT_MARK));

  it("replaces only its own formats, whatever the priorities of the user's", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("评分表", [["工号"], ["A001"]]);
    sheet.conditionalFormats.push({
      type: "Custom",
      range: "A1:A9",
      areas: [area(0, 0, 8, 0)],
      formula: "=A1>90",
    });
    const book = new OfficeWorkbook(excel.run);
    await book.read(["评分表"]);
    await book.highlight("评分表", [
      { address: "H6", severity: "error" },
      { address: "K8", severity: "warning" },
    ]);
    // Added at the top, one after the other: the warnings' format is above the errors'.
    expect(ours(excel, "评分表").map((f) => [f.areas, f.fill])).toEqual([
      [[area(7, 10)], "#FFEB9C"],
      [[area(5, 7)], "#FFC7CE"],
    ]);
    // The user adds formats of their own above and below ours: our ids are now 1 and 2, theirs 0 and 3.
    sheet.conditionalFormats.unshift({
      type: "DataBar",
      range: "B2:B9",
      areas: [area(1, 1, 8, 1)],
    });
    await book.read(["评分表"]);
    await book.highlight("评分表", []);
    expect(sheet.conditionalFormats.map((f) => f.type)).toEqual(["DataBar", "Custom"]);
    expect(sheet.conditionalFormats[1].formula).toBe("=A1>90");
  });

  it("marks cells on the protected 评分表 it generated, and protects it again as it was", async () => {
    const { excel, book } = await filledWorkbook();
    const scores = excel.sheet(SCORE_SHEET)!;
    const options = { ...scores.protection.options };
    scores.values[5][6] = "九十六";
    scores.types[5][6] = "String";
    const result = await validateJob(book);
    const cells = result.issues
      .filter((issue) => issue.cell?.startsWith(`${SCORE_SHEET}!`))
      .map((issue) => ({ address: issue.cell!.split("!")[1], severity: issue.severity }));
    expect(cells.length).toBeGreaterThan(0);
    await book.highlight(SCORE_SHEET, cells);
    expect(ours(excel, SCORE_SHEET).length).toBeGreaterThan(0);
    expect(scores.protection).toMatchObject({ protected: true, options });
    // Corrected: the next (clean) check takes the marks away.
    scores.values[5][6] = 96;
    scores.types[5][6] = "Double";
    const corrected = await validateJob(book);
    await book.highlight(
      SCORE_SHEET,
      corrected.issues
        .filter((i) => i.cell?.startsWith(SCORE_SHEET))
        .map((i) => ({ address: i.cell!.split("!")[1], severity: i.severity }))
    );
    const errors = ours(excel, SCORE_SHEET)
      .filter((f) => f.fill === "#FFC7CE")
      .flatMap((f) => f.areas);
    expect(errors).not.toContainEqual(area(5, 6));
    expect(scores.protection).toMatchObject({ protected: true, options });
  });

  it("a clean check of a protected sheet with no marks does not fail; checked again, it costs no round trip", async () => {
    const excel = new StrictExcel();
    excel.addSheet("评分表", [["工号"], ["A001"]]).protection = {
      protected: true,
      options: {},
      password: "secret",
    };
    const book = new OfficeWorkbook(excel.run);
    await book.read(["评分表"]);
    excel.resetCounts();
    // Formats are read only for the sheet being marked, so the first clean check looks once.
    await book.highlight("评分表", []);
    expect(excel.syncs).toBe(1);
    await book.read(["评分表"]);
    excel.resetCounts();
    await book.highlight("评分表", []);
    expect(excel.syncs).toBe(0);
  });

  it("leaves a sheet the user protected alone, and says so", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("评分表", [["工号"], ["A001"]]);
    sheet.protection = { protected: true, options: {}, password: "secret" };
    const book = new OfficeWorkbook(excel.run);
    await book.read(["评分表"]);
    await expect(
      book.highlight("评分表", [{ address: "A2", severity: "error" }])
    ).rejects.toMatchObject({
      code: "protectedSheet",
      sheet: "评分表",
    });
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.protection.protected).toBe(true);
  });
});

describe("OfficeWorkbook: page breaks", () => {
  it("puts a break before each page's first row, before protecting, and clears old ones on a rewrite", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    const rows = Array.from({ length: 9 }, (_, r) => [{ value: `行${r + 1}` }]);
    await book.write([spec("反馈", rows, { pageBreaks: [3, 6], protect: true })]);
    expect(excel.sheet("反馈")!.pageBreaks).toEqual([3, 6]);
    await book.write([spec("反馈", rows.slice(0, 5), { pageBreaks: [2], protect: true })]);
    expect(excel.sheet("反馈")!.pageBreaks).toEqual([2]);
  });
});

describe("OfficeWorkbook: what a bank's desktops found (issue 21)", () => {
  it("checks every protected target before lifting any: a password on a later sheet leaves all as they were and names that sheet", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    const own = { protect: true, provenance: { kind: "summary" as const } };
    await book.write([
      spec("汇总", [[{ value: "旧" }]], own),
      spec("提交情况", [[{ value: "旧" }]], own),
    ]);
    // The user protects the second with a password of their own.
    excel.sheet("提交情况")!.protection = { protected: true, options: {}, password: "secret" };
    const before = registryOf(excel);
    await expect(
      book.write([
        spec("汇总", [[{ value: "新" }]], own),
        spec("提交情况", [[{ value: "新" }]], own),
      ])
    ).rejects.toMatchObject({ code: "protectedSheet", sheet: "提交情况" });
    expect(excel.sheet("汇总")!.protection.protected).toBe(true);
    expect(excel.valuesOf("汇总")).toEqual([["旧"]]);
    expect(excel.valuesOf("提交情况")).toEqual([["旧"]]);
    expect(registryOf(excel)).toEqual(before);
  });

  it("suspends screen updating once a job, not once a request", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    const loaded = sampleTemplate();
    await templateJob(book, { template: loaded, rows: 10_000, now: new Date(2025, 11, 31) });
    fillByHand(excel, loaded, generatedRows(loaded, 10_000));
    excel.resetCounts();
    await rankJob(book, { period: "2025Q4" });
    expect(excel.syncs).toBeGreaterThan(3);
    expect(excel.screenSuspensions).toBe(1);
  });

  it("reads a sheet formatted far down as far as its values go", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("评分表", [
      ["工号", "得分"],
      ["A001", 90],
      ["A002", 85],
    ]);
    // A whole column given a number format, as a user does by clicking the column's header.
    for (let r = 0; r < 1_048_576; r += 1) (sheet.formats[r] ??= [])[1] = "0.00";
    const snapshot = await new OfficeWorkbook(excel.run).read(["评分表"]);
    expect(excel.syncs).toBe(1);
    expect(snapshot.grids.get("评分表")!.rows).toHaveLength(3);
  });

  it("reads and writes a workbook whose formats Excel cannot read back (office-js#6827, #6835)", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("评分表", [
      ["工号", "得分"],
      ["A001", 90],
    ]);
    // Greater than, then less than, on one range (#6827); a duplicated rule (#6835).
    for (const formula of [">90", "<60"])
      sheet.conditionalFormats.push({
        type: "CellValue",
        range: "B2:B9",
        areas: [area(1, 1, 8, 1)],
        formula,
      });
    excel.addSheet("备注", [["说明"]]).conditionalFormatsUnreadable = true;
    const book = new OfficeWorkbook(excel.run);
    const snapshot = await book.read(["评分表", "备注"]);
    expect(snapshot.grids.get("评分表")!.rows[1][0]).toEqual({ kind: "text", value: "A001" });
    await book.write([spec("汇总", [[{ value: "合计" }]])]);
    expect(excel.valuesOf("汇总")).toEqual([["合计"]]);
    // Only highlighting reads formats, and says it could not, with the sheet.
    for (const name of ["评分表", "备注"])
      await expect(
        book.highlight(name, [{ address: "A2", severity: "error" }])
      ).rejects.toBeInstanceOf(HighlightsUnavailable);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it("records the sheets of a write as being written until its last request, then as complete", async () => {
    const excel = new StrictExcel();
    excel.addSheet("封面", [["运营考核"]]);
    const book = new OfficeWorkbook(excel.run);
    const rows = Array.from({ length: 30_000 }, (_, r) => [
      { value: `第 ${r} 行：${"说明".repeat(40)}` },
    ]);
    excel.failRequest({ at: 3, keep: 0 });
    await expect(book.write([spec("汇总", rows), spec("提交情况", rows)])).rejects.toThrow(
      /injected/
    );
    // Stopped halfway: both are the add-in's, both unfinished, and the next read says so.
    expect(registryOf(excel)).toMatchObject({
      汇总: { kind: "summary", state: "writing" },
      提交情况: { kind: "summary", state: "writing" },
    });
    const snapshot = await book.read(["汇总"]);
    expect(snapshot.sheets.find((s) => s.name === "汇总")).toEqual({ name: "汇总", owned: true });
    await book.write([spec("汇总", rows), spec("提交情况", rows)]);
    expect(registryOf(excel)!["汇总"].state).toBeUndefined();
    expect(excel.valuesOf("汇总")).toHaveLength(30_000);
    expect(excel.sheet(REGISTRY_SHEET)!.visibility).toBe("VeryHidden");
  });
});

describe("OfficeWorkbook: a rewrite stopped at any call", () => {
  it("leaves every cell of an owned sheet with its old value or its new one, never blank", async () => {
    const row = (id: number, state: string) => [{ value: `SS-2025Q4-00${id}` }, { value: state }];
    const old = [1, 2, 3].map((id) => row(id, "已登记"));
    const next = [
      ...[1, 2, 3].map((id) => row(id, id === 2 ? "已受理" : "已登记")),
      row(4, "已登记"),
    ];
    const ready = async () => {
      const excel = new StrictExcel();
      excel.addSheet("封面", [["运营考核"]]);
      const book = new OfficeWorkbook(excel.run);
      await book.write([spec("申诉登记", old)]);
      excel.resetCounts();
      return { excel, book };
    };
    const reference = await ready();
    await reference.book.write([spec("申诉登记", next)]);
    // The look at the workbook, then one request with every call of the rewrite.
    expect(reference.excel.syncs).toBe(2);
    const calls = reference.excel.requests[1].calls;
    expect(calls).toBeGreaterThan(10);
    for (let keep = 0; keep <= calls; keep++) {
      const { excel, book } = await ready();
      excel.failRequest({ at: 2, keep });
      await expect(book.write([spec("申诉登记", next)])).rejects.toThrow(/injected/);
      const values = excel.valuesOf("申诉登记");
      for (let r = 0; r < 3; r++)
        for (let c = 0; c < 2; c++)
          expect([keep, r, c, [old[r][c].value, next[r][c].value]]).toEqual([
            keep,
            r,
            c,
            expect.arrayContaining([values[r]?.[c]]),
          ]);
      if (keep === calls)
        expect(values).toEqual(next.map((cells) => cells.map((cell) => cell.value)));
    }
  });
});

describe("OfficeWorkbook: number formats and values per rectangle, not per cell (issue 27)", () => {
  const formatOfCell = (sheet: { formats: string[][] }, r: number, c: number) =>
    sheet.formats[r]?.[c] ?? "General";

  it("sends a column of equal formats once, however many rows it has", async () => {
    const excel = new StrictExcel();
    const rows: OutCell[][] = Array.from({ length: 5_000 }, (_, r) => [
      { value: `E${String(r).padStart(5, "0")}` },
      { value: r / 7 },
      { value: null },
    ]);
    await new OfficeWorkbook(excel.run).write([
      spec("名单", rows, { columns: [{}, { format: "0.00" }, { format: "0.00" }] }),
    ]);
    const sheet = excel.sheet("名单")!;
    // Text as Text, then columns B and C together: two calls, not 15,000 cells (and the registry's two: its
    // rows as Text in the first request and in the last).
    expect(excel.requestBytesByKind.get("numberFormat")).toEqual({
      calls: 4,
      bytes: expect.any(Number),
    });
    expect(excel.requestBytesByKind.get("numberFormat")!.bytes).toBeLessThan(1_000);
    for (const r of [0, 2_500, 4_999]) {
      expect([0, 1, 2].map((c) => formatOfCell(sheet, r, c))).toEqual(["@", "0.00", "0.00"]);
      expect(sheet.types[r][0]).toBe("String");
    }
    expect(sheet.values[4_999][0]).toBe("E04999");
    expect(formatOfCell(sheet, 5_000, 1)).toBe("General");
  });

  it("writes a row that would be taller than Excel's 409 points at 409", async () => {
    const excel = new StrictExcel();
    await new OfficeWorkbook(excel.run).write([
      spec("表", [[{ value: "很长的原因", wrap: true }], [{ value: "x" }]], {
        rowHeights: { 0: 900, 1: 30 },
      }),
    ]);
    const { formatAt } = await import("../support/strict-excel/model");
    const sheet = excel.sheet("表")!;
    expect([formatAt(sheet, 0, 0, "rowHeight"), formatAt(sheet, 1, 0, "rowHeight")]).toEqual([
      409, 30,
    ]);
  });

  it("aligns a cell left, centre or right as Excel spells it (Excel.HorizontalAlignment)", async () => {
    const excel = new StrictExcel();
    await new OfficeWorkbook(excel.run).write([
      spec("表", [
        [
          { value: "满分", bold: true },
          { value: 100, align: "left" },
          { value: "总分", bold: true, fill: "DDEBF7", align: "right" },
          { value: 5 },
          { value: "优秀", align: "center" },
        ],
      ]),
    ]);
    const sheet = excel.sheet("表")!;
    const { formatAt } = await import("../support/strict-excel/model");
    expect([0, 1, 2, 3, 4].map((c) => formatAt(sheet, 0, c, "align"))).toEqual([
      undefined,
      "Left",
      "Right",
      undefined,
      "Center",
    ]);
  });

  it("writes a column of mixed formats cell for cell, over an old sheet's formats, text still text", async () => {
    const excel = new StrictExcel();
    const book = new OfficeWorkbook(excel.run);
    const kinds: OutCell[] = [
      { value: "001234" },
      { value: 12.5 },
      { value: "=不是公式" },
      { value: null },
      { value: { date: 45_000 } },
      { value: 0.25, format: "0.00%" },
      { value: "-5" },
      { value: true },
    ];
    // Every cell of column A changes format from the row above (a matrix), column B in long runs (rectangles).
    const rows = (shift: number): OutCell[][] =>
      Array.from({ length: 3_000 }, (_, r) => [
        kinds[(r + shift) % kinds.length],
        r < 1_000 + shift ? { value: "文本" } : { value: r },
      ]);
    await book.write([spec("名单", rows(3), { columns: [{}, { format: "0.0" }] })]);
    await book.write([spec("名单", rows(0), { columns: [{}, { format: "0.0" }] })]);
    const sheet = excel.sheet("名单")!;
    const { formatsOf } = await import("../../src/workbook/office/office-cells");
    const expected = formatsOf(rows(0), 2, [undefined, "0.0"]);
    for (let r = 0; r < 3_000; r++)
      for (const c of [0, 1])
        expect([r, c, formatOfCell(sheet, r, c)]).toEqual([r, c, expected[r][c]]);
    expect(sheet.values[0].slice(0, 2)).toEqual(["001234", "文本"]);
    expect(sheet.types[0][0]).toBe("String");
    expect(sheet.values[2][0]).toBe("=不是公式");
    expect(sheet.formulas[2][0]).toBeUndefined();
    expect(sheet.values[6][0]).toBe("-5");
    expect(sheet.values[2_999][1]).toBe(2_999);
  });

  it("never sends a request over its limit, whatever the rows (property)", async () => {
    const { writeSheets } = await import("../../src/workbook/office/office-write");
    const fc = (await import("fast-check")).default;
    const cell = fc.oneof(
      fc.constant<OutCell>({ value: null }),
      fc.string({ maxLength: 30 }).map((value): OutCell => ({ value })),
      fc
        .constantFrom("=SUM(A1)", "001", "1-2", "'x", "@a", "中文文本".repeat(5))
        .map((value): OutCell => ({ value })),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value): OutCell => ({ value })),
      fc
        .constantFrom("0.00", "0.00%", "yyyy-mm-dd")
        .map((format): OutCell => ({ value: 1, format })),
      fc.record({
        value: fc.constant<OutCell["value"]>("x"),
        bold: fc.boolean(),
        unlocked: fc.boolean(),
        fill: fc.constantFrom(undefined, "FFEB9C"),
      })
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 8_000, max: 40_000 }),
        fc.boolean(),
        async (rows, limit, twice) => {
          const excel = new StrictExcel();
          const write = () =>
            excel.run((context) =>
              writeSheets(context, [spec("表", rows, { columns: [{ format: "0.0" }] })], limit)
            );
          if (twice) await write();
          excel.resetCounts();
          await write();
          expect(excel.largestRequest).toBeLessThanOrEqual(limit);
          const sheet = excel.sheet("表")!;
          const { formatsOf } = await import("../../src/workbook/office/office-cells");
          const width = Math.max(...rows.map((row) => row.length));
          const expected = formatsOf(rows, width, ["0.0"]);
          rows.forEach((cells, r) =>
            cells.forEach((outCell, c) => {
              expect(formatOfCell(sheet, r, c)).toBe(expected[r][c]);
              if (typeof outCell.value === "string" && outCell.value !== "")
                expect(sheet.types[r][c]).toBe("String");
            })
          );
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("OfficeWorkbook: reading types from values (issue 27)", () => {
  it("tells an error from its text typed by a user, within the first window and past it", async () => {
    const excel = new StrictExcel();
    const rows = Array.from({ length: 3_000 }, (_, r) => [`E${r}`, r % 500 === 7 ? "#N/A" : r]);
    const types: string[][] = rows.map((row) =>
      row.map((v) => (typeof v === "number" ? "Double" : "String"))
    );
    types[7][1] = "Error";
    types[2_507][1] = "Error";
    excel.addSheet("名单", rows, { types });
    const grid = (await new OfficeWorkbook(excel.run).read(["名单"])).grids.get("名单")!;
    expect(grid.rows[7][1]).toEqual({ kind: "error", value: "#N/A" });
    expect(grid.rows[1_507][1]).toEqual({ kind: "text", value: "#N/A" });
    expect(grid.rows[2_507][1]).toEqual({ kind: "error", value: "#N/A" });
    expect(grid.rows[2_999]).toEqual([
      { kind: "text", value: "E2999" },
      { kind: "number", value: 2_999 },
    ]);
  });
});
