import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { APPROVED_CORRECTION } from "../../support/branch-rows";
import { cli } from "../../support/run-cli";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "appeals-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The register the add-in makes, filled in a spreadsheet as the assessing unit would. */
async function filledRegister(rows: unknown[][], name: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, "register.xlsx"));
  const sheet = book.getWorksheet("申诉登记")!;
  rows.forEach((row, k) =>
    row.forEach(
      (value, c) => (sheet.getRow(4 + k).getCell(c + 1).value = value as ExcelJS.CellValue)
    )
  );
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

const CORRECTION = APPROVED_CORRECTION;

describe("bank-assess appeals (cycle.md §5, §7)", () => {
  const ranked = path.join(dir, "ranked.xlsx");
  beforeAll(async () => {
    await cli("rank", SAMPLE_SCORES, "--period", "2025Q4", "--out", ranked);
    // Published 2026-01-09 as the results were: appeals until 2026-01-16.
    await cli("appeals", ranked, "--out", path.join(dir, "register.xlsx"));
  });

  it("makes an empty register: the fifteen columns, drop-downs for 状态 and 结论, dates as dates", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, "register.xlsx"));
    const sheet = book.getWorksheet("申诉登记")!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "编号",
      "期间",
      "工号",
      "指标",
      "申诉理由",
      "提交日期",
      "状态",
      "调查记录",
      "处理意见",
      "结论",
      "更正值",
      "审批人",
      "审批日期",
      "答复日期",
      "答复理由",
    ]);
    expect(sheet.getCell("G4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"已登记,调查中,待审批,已答复"'],
    });
    expect(sheet.getCell("J4").dataValidation).toMatchObject({ formulae: ['"维持,更正"'] });
    expect(sheet.getColumn(6).numFmt).toBe("yyyy-mm-dd");
  });

  it("checks every appeal and names its cell; exit 1 with findings, the inputs untouched", async () => {
    const register = await filledRegister(
      [
        CORRECTION,
        ["SS-2025Q4-002", "2025Q4", "XX999", "", "整体结果", day("2026-01-20"), "待审批"],
      ],
      "checked.xlsx"
    );
    const before = [sha(ranked), sha(register)];
    const { code, out, err } = await cli(
      "appeals",
      ranked,
      "--register",
      register,
      "--published",
      "2026-01-09",
      "--json"
    );
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.appeals.map((a: { id: string }) => a.id)).toEqual([
      "SS-2025Q4-001",
      "SS-2025Q4-002",
    ]);
    expect(json.appeals[0].issues).toEqual([]);
    expect(json.appeals[1].issues).toEqual([
      "申诉登记!C5（申诉 SS-2025Q4-002）：工号「XX999」不在 2025Q4 的排名中：请核对工号。",
      "申诉登记!F5（申诉 SS-2025Q4-002）：提交日期晚于申诉截止日 2026-01-16（逾期申诉）：考核单位仍可决定是否受理。",
      "申诉登记!H5（申诉 SS-2025Q4-002）：状态为「待审批」时须填写「调查记录」。",
      "申诉登记!I5（申诉 SS-2025Q4-002）：状态为「待审批」时须填写「处理意见」。",
    ]);
    expect(err).toContain("2 条申诉：3 处错误，1 处提醒。");
    expect(json.changes).toBeUndefined();
    expect([sha(ranked), sha(register)]).toEqual(before);
  });

  it("--apply: a new tab 排名 2025Q4 更正1 and 变动 (with 因他人更正), the published tab unchanged, and verify passes", async () => {
    const register = await filledRegister([CORRECTION], "approved.xlsx");
    const out = path.join(dir, "corrected.xlsx");
    const { code, out: json } = await cli(
      "appeals",
      ranked,
      "--register",
      register,
      "--apply",
      "--out",
      out,
      "--json"
    );
    expect(code).toBe(0);
    const result = JSON.parse(json);
    const byId = new Map(result.changes.map((c: { id: string }) => [c.id, c]));
    expect(byId.get("SZ101")).toMatchObject({
      before: { composite: 0, grade: "不合格" },
      cause: ["SS-2025Q4-001"],
    });
    const others = result.changes.filter((c: { cause: unknown }) => c.cause === "others");
    expect(others.length).toBeGreaterThan(0);

    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const snapshot = await book.read(["排名 2025Q4", "排名 2025Q4 更正1", "变动 2025Q4 更正1"]);
    expect(snapshot.registry["排名 2025Q4 更正1"]).toMatchObject({
      kind: "ranking",
      corrects: "排名 2025Q4",
      appeals: ["SS-2025Q4-001"],
    });
    // The published tab is the one that was published: same cells as in the ranking workbook.
    const published = await XlsxWorkbook.fromBuffer(readFileSync(ranked));
    const original = (await published.read(["排名 2025Q4"])).grids.get("排名 2025Q4")!;
    const copy = snapshot.grids.get("排名 2025Q4")!;
    expect(copy.rows.slice(3, 19).map((r) => r.slice(0, 8))).toEqual(
      original.rows.slice(3, 19).map((r) => r.slice(0, 8))
    );
    const changes = snapshot.grids.get("变动 2025Q4 更正1")!;
    const causes = changes.rows.slice(3).map((r) => (r[12]?.kind === "text" ? r[12].value : ""));
    expect(causes).toContain("SS-2025Q4-001");
    expect(causes).toContain("因他人更正");

    const verified = await cli("verify", out, "--json");
    expect(JSON.parse(verified.out)).toMatchObject({ reproduced: true, differences: [] });
    expect(verified.code).toBe(0);
  });

  it("counts a deadline into 2027 by the statutory rules, and says so; a loaded arrangement instead (issue 22)", async () => {
    // Submitted 2027-01-06: after 2027-01-05, the 5th working day from 2026-12-28 (元旦 off).
    const late = [...CORRECTION.slice(0, 5), day("2027-01-06"), "已登记"];
    const register = await filledRegister([late], "2027.xlsx");
    const check = async (...extra: string[]) => {
      const run = await cli(
        "appeals",
        ranked,
        "--register",
        register,
        "--published",
        "2026-12-28",
        "--json",
        ...extra
      );
      return { err: run.err, json: JSON.parse(run.out) };
    };
    const { err, json } = await check();
    expect(json.notes).toEqual([
      "2027 年放假安排未载入：期限按法定节假日和周末计算，未含调休；载入国务院通知后请重新生成。",
    ]);
    expect(err).toContain("2027 年放假安排未载入");
    expect(json.appeals[0].issues.join("\n")).toContain("申诉截止日 2027-01-05");
    // Loaded: 4 January off too, so the deadline is 2027-01-06 and the appeal is in time.
    const calendar = path.join(dir, "2027.csv");
    writeFileSync(calendar, "日期,类型\n2027-01-01,休\n2027-01-04,休\n");
    const again = (await check("--calendar", calendar)).json;
    expect(again.notes).toEqual([]);
    expect(again.appeals[0].issues.join("\n")).not.toContain("申诉截止日");
  });

  it("refuses to run without a register or a ranking, saying what to give", async () => {
    const none = await cli("appeals", ranked);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--register");
    const noRanking = await cli(
      "appeals",
      SAMPLE_SCORES,
      "--register",
      path.join(dir, "register.xlsx")
    );
    expect(noRanking.code).toBe(2);
    expect(noRanking.err).toContain("没有加载项生成的排名表");
  });

  it("refuses an empty register for a workbook without a ranking, as results and verify refuse it", async () => {
    const register = path.join(dir, "no-ranking-register.xlsx");
    const refused = await cli("appeals", SAMPLE_SCORES, "--out", register);
    expect([refused.code, refused.err]).toEqual([
      2,
      "✗ ops-2025.scores.xlsx 中没有加载项生成的排名表（由 rank 或 collect 生成）：申诉针对已发布的排名，请先排名，再登记申诉。\n",
    ]);
    expect(existsSync(register)).toBe(false);
    expect((await cli("results", SAMPLE_SCORES, "--out", path.join(dir, "r.xlsx"))).code).toBe(2);
    expect((await cli("verify", SAMPLE_SCORES)).code).toBe(2);
  });
});
