/**
 * `npm run demo`: the whole job headless on the bundled samples, on any machine with Node:
 * template → (the filled sample, with deliberate mistakes) → validate → rank → the other quarters → annual → results → verify → an appeals register
 * → duties → the review forms aggregated (reviews) and verified against them (verify --forms).
 * Writes out/demo/.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { run } from "../src/cli/main";

const root = path.join(__dirname, "..");
const out = path.join(root, "out", "demo");
const sample = path.join(root, "assets", "samples");
const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stdout.write(text),
  progress: false,
};

async function step(title: string, argv: string[]) {
  console.log(
    `\n━━ ${title}\n$ bank-assess ${argv.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}`
  );
  const code = await run(argv, io);
  console.log(`(exit ${code})`);
}

async function main() {
  mkdirSync(out, { recursive: true });
  const scores = path.join(out, "北京上海广州深圳-评分表.xlsx");
  copyFileSync(path.join(sample, "ops-2025.scores.xlsx"), scores);
  await step("1. 由权重模板生成评分模板 / make the score template", [
    "template",
    path.join(sample, "ops-2025.template.json"),
    "--out",
    path.join(out, "评分模板.xlsx"),
  ]);
  await step("2. 校验已填写的评分表 / validate a filled score sheet (with deliberate mistakes)", [
    "validate",
    scores,
  ]);
  await step("3. 排名 / rank", [
    "rank",
    scores,
    "--out",
    path.join(out, "排名-2025Q4.xlsx"),
    "--period",
    "2025Q4",
  ]);
  await step("4. 排名（实时公式）/ rank with live formulas", [
    "rank",
    scores,
    "--out",
    path.join(out, "排名-2025Q4-公式.xlsx"),
    "--period",
    "2025Q4",
    "--live",
  ]);
  // The same sample sheet as each quarter of the year: the annual result from the four quarters (cycle.md §2).
  for (const q of [1, 2, 3])
    await step(`5.${q} 第${q}季度排名 / rank 2025Q${q}`, [
      "rank",
      scores,
      "--out",
      path.join(out, `排名-2025Q${q}.xlsx`),
      "--period",
      `2025Q${q}`,
    ]);
  await step("6. 年度汇总 / the annual result from the four quarters", [
    "annual",
    ...[1, 2, 3, 4].map((q) => path.join(out, `排名-2025Q${q}.xlsx`)),
    "--out",
    path.join(out, "年度排名-2025.xlsx"),
  ]);
  // cycle.md §3–§4: feedback, outcomes, rectification and training for the last quarter, with the earlier
  // quarters as history (failures in a row), published on a fixed day so the deadlines are reproducible.
  await step("7. 结果应用与反馈单 / results: feedback, outcomes, rectification, training", [
    "results",
    path.join(out, "排名-2025Q4.xlsx"),
    "--history",
    ...[1, 2, 3].map((q) => path.join(out, `排名-2025Q${q}.xlsx`)),
    "--published",
    "2026-01-09",
    "--out",
    path.join(out, "结果-2025Q4.xlsx"),
  ]);
  // cycle.md §6.2: every ranking tab recomputed from the workbook's own template and data.
  await step("8. 核验 / verify the published ranking", [
    "verify",
    path.join(out, "排名-2025Q4.xlsx"),
  ]);
  await step("8b. 核验年度排名 / verify the annual result", [
    "verify",
    path.join(out, "年度排名-2025.xlsx"),
  ]);
  await step("9. 空白申诉登记 / an empty appeals register", [
    "appeals",
    path.join(out, "排名-2025Q4.xlsx"),
    "--out",
    path.join(out, "申诉登记.xlsx"),
  ]);
  await step("10. 空白岗责工作簿 / an empty duties workbook with the template's posts", [
    "duties",
    "--new",
    "--template",
    path.join(sample, "ops-2025.template.json"),
    "--out",
    path.join(out, "岗责工作簿.xlsx"),
  ]);
  await step(
    "11. 岗位责任体检 / the quarterly check-up of the sample duties workbook (with planted problems)",
    [
      "duties",
      path.join(sample, "ops-2025.duties.xlsx"),
      "--template",
      path.join(sample, "ops-2025.template.json"),
      "--as-of",
      "2025-12-31",
      "--out",
      path.join(out, "体检报告-2025Q4.xlsx"),
    ]
  );
  // reviews.md §3–§4 (issue 25): the Guangzhou online-ops team's returned review forms (assets/samples/reviews,
  // made by scripts/make-sample-reviews.ts) fill their OKR 完成度, replacing the hand-typed values.
  const reviewed = path.join(out, "评价汇总-2025Q4.xlsx");
  await step("12. 员工自评与互评汇总 / reviews: aggregate the returned review forms", [
    "reviews",
    path.join(sample, "reviews"),
    "--template",
    path.join(sample, "ops-2025.reviews.template.json"),
    "--scores",
    scores,
    "--out",
    reviewed,
    "--overwrite",
  ]);
  await step("13. 按评价表核验 / verify the reviewed cells against the forms", [
    "verify",
    reviewed,
    "--forms",
    path.join(sample, "reviews"),
  ]);
  console.log(`\n结果在 / results in: ${out}`);
}

void main();
