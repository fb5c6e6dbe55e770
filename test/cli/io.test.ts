import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LISTED_ISSUES, printIssues } from "../../src/cli/io";
import { issueAt } from "../../src/jobs/shared/issue";
import { cli } from "../support/run-cli";
import { sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";

const printed = (count: number, lang: "zh-CN" | "en-US") => {
  let err = "";
  const issues = Array.from({ length: count }, (_, k) => ({
    ...issueAt("error", "collect.duplicate", { id: `E${k}` }),
    cell: `评分表!A${k + 4}`,
  }));
  printIssues({ err: (text) => (err += text) }, issues, lang);
  return err.split("\n").filter(Boolean);
};

describe("printIssues: what a terminal shows of a report", () => {
  it("lists every issue up to the limit, nothing counted", () => {
    expect(printed(LISTED_ISSUES, "zh-CN")).toHaveLength(LISTED_ISSUES);
    expect(printed(LISTED_ISSUES, "zh-CN").join("\n")).not.toContain("未在此列出");
  });

  it("lists the first issues and counts the rest, saying where the full list is", () => {
    const zh = printed(LISTED_ISSUES + 7, "zh-CN");
    expect(zh).toHaveLength(LISTED_ISSUES + 1);
    expect(zh[0]).toContain("评分表!A4");
    expect(zh.at(-1)).toBe(
      `……另有 7 条问题未在此列出（共 ${LISTED_ISSUES + 7} 条）：完整清单请加 --json 输出。`
    );
    expect(printed(LISTED_ISSUES + 1, "en-US").at(-1)).toBe(
      `… and 1 more problem not listed here (${LISTED_ISSUES + 1} in all): add --json for the full list.`
    );
  });
});

describe("a sheet whose every row is wrong (issue 24)", () => {
  it("rank and validate list the first rows' problems and count the rest; --json keeps them all", async () => {
    const loaded = await sampleTemplate();
    const rows = Array.from({ length: 120 }, (_, k) => ({
      branch: "成都分行",
      department: "运营部",
      id: `W${String(k).padStart(4, "0")}`,
      name: `员工${k}`,
      post: "不存在的岗位",
      values: {},
    }));
    const dir = mkdtempSync(path.join(os.tmpdir(), "wrong-rows-"));
    const file = path.join(dir, "wrong.xlsx");
    writeFileSync(file, await submission(loaded, rows));
    const validate = await cli("validate", file);
    const lines = validate.err.split("\n").filter((line) => line.startsWith("✗"));
    expect(lines).toHaveLength(LISTED_ISSUES);
    expect(validate.err).toMatch(/另有 \d+ 条问题未在此列出/);
    const json = await cli("validate", file, "--json");
    expect(JSON.parse(json.out).issues.length).toBeGreaterThanOrEqual(120);
    const rank = await cli("rank", file, "--period", "2025Q4", "--out", path.join(dir, "out.xlsx"));
    expect(rank.err.split("\n").filter((line) => line.startsWith("✗")).length).toBeLessThanOrEqual(
      LISTED_ISSUES
    );
    expect(rank.err).toMatch(/另有 \d+ 条问题未在此列出/);
  });
});
