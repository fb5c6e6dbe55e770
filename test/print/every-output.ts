/* Every workbook `bank-assess` writes, made from the bundled samples with the command line, for the print test
 * over every output (every-output.test.ts). Not a test file itself. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import type { FilledRow } from "../support/fill-score-sheet";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";
import { APPROVED_CORRECTION, counter, credit } from "../support/branch-rows";

const SAMPLES = path.join(__dirname, "../../assets/samples");
const SAMPLE_SCORES = path.join(SAMPLES, "ops-2025.scores.xlsx");
const DUTIES_SAMPLE = path.join(SAMPLES, "ops-2025.duties.xlsx");

/** The outputs, by what made them: each is a workbook to print. */
export const OUTPUTS = [
  "template",
  "rank",
  "rankEnglish",
  "rankLive",
  "collect",
  "annual",
  "results",
  "calibrate",
  "whatif",
  "whatifEnglish",
  "appealsRegister",
  "appealsApplied",
  "dutiesNew",
  "checkup",
] as const;
export type Output = (typeof OUTPUTS)[number];

async function cli(...argv: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  if (code > 1) throw new Error(`bank-assess ${argv.join(" ")}: exit ${code}\n${err}`);
  return out;
}

/** A folder of a few branches' submissions (one with a text where a number belongs, one duplicate id). */
async function submissions(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const loaded = sampleTemplate();
  const files: Record<string, FilledRow[]> = {
    北京分行: [
      credit("北京分行", "BJ1", 3, 0.02, 95),
      credit("北京分行", "BJ2", 2, 0.012, 90),
      counter("北京分行", "BJ3", 0.0009, 4),
    ],
    上海分行: [
      credit("上海分行", "SH1", 2.5, 0.01, 98),
      counter("上海分行", "SH2", 0.0012, 5),
      credit("上海分行", "SH3", 4, 0.02, "九十六"),
    ],
    广州分行: [
      counter("广州分行", "GZ1", 0.0008, 3),
      credit("广州分行", "SH1", 3, 0.015, 92),
      credit("广州分行", "GZ3", 2, 0.018, 88),
    ],
  };
  for (const [branch, rows] of Object.entries(files))
    writeFileSync(path.join(folder, `${branch}.xlsx`), await submission(loaded, rows));
  writeFileSync(path.join(folder, "深圳分行.xlsx"), "这不是工作簿，只是改了扩展名的文本文件");
}

/**
 * A proposed template for whatif (calibration.md §2): the sample with other weights for two posts, a post
 * dropped and an indicator the score sheet has no column for, so that every part of 方案比较 has rows.
 */
function proposedTemplate(file: string): string {
  const template = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));
  template.version = "1.1.0";
  const [credit, manager, ...rest] = template.posts;
  credit.indicators[0].weight = 20;
  credit.indicators[1].weight = 50;
  manager.indicators.push({
    id: "digital_share",
    name: "线上业务占比",
    weight: 10,
    scoring: { method: "direct" },
  });
  manager.indicators[0].weight = 10;
  template.posts = [credit, manager, ...rest.slice(1)];
  writeFileSync(file, JSON.stringify(template));
  return file;
}

/** The empty register filled as the assessing unit would: one correction answered. */
async function filledRegister(empty: string, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(empty);
  const sheet = book.getWorksheet("申诉登记")!;
  APPROVED_CORRECTION.forEach(
    (value, c) => (sheet.getRow(4).getCell(c + 1).value = value as ExcelJS.CellValue)
  );
  await book.xlsx.writeFile(file);
}

/** Writes every output into `dir` with the command line; each output's file, by name. */
export async function writeEveryOutput(dir: string): Promise<Record<Output, string>> {
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const files: Record<Output, string> = {
    template: file("评分模板.xlsx"),
    rank: file("排名-2025Q4.xlsx"),
    rankEnglish: file("ranking-2025Q4-en.xlsx"),
    rankLive: file("排名-2025Q4-公式.xlsx"),
    collect: file("汇总.xlsx"),
    annual: file("年度排名-2025.xlsx"),
    results: file("结果-2025Q4.xlsx"),
    calibrate: file("校准-2025Q4.xlsx"),
    whatif: file("方案比较.xlsx"),
    whatifEnglish: file("comparison-en.xlsx"),
    appealsRegister: file("申诉登记.xlsx"),
    appealsApplied: file("更正.xlsx"),
    dutiesNew: file("岗责工作簿.xlsx"),
    checkup: file("体检报告.xlsx"),
  };
  const quarters = path.join(dir, "quarters");
  mkdirSync(quarters, { recursive: true });
  const quarter = (q: number) => path.join(quarters, `排名-2025Q${q}.xlsx`);

  await cli("template", SAMPLE_TEMPLATE_PATH, "--out", files.template);
  await cli("rank", SAMPLE_SCORES, "--out", files.rank, "--period", "2025Q4");
  await cli(
    "rank",
    SAMPLE_SCORES,
    "--out",
    files.rankEnglish,
    "--period",
    "2025Q4",
    "--lang",
    "en-US"
  );
  await cli("rank", SAMPLE_SCORES, "--out", files.rankLive, "--period", "2025Q4", "--live");
  for (const q of [1, 2, 3])
    await cli("rank", SAMPLE_SCORES, "--out", quarter(q), "--period", `2025Q${q}`);
  const folder = path.join(dir, "提交");
  await submissions(folder);
  await cli(
    "collect",
    folder,
    "--template",
    SAMPLE_TEMPLATE_PATH,
    "--out",
    files.collect,
    "--period",
    "2025Q4"
  );
  await cli("annual", quarter(1), quarter(2), quarter(3), files.rank, "--out", files.annual);
  await cli(
    "results",
    files.rank,
    "--history",
    quarter(1),
    quarter(2),
    quarter(3),
    "--published",
    "2026-01-09",
    "--out",
    files.results
  );
  await cli("calibrate", files.rank, "--normalize", "--out", files.calibrate);
  const proposed = proposedTemplate(path.join(quarters, "拟议模板.json"));
  await cli("whatif", SAMPLE_SCORES, "--against", proposed, "--out", files.whatif);
  await cli(
    "whatif",
    SAMPLE_SCORES,
    "--against",
    proposed,
    "--out",
    files.whatifEnglish,
    "--lang",
    "en-US"
  );
  await cli("appeals", files.rank, "--out", files.appealsRegister);
  const register = path.join(quarters, "申诉登记-已填.xlsx");
  await filledRegister(files.appealsRegister, register);
  await cli(
    "appeals",
    files.rank,
    "--register",
    register,
    "--apply",
    "--out",
    files.appealsApplied
  );
  await cli("verify", files.appealsApplied);
  await cli("duties", "--new", "--template", SAMPLE_TEMPLATE_PATH, "--out", files.dutiesNew);
  await cli(
    "duties",
    DUTIES_SAMPLE,
    "--template",
    SAMPLE_TEMPLATE_PATH,
    "--as-of",
    "2025-12-31",
    "--out",
    files.checkup
  );
  return files;
}
