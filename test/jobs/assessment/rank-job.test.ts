import { assess } from "../../../src/core/assess/assess";
import { describeIssue } from "../../../src/core/assess/issue-text";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { validateJob } from "../../../src/jobs/assessment/validate-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { fillScoreSheet, type FilledRow } from "../../support/fill-score-sheet";
import { sampleTemplate } from "../../support/samples";

const loaded = sampleTemplate();
const now = new Date(2025, 11, 31, 9, 5);

const rows: FilledRow[] = [
  {
    branch: "北京分行",
    department: "授信部",
    id: "A001",
    name: "张三",
    post: "授信审批岗",
    values: {
      approval_days: 3,
      npl_ratio: 0.02,
      compliance_accuracy: 95,
      exceeded_without_risk: 2,
    },
  },
  {
    branch: "北京分行",
    department: "授信部",
    id: "A002",
    name: "李四",
    post: "授信审批岗",
    values: { approval_days: 2, npl_ratio: 0.012, compliance_accuracy: 90 },
  },
  {
    branch: "上海分行",
    department: "营业部",
    id: "C001",
    name: "王五",
    post: "柜面主管岗",
    values: { counter_error_rate: 0.0008, dual_review_rate: 1, handling_minutes: 3 },
  },
  {
    branch: "上海分行",
    department: "网络金融部",
    id: "O001",
    name: "赵六",
    post: "线上运营岗",
    values: { complaint_rate: 0.0008, response_minutes: 3, okr_completion: 88, peer_review: 91 },
  },
  {
    branch: "上海分行",
    department: "网络金融部",
    id: "O002",
    name: "钱七",
    post: "线上运营岗",
    values: { complaint_rate: 0.0012, response_minutes: 8, okr_completion: 75, peer_review: 80 },
  },
];

async function generated(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty();
  await templateJob(book, { template: loaded, rows: 50, now });
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

describe("template → fill → validate → rank, through real .xlsx files", () => {
  it("ranks a filled score template to the numbers the engine gives directly", async () => {
    const book = await fillScoreSheet(await generated(), loaded, rows);
    const validation = await validateJob(book);
    expect(validation.issues.filter((issue) => issue.severity === "error")).toEqual([]);

    const result = await rankJob(book, { period: "2025Q4", now });
    expect(result.rankingSheet).toBe("排名 2025Q4");
    const direct = assess(
      loaded,
      rows.map((row) => ({
        id: String(row.id),
        name: row.name,
        branch: row.branch,
        department: row.department,
        post: row.post,
        values: row.values as Record<string, number>,
      }))
    );
    const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const tab = (await reopened.read(["排名 2025Q4"])).grids.get("排名 2025Q4")!;
    expect(tab.rows[0][0]).toEqual({ kind: "text", value: "2025年第四季度 运营考核排名" });
    const table = tab.rows
      .slice(3, 3 + direct.ranked.length)
      .map((cells) =>
        [cells[3], cells[6], cells[0]].map((cell) => ("value" in cell ? cell.value : null))
      );
    expect(table).toEqual(direct.ranked.map((row) => [row.id, row.composite, row.rank?.overall]));
  });

  it("reruns replace only the add-in's own tab, and a user's sheet of that name is left alone", async () => {
    const book = await fillScoreSheet(await generated(), loaded, rows);
    (await book.model()).addWorksheet("排名 2025Q4").getCell("A1").value = "我的笔记";
    await rankJob(book, { period: "2025Q4", now });
    await rankJob(book, { period: "2025Q4", now });
    const names = (await book.model()).worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("排名"))).toEqual([
      "排名 2025Q4",
      "排名 2025Q4 (2)",
      "排名明细 2025Q4",
    ]);
    expect((await book.model()).getWorksheet("排名 2025Q4")!.getCell("A1").value).toBe("我的笔记");
  });

  it("asks for the quarter when the template's period is the year of a quarterly cycle, and says the period used", async () => {
    const book = await fillScoreSheet(await generated(), loaded, rows);
    const refused = await rankJob(book, { now });
    expect([refused.fatal, refused.rankingSheet, refused.issues.map((i) => i.key)]).toEqual([
      true,
      null,
      ["period.quarterNeeded"],
    ]);
    const typo = await rankJob(book, { period: "2025Q5", now });
    expect(describeIssue(typo.issues[0], "zh-CN")).toBe(
      "考核期「2025Q5」无效：应写作年度 YYYY（如 2025）或季度 YYYYQ1–YYYYQ4（如 2025Q4）。"
    );
    expect(
      (await book.model()).worksheets.map((s) => s.name).filter((n) => n.startsWith("排名"))
    ).toEqual([]);
    const ranked = await rankJob(book, { period: "2025q4", now });
    expect([ranked.rankingSheet, ranked.period, ranked.periodFrom]).toEqual([
      "排名 2025Q4",
      "2025Q4",
      "typed",
    ]);
  });

  it("refuses a sheet that is not a score sheet (权重模板), naming the score sheets, and writes nothing", async () => {
    const book = await fillScoreSheet(await generated(), loaded, rows);
    const before = (await book.read([])).sheets.map((s) => s.name);
    const result = await rankJob(book, { sheet: "权重模板", period: "2025Q4", now });
    expect([result.fatal, result.rankingSheet]).toEqual([true, null]);
    expect(result.issues.map((i) => describeIssue(i, "zh-CN"))).toEqual([
      "「权重模板」不是评分表（它是加载项生成的表，不是评分数据），不能校验或排名。本工作簿中的评分表：「评分表」。",
    ]);
    expect((await book.read([])).sheets.map((s) => s.name)).toEqual(before);
  });
});
