import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { isoDate, serialOf } from "../../../src/core/calendar/official-calendar";
import { findingText } from "../../../src/core/duties/duties";
import { formatMessage } from "../../../src/core/i18n/messages";
import { AUDIT_SHEET } from "../../../src/jobs/shared/audit-log";
import { dutiesJob, dutiesWorkbookJob } from "../../../src/jobs/duties/duties-job";
import { CALENDAR_SHEET } from "../../../src/jobs/calendar/calendar-sheet";
import { readChanges, readDescriptions, readMatrix } from "../../../src/jobs/duties/duties-read";
import { templateSheetSpec } from "../../../src/jobs/shared/template-sheet";
import { sheetOf } from "../../../src/workbook/number-headers";
import type { Grid } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { sampleTemplate } from "../../support/samples";
import { DESCRIPTION_HEADERS } from "../../support/typed-grid";

const SAMPLE = path.join(__dirname, "../../../assets/samples/ops-2025.duties.xlsx");
const sample = () => XlsxWorkbook.fromBuffer(readFileSync(SAMPLE));
const asOf = serialOf("2025-12-31");
const now = new Date(2026, 0, 5, 9, 30);

/** A 柜员 post description as a user types it, last revised on `revised`. */
const teller = (revised: Date) => [
  "P1",
  "柜员",
  "营业部",
  "办理业务",
  "持证",
  "受理→复核",
  "柜员",
  revised,
];

/** What a cell of a sheet written and read back shows, as text. */
const shown = (grid: Grid) =>
  grid.rows.map((row) =>
    row.map((c) =>
      c.kind === "empty" ? "" : c.kind === "date" ? isoDate(c.value) : String(c.value)
    )
  );

