import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseTemplate } from "../src/core/template/parse-template";
import { generatedScores } from "../test/support/generated-scores";

export type CollectFigure = { name: string; ms: number; peakRssMb: number };

/**
 * 300 submissions of 200 rows each through the CLI, in a process of its own so that its peak memory is the
 * command's: `bank-assess collect <folder> --template … --out …`.
 */
export async function collectBench(): Promise<CollectFigure> {
  const root = process.cwd();
  const parsed = parseTemplate(
    JSON.parse(readFileSync(path.join(root, "assets/samples/ops-2025.template.json"), "utf8"))
  );
  if (!parsed.ok) throw new Error("sample template");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-collect-"));
  const folder = path.join(dir, "submissions");
  mkdirSync(folder);
  // One branch's workbook of 200 rows, sent under 300 names with distinct ids (each file its own content).
  for (let k = 0; k < 300; k++) {
    const { bytes } = await generatedScores(parsed.value, 200, 1000 + k);
    writeFileSync(path.join(folder, `第${String(k + 1).padStart(3, "0")}支行.xlsx`), bytes);
  }
  // Ids repeat across generated files (E00001…): rename them per file so the branches do not collide.
  const script = `
    const ExcelJS = require("exceljs"); const fs = require("fs"); const path = require("path");
    (async () => { for (const f of fs.readdirSync(${JSON.stringify(folder)})) {
      const p = path.join(${JSON.stringify(folder)}, f); const b = new ExcelJS.Workbook(); await b.xlsx.readFile(p);
      const s = b.getWorksheet("评分表"); const tag = f.slice(1, 4);
      s.eachRow((row, n) => { if (n > 3 && row.getCell(3).value) { row.getCell(3).value = "B" + tag + "-" + row.getCell(3).value; row.getCell(1).value = "第" + tag + "支行"; } });
      await b.xlsx.writeFile(p); } })();`;
  execFileSync(process.execPath, ["-e", script], { cwd: root });
  const start = performance.now();
  const output = execFileSync(
    process.execPath,
    [
      "-e",
      `require("tsx/cjs/api").register(); const { run } = require("./src/cli/main.ts"); run(process.argv.slice(1), { out: () => {}, err: () => {}, progress: false }).then((code) => { console.log(JSON.stringify({ code, rss: process.resourceUsage().maxRSS })); });`,
      "collect",
      folder,
      "--template",
      "assets/samples/ops-2025.template.json",
      "--out",
      path.join(dir, "collected.xlsx"),
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 }
  );
  const ms = performance.now() - start;
  const { rss } = JSON.parse(output.trim().split("\n").pop() as string) as { rss: number };
  return {
    name: "CLI collect: 300 submissions × 200 rows (read, check, validate, collect, rank, write)",
    ms,
    peakRssMb: rss / 1024,
  };
}
