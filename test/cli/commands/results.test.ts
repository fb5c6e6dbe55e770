import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../../support/run-cli";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "results-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const quarter = (q: number) => path.join(dir, `2025Q${q}.xlsx`);
type Json = {
  objects: {
    id: string;
    pass: boolean | null;
    reward: boolean;
    warning: { deadline: string } | null;
    penalty: boolean;
    consecutiveFailures: number;
    strengths: string[];
    weaknesses: string[];
    training: string[];
  }[];
  appealDeadline: string;
};

describe("bank-assess results (cycle.md §3, §4, §7)", () => {
  beforeAll(async () => {
    for (const q of [2, 3, 4])
      await cli("rank", SAMPLE_SCORES, "--out", quarter(q), "--period", `2025Q${q}`);
  });

  it("writes 反馈单, 结果应用, 整改跟踪 and 培训需求, prints §7's JSON, and leaves its inputs as they were", async () => {
    const before = [2, 3, 4].map((q) => sha(quarter(q)));
    const out = path.join(dir, "结果.xlsx");
    const {
      code,
      out: json,
      err,
    } = await cli(
      "results",
      quarter(4),
      "--history",
      quarter(3),
      quarter(2),
      "--published",
      "2026-01-09",
      "--out",
      out,
      "--json"
    );
    expect(err).toContain("申诉截止 2026-01-16");
    // Warned objects (and rows with no result) are findings: exit 1.
    expect(code).toBe(1);
    const result = JSON.parse(json) as Json;
    // §3: WORKDAY(2026-01-09, 5) and WORKDAY(2026-01-09, 15) on the official calendar.
    expect(result.appealDeadline).toBe("2026-01-16");
    const byId = new Map(result.objects.map((o) => [o.id, o]));
    // SZ101 (南山支行) fails each quarter: warned, with three failures in a row (Q2, Q3, Q4) → penalty.
    expect(byId.get("SZ101")).toMatchObject({
      pass: false,
      reward: false,
      warning: { deadline: "2026-01-30" },
      penalty: true,
      consecutiveFailures: 3,
    });
    // The vetoed customer manager fails whatever its grade.
    expect(byId.get("BJ013")?.pass).toBe(false);
    // An 优秀 row is rewarded; an unranked row has no result and no outcome.
    const rewarded = result.objects.filter((o) => o.reward);
    expect(rewarded.length).toBeGreaterThan(0);
    expect(rewarded.every((o) => o.pass === true && o.warning === null)).toBe(true);
    expect(byId.get("GZ021")).toMatchObject({ pass: null, reward: false, warning: null });
    // Each weakness's courses (sample template's `training`), once each.
    const sz101 = byId.get("SZ101")!;
    expect(sz101.weaknesses).toEqual(["npl_ratio", "deposit_growth"]);
    expect(sz101.training).toEqual(["信贷风险研判进阶", "客户拓展与营销实务"]);
    expect([2, 3, 4].map((q) => sha(quarter(q)))).toEqual(before);

    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const snapshot = await book.read(["整改跟踪", "培训需求", "结果应用", "反馈单"]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "权重模板",
      "反馈单",
      "结果应用",
      "整改跟踪",
      "培训需求",
      "审计日志",
    ]);
    expect(snapshot.registry["整改跟踪"]).toMatchObject({
      kind: "rectification",
      period: "2025Q4",
    });
    const texts = (sheet: string, row: number) =>
      snapshot.grids
        .get(sheet)!
        .rows[row].map((c) => (c.kind === "text" ? c.value : c.kind === "empty" ? "" : c.value));
    expect(texts("整改跟踪", 2)).toEqual([
      "工号",
      "姓名",
      "机构",
      "岗位",
      "等级",
      "待改进",
      "整改期限",
      "状态",
      "完成日期",
      "逾期",
    ]);
    // One row per warning, in rank order; 结果应用 lists every object.
    const warned = result.objects.filter((o) => o.warning).map((o) => o.id);
    const rectification = snapshot.grids.get("整改跟踪")!;
    expect(
      rectification.rows.slice(3).map((r) => (r[0]?.kind === "text" ? r[0].value : ""))
    ).toEqual(warned);
    expect(snapshot.grids.get("结果应用")!.rows.length - 3).toBe(result.objects.length);
    // 培训需求: the SZ101 courses are counted in 深圳分行.
    const training = snapshot.grids.get("培训需求")!;
    const header = texts("培训需求", 2);
    const shenzhen = header.indexOf("深圳分行");
    const row = training.rows.findIndex(
      (r) => r[0]?.kind === "text" && r[0].value === "信贷风险研判进阶"
    );
    expect(shenzhen).toBeGreaterThan(2);
    expect(training.rows[row][shenzhen]).toMatchObject({ kind: "number" });

    // The vetoed customer manager's page says why the composite is 0.
    const pages = snapshot.grids
      .get("反馈单")!
      .rows.flat()
      .flatMap((cell) => (cell.kind === "text" ? [cell.value] : []));
    expect(pages).toContain("一票否决：风险管控 55 < 60，综合得分计为 0。");
    expect(pages.filter((text) => text.startsWith("如对考核结果有异议"))).toHaveLength(
      result.objects.filter((o) => o.pass !== null).length
    );

    // 状态 is a drop-down and the overdue flag the native formula of §4, with its references.
    const model = new ExcelJS.Workbook();
    await model.xlsx.readFile(out);
    const sheet = model.getWorksheet("整改跟踪")!;
    expect(sheet.getCell("H4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"未开始,进行中,已完成"'],
    });
    expect(sheet.getCell("J4").formula).toBe('IF(AND(H4<>"已完成",TODAY()>G4),"是","否")');
    expect(sheet.getCell("G4").numFmt).toBe("yyyy-mm-dd");
  });

  describe("deadlines into a year the bundled calendar does not cover (issue 22)", () => {
    const deadlines = async (published: string, ...extra: string[]) => {
      const out = path.join(dir, `after-2026-${published}-${extra.length}.xlsx`);
      const run = await cli(
        "results",
        quarter(4),
        "--published",
        published,
        "--out",
        out,
        "--json",
        ...extra
      );
      const json = JSON.parse(run.out) as Json & { notes: string[] };
      const warned = [
        ...new Set(json.objects.flatMap((o) => (o.warning ? [o.warning.deadline] : []))),
      ];
      return { ...run, json, appeal: json.appealDeadline, rectify: warned, out };
    };
    const NOTE =
      "2027 年放假安排未载入：期限按法定节假日和周末计算，未含调休；载入国务院通知后请重新生成。";

    it("counts the statutory holidays and weekends, and says so in the message, --json and the sheets", async () => {
      const december = await deadlines("2026-12-28");
      expect([december.code, december.appeal, december.rectify]).toEqual([
        1,
        "2027-01-05",
        ["2027-01-19"],
      ]);
      expect(december.err).toContain(NOTE);
      expect(december.json.notes).toEqual([NOTE]);
      // Across the Spring Festival: 除夕 2027-02-05 to 初三 02-08.
      const january = await deadlines("2027-01-25");
      expect([january.appeal, january.rectify]).toEqual(["2027-02-01", ["2027-02-17"]]);
      const book = await XlsxWorkbook.fromBuffer(readFileSync(december.out));
      const { grids } = await book.read(["结果应用", "反馈单"]);
      const text = (name: string) =>
        grids
          .get(name)!
          .rows.flatMap((row) => row.map((cell) => ("value" in cell ? String(cell.value) : "")));
      expect(text("结果应用").some((cell) => cell.includes(NOTE))).toBe(true);
      expect(text("反馈单").filter((cell) => cell === NOTE).length).toBeGreaterThan(0);
    });

    it("follows a loaded arrangement exactly (a make-up Saturday too), as CSV, JSON or a 放假安排 sheet; inputs unchanged", async () => {
      // An invented 2027 arrangement: 2027-02-05 to 02-11 off, Saturday 02-20 worked.
      const days = [
        ["2027-01-01", "休"],
        ...["05", "06", "07", "08", "09", "10", "11"].map((d) => [`2027-02-${d}`, "休"]),
        ["2027-02-20", "班"],
      ];
      const csv = path.join(dir, "2027.csv");
      writeFileSync(csv, `日期,类型,说明\n${days.map(([d, k]) => `${d},${k},春节`).join("\n")}\n`);
      const json = path.join(dir, "2027.json");
      writeFileSync(
        json,
        JSON.stringify({
          year: 2027,
          days: days.map(([date, k]) => ({ name: "春节", date, isOffDay: k === "休" })),
        })
      );
      const sheetFile = path.join(dir, "2027-sheet.xlsx");
      const model = new ExcelJS.Workbook();
      const sheet = model.addWorksheet("放假安排");
      sheet.addRow(["日期", "类型", "说明"]);
      for (const [d, k] of days) sheet.addRow([new Date(`${d}T00:00:00Z`), k, "春节"]);
      await model.xlsx.writeFile(sheetFile);
      const before = [csv, json, sheetFile].map(sha);
      for (const file of [csv, json, sheetFile]) {
        const loaded = await deadlines("2027-01-25", "--calendar", file);
        // 5 working days: 26, 27, 28, 29, Feb 1; 15: Feb 2–4, 12, 15–19, 20 (the make-up Saturday).
        expect([file, loaded.appeal, loaded.rectify, loaded.json.notes]).toEqual([
          file,
          "2027-02-01",
          ["2027-02-20"],
          [],
        ]);
      }
      expect([csv, json, sheetFile].map(sha)).toEqual(before);
    });

    it("refuses an unreadable arrangement, naming its line, and a file of another kind (exit 2)", async () => {
      const bad = path.join(dir, "bad.csv");
      writeFileSync(bad, "日期,类型\n2027-02-30,休\n");
      const { code, err } = await cli(
        "results",
        quarter(4),
        "--published",
        "2027-01-25",
        "--out",
        path.join(dir, "x.xlsx"),
        "--calendar",
        bad
      );
      expect(code).toBe(2);
      expect(err).toContain("bad.csv");
      expect(err).toMatch(/第 2 行/);
      const other = await cli(
        "results",
        quarter(4),
        "--out",
        path.join(dir, "y.xlsx"),
        "--calendar",
        path.join(dir, "2027.txt")
      );
      expect(other.code).toBe(2);
      expect(other.err).toContain("不是放假安排文件");
    });
  });

  it("says in English what it wrote with --lang en-US", async () => {
    const { code, err } = await cli(
      "results",
      quarter(4),
      "--published",
      "2026-01-09",
      "--out",
      path.join(dir, "en.xlsx"),
      "--lang",
      "en-US"
    );
    expect(code).toBe(1);
    expect(err).toContain("appeals until 2026-01-16");
  });

  it("refuses a period given twice in the history, naming both (exit 2)", async () => {
    const { code, err } = await cli(
      "results",
      quarter(4),
      "--history",
      quarter(3),
      quarter(3),
      "--out",
      path.join(dir, "twice.xlsx")
    );
    expect(code).toBe(2);
    expect(err).toContain("2025Q3");
    expect(err).toMatch(/2025Q3\.xlsx.*2025Q3\.xlsx/);
  });

  it("refuses score data changed after the ranking, so feedback is always the published ranking's", async () => {
    const edited = path.join(dir, "edited.xlsx");
    copyFileSync(quarter(4), edited);
    const model = new ExcelJS.Workbook();
    await model.xlsx.readFile(edited);
    const scores = model.getWorksheet("评分表")!;
    // An actual value no sample row has: the data now differs from what was ranked.
    scores.getCell("F4").value = 1.2345;
    writeFileSync(edited, Buffer.from(await model.xlsx.writeBuffer()));
    const { code, err } = await cli("results", edited, "--out", path.join(dir, "changed.xlsx"));
    expect(code).toBe(2);
    expect(err).toContain("「评分表」的数据在「排名 2025Q4」排名之后被改动过");
  });

  it("refuses a workbook without a ranking, a bad date and an output that is its input", async () => {
    const none = await cli("results", SAMPLE_SCORES, "--out", path.join(dir, "none.xlsx"));
    expect(none.code).toBe(2);
    expect(none.err).toContain("没有加载项生成的排名表");
    const date = await cli(
      "results",
      quarter(4),
      "--published",
      "2026-02-30",
      "--out",
      path.join(dir, "d.xlsx")
    );
    expect(date.code).toBe(2);
    expect(date.err).toContain("2026-02-30");
    const same = await cli("results", quarter(4), "--out", quarter(4));
    expect(same.code).toBe(2);
  });
});