describe("duties on the sample workbook (a real .xlsx, duties.md §1–§4)", () => {
  it("finds every planted problem, each with its process, post and cell", async () => {
    const result = await dutiesJob(await sample(), { template: sampleTemplate(), asOf, now });
    if (!result.ok) throw new Error("cannot run");
    expect(result.counts).toEqual({ posts: 10, processes: 34, changes: 7 });
    expect(
      result.findings.map((f) => [f.kind, f.severity, f.process ?? "", f.post ?? "", f.cell ?? ""])
    ).toEqual([
      ["stale-description", "warning", "", "线上运营岗", "岗位说明书!H10"],
      ["description-without-template-post", "error", "", "理财经理", "岗位说明书!G11"],
      ["incomplete-description", "error", "", "柜员", "岗位说明书!F13"],
      ["unknown-post", "error", "", "产品经理", "权责矩阵!N3"],
      ["no-initiator", "error", "LC-003", "", "权责矩阵!A7"],
      ["no-decider", "error", "LC-003", "", "权责矩阵!A7"],
      ["initiate-and-decide", "warning", "LC-006", "客户经理", "权责矩阵!F10"],
      ["unknown-role", "error", "LC-007", "合规专员岗", "权责矩阵!H11"],
      ["no-supervisor", "error", "LC-007", "", "权责矩阵!A11"],
      ["initiate-and-decide", "warning", "LC-008", "客户经理", "权责矩阵!F12"],
      ["multiple-deciders", "error", "LC-008", "", "权责矩阵!A12"],
      ["decide-and-supervise", "error", "LC-010", "柜面主管岗", "权责矩阵!G14"],
      ["no-initiator", "error", "LC-011", "", "权责矩阵!A15"],
      ["no-decider", "error", "LC-011", "", "权责矩阵!A15"],
      ["no-supervisor", "error", "LC-019", "", "权责矩阵!A23"],
      ["duplicate-process", "error", "LC-020", "", "权责矩阵!A25"],
      ["idle-post", "warning", "", "大堂经理", "岗位说明书!B14"],
      ["description-not-revised", "error", "", "线上运营岗", "岗位说明书!H10"],
      ["change-unknown-post", "error", "", "产品经理", "职责变更!E10"],
    ]);
    expect(result.unreadable).toEqual([]);
    expect([result.errors, result.warnings]).toEqual([15, 4]);
    expect(
      findingText(
        result.findings.find((f) => f.kind === "multiple-deciders")!,
        "en-US"
      )
    ).toBe(
      "权责矩阵!A12: Process LC-008: more than one post decides (客户经理, 理财经理); name one."
    );
  });

  it("gives each change its due date on the official calendar and its state as of the check date", async () => {
    const result = await dutiesJob(await sample(), { template: sampleTemplate(), asOf, now });
    if (!result.ok) throw new Error("cannot run");
    expect(result.changes.map((c) => [c.id, isoDate(c.due), c.state, c.soon])).toEqual([
      ["BG-2025-01", "2025-10-13", "on-time", false], // across National Day and the 调休 Saturday 10-11
      ["BG-2025-02", "2026-01-16", "late", false], // across the year end and New Year's Day
      ["BG-2025-03", "2025-11-24", "overdue", false],
      ["BG-2025-04", "2025-12-31", "pending", true], // due on the check date itself
      ["BG-2025-05", "2026-01-20", "pending", false],
      ["BG-2025-06", "2025-10-29", "on-time", false],
      ["BG-2025-07", "2026-01-07", "pending", true], // the 调休 Sunday 2026-01-04 counts
    ]);
  });

  it("writes the 岗位责任体检 tab of the check date's quarter, and a row in the 审计日志", async () => {
    const book = await sample();
    const result = await dutiesJob(book, {
      template: sampleTemplate(),
      asOf,
      now,
      source: "岗责.xlsx",
    });
    if (!result.ok) throw new Error("cannot run");
    expect(result.reportSheet).toBe("岗位责任体检 2025Q4");
    await book.write(result.sheets);
    const back = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const snapshot = await back.read([result.reportSheet, AUDIT_SHEET]);
    const rows = shown(snapshot.grids.get(result.reportSheet)!);
    expect(rows[0][0]).toBe("岗位责任体检 2025Q4（检查日 2025-12-31）");
    expect(rows[1][0]).toContain(
      `权重模板：ops-2025 v1.0.0（${sampleTemplate().fingerprint.slice(0, 12)}）`
    );
    const count = (item: string) => rows.find((r) => r[2] === item)?.[3];
    expect(count("权责空白：无发起岗")).toBe("2");
    expect(count("多头决策")).toBe("1");
    expect(count("岗位编号或名称重复")).toBe("0");
    // Every finding with its cell, errors first.
    const section = (mark: string) => rows.findIndex((r) => (r[0] ?? "").startsWith(mark));
    const listed = rows
      .slice(section("二、"), section("三、"))
      .filter((r) => /^(错误|提醒)$/.test(r[1]));
    expect(listed).toHaveLength(19);
    expect(listed[0].slice(1, 6)).toEqual([
      "错误",
      "说明书未对应模板岗位",
      "",
      "理财经理",
      "岗位说明书!G11",
    ]);
    expect(listed[18][1]).toBe("提醒");
    // Overdue and soon-due changes, by due date; stale descriptions.
    const changeRows = rows.filter((r) => /^BG-/.test(r[3]));
    expect(changeRows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ["已逾期", "BG-2025-03", "2025-11-24"],
      ["即将到期", "BG-2025-04", "2025-12-31"],
      ["即将到期", "BG-2025-07", "2026-01-07"],
    ]);
    expect(rows[section("四、") + 2].slice(2, 6)).toEqual([
      "线上运营岗",
      "2024-03-15",
      "",
      "岗位说明书!H10",
    ]);
    expect(snapshot.registry[result.reportSheet]).toEqual(
      expect.objectContaining({
        kind: "checkup",
        templateFingerprint: sampleTemplate().fingerprint,
      })
    );
    const log = shown(snapshot.grids.get(AUDIT_SHEET)!);
    expect(log.at(-1)?.slice(1, 4)).toEqual(["duties", "", "ops-2025"]);
    expect(log.at(-1)?.[8]).toBe("15 处错误，4 处提醒；1 项变更已逾期，2 项 5 个工作日内到期");
  });

  it("without a template, leaves the two template checks out and says so on the tab", async () => {
    const result = await dutiesJob(await sample(), { asOf, now });
    if (!result.ok) throw new Error("cannot run");
    expect(result.template).toBeNull();
    expect(result.findings.some((f) => f.kind.includes("template"))).toBe(false);
    const report = sheetOf(result.sheets[0]);
    const text = report.rows.flat().map((c) => c.value);
    expect(text).toContain("未检查（无权重模板）");
  });

  it("takes the workbook's own 权重模板 when no template is given", async () => {
    const book = await sample();
    await book.write([templateSheetSpec(sampleTemplate(), "now")]);
    const result = await dutiesJob(book, { asOf, now });
    expect(result.ok && result.template?.fingerprint).toBe(sampleTemplate().fingerprint);
  });

  it("cannot run without the three sheets, and names each missing one", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      { name: "岗位说明书", rows: [[{ value: "岗位编号" }]], provenance: { kind: "duties" } },
    ]);
    const result = await dutiesJob(book, { asOf, source: "a.xlsx" });
    expect(result.ok ? [] : result.problems.map((p) => [p.key, p.params.sheet])).toEqual([
      ["duties.missingSheet", "权责矩阵"],
      ["duties.missingSheet", "职责变更"],
    ]);
  });
});

