import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../../support/run-cli";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { rankingTabs } from "../../../src/jobs/cycle/history";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "calibrate-"));
const ranked = path.join(dir, "排名.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

type Json = {
  groups: Record<string, unknown>[];
  rows?: Record<string, unknown>[];
};

async function sheetsOf(file: string) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const listed = await book.read([]);
  return book.read(listed.sheets.map((s) => s.name));
}

describe("bank-assess calibrate (calibration.md §1)", () => {
  beforeAll(async () => {
    await cli("rank", SAMPLE_SCORES, "--out", ranked, "--period", "2025Q4");
  });

  it("prints §1's JSON exactly, exits 1 for a harsh branch, and never rewrites its input", async () => {
    const before = sha(ranked);
    const out = path.join(dir, "校准.xlsx");
    const {
      code,
      out: stdout,
      err,
    } = await cli("calibrate", ranked, "--normalize", "--json", "--out", out);
    expect(code).toBe(1);
    expect(sha(ranked)).toBe(before);
    const json = JSON.parse(stdout) as Json;
    expect(Object.keys(json)).toEqual(["groups", "rows"]);
    for (const group of json.groups)
      expect(Object.keys(group)).toEqual([
        "group",
        "n",
        "mean",
        "median",
        "sd",
        "rest",
        "flag",
        "excess",
      ]);
    expect(json.groups.find((g) => g.group === "北京分行")).toMatchObject({ n: 6, flag: "harsh" });
    expect(json.rows).toHaveLength(16);
    for (const row of json.rows!)
      expect(Object.keys(row)).toEqual([
        "id",
        "composite",
        "calibrated",
        "rank",
        "calibratedRank",
        "grade",
        "calibratedGrade",
      ]);
    expect(typeof json.rows![0].rank).toBe("number");
    expect(err).toContain("偏严：北京分行（6 人");
    expect(err).toContain("已按「机构」校准「排名 2025Q4」");
  });

  it("writes what verify needs, the published tab as published, and a calibrate row in the 审计日志", async () => {
    const out = path.join(dir, "校准2.xlsx");
    await cli("calibrate", ranked, "--normalize", "--out", out);
    const snapshot = await sheetsOf(out);
    const names = snapshot.sheets.map((s) => s.name);
    for (const name of ["权重模板", "评分表", "排名 2025Q4", "校准分析 2025Q4", "排名 2025Q4 校准"])
      expect(names).toContain(name);
    expect(rankingTabs(snapshot)).toEqual(["排名 2025Q4"]);
    const input = await sheetsOf(ranked);
    // The published tab as published: every value of the columns everyone reads (blanks at a row's end aside).
    const tab = (s: typeof snapshot) =>
      s.grids.get("排名 2025Q4")!.rows.map((row) => {
        const values = row.slice(0, 12).map((c) => ("value" in c ? c.value : null));
        while (values.length > 0 && values[values.length - 1] === null) values.pop();
        return values;
      });
    expect(tab(snapshot)).toEqual(tab(input));
    const log = snapshot.grids.get("审计日志")!.rows;
    const last = log[log.length - 1].map((c) => ("value" in c ? c.value : null));
    expect(last).toContain("calibrate");
    expect(log.length).toBe(input.grids.get("审计日志")!.rows.length + 1);
    expect((await cli("verify", out)).code).toBe(0);
  });

  it("without --normalize prints no rows; by 部门 no group is big enough to flag: exit 0", async () => {
    const out = path.join(dir, "部门.xlsx");
    const { code, out: stdout } = await cli(
      "calibrate",
      ranked,
      "--by",
      "部门",
      "--json",
      "--out",
      out
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Json;
    expect(Object.keys(json)).toEqual(["groups"]);
    expect(json.groups.every((g) => g.flag === "too-small")).toBe(true);
    expect((await sheetsOf(out)).sheets.map((s) => s.name)).not.toContain("排名 2025Q4 校准");
  });

  it("exits 2 with a clear message: a wrong path, no ranking, an unknown column, no --out", async () => {
    const out = path.join(dir, "不该写.xlsx");
    const missing = await cli("calibrate", path.join(dir, "没有.xlsx"), "--out", out);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("没有.xlsx");
    const unranked = await cli("calibrate", SAMPLE_SCORES, "--out", out);
    expect(unranked.code).toBe(2);
    expect(unranked.err).toContain("没有加载项生成的排名表");
    const column = await cli("calibrate", ranked, "--by", "岗级", "--json", "--out", out);
    expect(column.code).toBe(2);
    expect(column.err).toContain("评分数据「评分表」中没有「岗级」列");
    expect(column.err).toContain("机构、部门、岗位");
    expect(JSON.parse(column.out)).toHaveProperty("issues");
    const noOut = await cli("calibrate", ranked);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("--out <校准.xlsx>");
    expect(existsSync(out)).toBe(false);
  });

  it("speaks English with --lang en-US", async () => {
    const out = path.join(dir, "calibration.xlsx");
    const { code, err } = await cli("calibrate", ranked, "--lang", "en-US", "--out", out);
    expect(code).toBe(1);
    expect(err).toContain('Calibrated "排名 2025Q4" by "机构"');
    expect((await sheetsOf(out)).sheets.map((s) => s.name)).toContain("Calibration 2025Q4");
  });
});
