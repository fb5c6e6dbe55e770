import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import os from "node:os";
import path from "node:path";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { CLI_BUNDLE, ROOT } from "../support/built-functions";

const BIN = path.join(ROOT, "bin", "bank-assess.cjs");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });

describe("the compiled command (bin/bank-assess.cjs → dist-cli/)", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "compiled-cli-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("needs nothing at run time but Node and the production dependencies", () => {
    const bundle = readFileSync(CLI_BUNDLE, "utf8");
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const packages = [...required].filter((name) => !builtins.has(name));
    const { dependencies } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    for (const name of packages) expect(Object.keys(dependencies)).toContain(name);
    expect(bundle).not.toMatch(/require\("tsx|require\("typescript/);
  });

  it("answers --help and --version", () => {
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("bank-assess");
    const version = run("--version");
    expect(version.stdout.trim()).toMatch(/^bank-assess \d+\.\d+\.\d+$/);
  });

  it("ranks the sample into a workbook it reads back, and leaves the input as it was", async () => {
    const input = path.join(ROOT, "assets", "samples", "ops-2025.scores.xlsx");
    const before = readFileSync(input);
    const out = path.join(dir, "ranked.xlsx");
    const result = run("rank", input, "--out", out, "--period", "2025Q4");
    expect(result.status).toBe(1); // the sample has rows that cannot be ranked, on purpose
    expect(result.stderr).toContain("排名 2025Q4");
    const snapshot = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).read(["排名 2025Q4"]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "权重模板",
      "评分表",
      "排名 2025Q4",
      "排名明细 2025Q4",
      "审计日志",
    ]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("says where the file is not, in Chinese, with exit code 2", () => {
    const result = run("rank", path.join(dir, "没有.xlsx"), "--out", path.join(dir, "x.xlsx"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("文件不存在");
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