describe("a duties workbook a user made in a spreadsheet, headers in the first row", () => {
  it("is checked like the generated one", async () => {
    const excel = new ExcelJS.Workbook();
    excel
      .addWorksheet("岗位说明书")
      .addRows([
        DESCRIPTION_HEADERS,
        teller(new Date(Date.UTC(2025, 5, 1))),
        [
          "P2",
          "柜面主管岗",
          "营业部",
          "复核授权",
          "三年经验",
          "复核→授权",
          "柜面主管岗",
          new Date(Date.UTC(2025, 5, 1)),
        ],
      ]);
    excel.addWorksheet("权责矩阵").addRows([
      ["流程编号", "流程名称", "业务条线", "柜员", "柜面主管岗"],
      ["LC-1", "开户", "个人金融", "发起", "决策/监督"],
    ]);
    excel.addWorksheet("职责变更").addRows([
      ["编号", "事项", "类型", "发生日期", "涉及岗位", "完成日期"],
      ["BG-1", "新规", "监管变化", new Date(Date.UTC(2025, 8, 26)), "柜员", null],
    ]);
    const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
    const result = await dutiesJob(book, { asOf: serialOf("2025-10-14"), now });
    if (!result.ok) throw new Error("cannot run");
    expect(result.findings.map((f) => [f.kind, f.cell])).toEqual([
      ["decide-and-supervise", "权责矩阵!E2"],
    ]);
    expect(result.changes.map((c) => [c.id, isoDate(c.due), c.state])).toEqual([
      ["BG-1", "2025-10-13", "overdue"],
    ]);
  });
});

describe("the empty duties workbook (duties.md §1–§3)", () => {
  it("has the three sheets with the template's posts filled in, and the hidden 工作日历", async () => {
    const book = XlsxWorkbook.empty();
    const made = await dutiesWorkbookJob(book, { template: sampleTemplate(), today: asOf, now });
    if (!made.ok) throw new Error("refused");
    expect(made.names).toEqual(["岗位说明书", "权责矩阵", "职责变更"]);
    await book.write(made.sheets);
    const back = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const snapshot = await back.read(["岗位说明书", "权责矩阵", "职责变更", CALENDAR_SHEET]);
    const descriptions = readDescriptions(snapshot.grids.get("岗位说明书")!);
    const posts = sampleTemplate().template.posts;
    expect(descriptions.ok && descriptions.rows.map((d) => [d.id, d.name, d.standard])).toEqual(
      posts.map((p) => [p.id, p.name, `权重模板：${p.name}`])
    );
    const matrix = readMatrix(snapshot.grids.get("权责矩阵")!);
    expect(matrix.ok && matrix.rows).toEqual([]);
    expect(shown(snapshot.grids.get("权责矩阵")!)[2].slice(3)).toEqual(posts.map((p) => p.name));
    const changes = readChanges(snapshot.grids.get("职责变更")!);
    expect(changes.ok && changes.rows).toEqual([]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "岗位说明书",
      "权责矩阵",
      "职责变更",
      CALENDAR_SHEET,
      AUDIT_SHEET,
    ]);
    const excel = await back.model();
    expect(excel.getWorksheet(CALENDAR_SHEET)!.state).toBe("hidden");
    // 调休: the Sunday 2025-09-28 is a working day, National Day is not.
    const days = shown(snapshot.grids.get(CALENDAR_SHEET)!).map((r) => r[0]);
    expect(days).toContain("2025-09-28");
    expect(days).not.toContain("2025-10-01");
    expect(days).not.toContain("2025-10-04");
  });

  it("checked as generated, nothing filled in: refused with what to fill, never 0 errors", async () => {
    const book = XlsxWorkbook.empty();
    const made = await dutiesWorkbookJob(book, { today: asOf, now });
    if (!made.ok) throw new Error("not made");
    await book.write(made.sheets);
    const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const result = await dutiesJob(reopened, { asOf, now, source: "岗责.xlsx" });
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual(["duties.empty"]);
    const problems = result.ok ? [] : result.problems;
    expect(formatMessage("zh-CN", problems[0].key, problems[0].params)).toContain(
      "岗责工作簿还没有填写：「岗位说明书」和「权责矩阵」都没有数据行"
    );
    expect(formatMessage("en-US", problems[0].key, problems[0].params)).toContain(
      "The duties workbook is not filled in yet"
    );
  });

  it("never writes over sheets of those names already in the workbook", async () => {
    const book = await sample();
    const made = await dutiesWorkbookJob(book, { today: asOf });
    expect(
      made.ok ? null : made.problems.map((p) => formatMessage("zh-CN", p.key, p.params))
    ).toEqual([expect.stringContaining("岗位说明书、权责矩阵、职责变更、工作日历")]);
    expect(
      made.ok ? null : formatMessage("en-US", made.problems[0].key, made.problems[0].params)
    ).toContain("岗位说明书, 权责矩阵, 职责变更, 工作日历");
  });
});

