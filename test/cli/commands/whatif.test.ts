import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { WHATIF_SHEET } from "../../../src/jobs/whatif/whatif-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { cli } from "../../support/run-cli";
import { SAMPLE_TEMPLATE_PATH } from "../../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "whatif-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

type Side = { composite: number; rank: number; grade: string };
type Json = {
  rows: { id: string; a: Side; b: Side; deltaRank: number; deltaComposite: number }[];
  transitions: [string, string, number][];
  onlyA: string[];
  onlyB: string[];
};

type TemplateJson = {
  version: string;
  posts: { indicators: { weight?: number }[] }[];
};

/** The sample template changed by `change`, written as a .json file. */
function proposed(name: string, change: (t: TemplateJson) => void): string {
  const template = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8")) as TemplateJson;
  template.version = "1.1.0";
  change(template);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(template));
  return file;
}

const reweighted = proposed("拟议.json", (t) => {
  t.posts[0].indicators[0].weight = 20;
  t.posts[0].indicators[1].weight = 50;
});
/** Without the first post (授信审批岗): its people are ranked under A only. */
const dropped = proposed("少一岗.json", (t) => {
  t.posts = t.posts.slice(1);
});

async function sheetsOf(file: string) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const listed = await book.read([]);
  return book.read(listed.sheets.map((s) => s.name));
}

describe("bank-assess whatif (calibration.md §2)", () => {
  it("prints §2's JSON exactly, exits 0, and never rewrites its input", async () => {
    const before = sha(SAMPLE_SCORES);
    const out = path.join(dir, "比较.xlsx");
    const result = await cli(
      "whatif",
      SAMPLE_SCORES,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--against",
      reweighted,
      "--json",
      "--out",
      out
    );
    expect(result.code).toBe(0);
    expect(sha(SAMPLE_SCORES)).toBe(before);
    const json = JSON.parse(result.out) as Json;
    expect(Object.keys(json)).toEqual(["rows", "transitions", "onlyA", "onlyB"]);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual(["id", "a", "b", "deltaRank", "deltaComposite"]);
      expect(Object.keys(row.a)).toEqual(["composite", "rank", "grade"]);
      expect(Object.keys(row.b)).toEqual(["composite", "rank", "grade"]);
      expect(row.deltaRank).toBe(row.a.rank - row.b.rank);
      expect(row.deltaComposite).toBeCloseTo(row.b.composite - row.a.composite, 9);
    }
    const moves = json.rows.map((row) => Math.abs(row.deltaRank));
    expect(moves).toEqual([...moves].sort((x, y) => y - x));
    expect(json.transitions.reduce((sum, [, , n]) => sum + n, 0)).toBe(json.rows.length);
    expect(json.onlyA).toEqual([]);
    expect(json.onlyB).toEqual([]);
    expect(result.err).toContain(`已比较 ${json.rows.length} 人`);
  });

  it("without --template compares against the workbook's own 权重模板; lists who B cannot rank", async () => {
    const out = path.join(dir, "少一岗.xlsx");
    const { code, out: stdout } = await cli(
      "whatif",
      SAMPLE_SCORES,
      "--against",
      dropped,
      "--json",
      "--out",
      out
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Json;
    expect(json.onlyA.length).toBeGreaterThan(0);
    expect(json.onlyA).toEqual([...json.onlyA].sort());
    for (const id of json.onlyA) expect(json.rows.map((row) => row.id)).not.toContain(id);
    const snapshot = await sheetsOf(out);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([WHATIF_SHEET, "审计日志"]);
    expect(snapshot.registry[WHATIF_SHEET]).toMatchObject({
      kind: "comparison",
      againstTemplateVersion: "1.1.0",
    });
    const log = snapshot.grids.get("审计日志")!.rows;
    const last = log[log.length - 1].map((c) => ("value" in c ? c.value : null));
    expect(last[1]).toBe("whatif");
    const sheet = snapshot.grids
      .get(WHATIF_SHEET)!
      .rows.map((row) => row.map((c) => ("value" in c ? c.value : null)));
    const flat = sheet.flat().map(String);
    expect(flat.some((text) => text.includes("不在权重模板中"))).toBe(true);
    expect(flat).toContain("仅在现行方案 A 中的岗位");
  });

  it("takes --method for both templates and --lang en-US for the sheet", async () => {
    const out = path.join(dir, "comparison.xlsx");
    const { code, err } = await cli(
      "whatif",
      SAMPLE_SCORES,
      "--against",
      reweighted,
      "--method",
      "competition",
      "--lang",
      "en-US",
      "--out",
      out
    );
    expect(code).toBe(0);
    expect(err).toContain("Compared");
    const snapshot = await sheetsOf(out);
    expect(snapshot.registry[WHATIF_SHEET]).toMatchObject({ method: "competition" });
    const title = snapshot.grids.get(WHATIF_SHEET)!.rows[0][0];
    expect("value" in title && title.value).toBe("Weight template comparison, 2025");
  });

  it("exits 2 with a clear message naming the file: wrong paths, a bad template, no --against, no --out", async () => {
    const out = path.join(dir, "不该写.xlsx");
    const noScores = await cli(
      "whatif",
      path.join(dir, "没有.xlsx"),
      "--against",
      reweighted,
      "--out",
      out
    );
    expect(noScores.code).toBe(2);
    expect(noScores.err).toContain("无法读取文件");
    expect(noScores.err).toContain("没有.xlsx");
    expect(noScores.err).toContain("请检查评分工作簿");
    const noB = await cli(
      "whatif",
      SAMPLE_SCORES,
      "--against",
      path.join(dir, "没有.json"),
      "--out",
      out
    );
    expect(noB.code).toBe(2);
    expect(noB.err).toContain("没有.json");
    expect(noB.err).toContain("拟议权重模板（--against，方案 B）");
    const broken = path.join(dir, "坏模板.json");
    writeFileSync(broken, '{"id": "x", "posts": []');
    const bad = await cli(
      "whatif",
      SAMPLE_SCORES,
      "--template",
      broken,
      "--against",
      reweighted,
      "--out",
      out
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("坏模板.json");
    expect(bad.err).toContain("现行权重模板（--template，方案 A）");
    const noAgainst = await cli("whatif", SAMPLE_SCORES, "--out", out);
    expect(noAgainst.code).toBe(2);
    expect(noAgainst.err).toContain("--against <拟议模板.json|.xlsx>");
    const noOut = await cli("whatif", SAMPLE_SCORES, "--against", reweighted);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("--out <比较.xlsx>");
    const noSheet = await cli(
      "whatif",
      SAMPLE_SCORES,
      "--against",
      reweighted,
      "--sheet",
      "没有这张表",
      "--json",
      "--out",
      out
    );
    expect(noSheet.code).toBe(2);
    expect(JSON.parse(noSheet.out)).toHaveProperty("issues");
    expect(existsSync(out)).toBe(false);
  });
});