describe("due dates into a year the bundled calendar does not cover (issue 22)", () => {
  const userMade = async (occurred: Date) => {
    const excel = new ExcelJS.Workbook();
    excel
      .addWorksheet("岗位说明书")
      .addRows([DESCRIPTION_HEADERS, teller(new Date(Date.UTC(2026, 5, 1)))]);
    excel.addWorksheet("权责矩阵").addRows([
      ["流程编号", "流程名称", "业务条线", "柜员"],
      ["LC-1", "开户", "个人金融", "发起/执行"],
    ]);
    excel.addWorksheet("职责变更").addRows([
      ["编号", "事项", "类型", "发生日期", "涉及岗位", "完成日期"],
      ["BG-1", "流程调整", "业务变化", occurred, "柜员", null],
    ]);
    return excel;
  };

  it("counts a change of 2026-12-25 into 2027 by the statutory rules, and says so on the check-up tab", async () => {
    const excel = await userMade(new Date(Date.UTC(2026, 11, 25)));
    const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
    const result = await dutiesJob(book, { asOf: serialOf("2026-12-28"), now });
    if (!result.ok) throw new Error("cannot run");
    // 15 working days: 28–31 December, 4–8, 11–15 and 18 January (1 January is 元旦).
    expect(result.changes.map((c) => [c.id, isoDate(c.due), c.state])).toEqual([
      ["BG-1", "2027-01-18", "pending"],
    ]);
    const note =
      "2027 年放假安排未载入：期限按法定节假日和周末计算，未含调休；载入国务院通知后请重新生成。";
    expect(result.notes.map((n) => n.key)).toEqual(["calendar.statutory"]);
    const report = sheetOf(result.sheets[0]);
    expect(String(report.rows[1][0].value)).toContain(note);
  });

  it("follows the workbook's own 放假安排 sheet instead", async () => {
    const excel = await userMade(new Date(Date.UTC(2026, 11, 25)));
    excel.addWorksheet("放假安排").addRows([
      ["日期", "类型", "说明"],
      [new Date(Date.UTC(2027, 0, 1)), "休", "元旦"],
      [new Date(Date.UTC(2027, 0, 4)), "休", "（虚构的调休）"],
    ]);
    const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
    const result = await dutiesJob(book, { asOf: serialOf("2026-12-28"), now });
    if (!result.ok) throw new Error("cannot run");
    // 28–31 December, 5–8, 11–15, 18 and 19: 4 January is off in the loaded arrangement.
    expect(result.changes.map((c) => isoDate(c.due))).toEqual(["2027-01-19"]);
    expect(result.notes).toEqual([]);
  });

  it("lists the next year in the new workbook's 工作日历, by the statutory rules, and says so in its header", async () => {
    const book = XlsxWorkbook.empty();
    const made = await dutiesWorkbookJob(book, { today: serialOf("2026-12-06"), now });
    if (!made.ok) throw new Error("refused");
    expect(made.notes.map((n) => n.params)).toEqual([{ years: ["2027"] }]);
    await book.write(made.sheets);
    const snapshot = await book.read([CALENDAR_SHEET]);
    const days = shown(snapshot.grids.get(CALENDAR_SHEET)!);
    expect(days[0][0]).toContain("2027 年放假安排未载入");
    const listed = days.slice(1).map((r) => r[0]);
    expect(listed).toContain("2027-01-04");
    expect(listed).not.toContain("2027-01-01");
    expect(listed).not.toContain("2027-02-05");
    expect(listed.at(-1)).toBe("2027-12-31");
  });
});
