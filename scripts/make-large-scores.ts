/**
 * A filled score workbook of N rows (default 10,000) for trying the add-in on a large sheet in a real Excel
 * (docs/excel-checklist.md): npx tsx scripts/make-large-scores.ts 10000 → out/large-scores-10000.xlsx
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate } from "../src/core/template/parse-template";
import { generatedScores } from "../test/support/generated-scores";

async function main() {
  const rows = Number(process.argv[2] ?? 10_000);
  if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000) {
    console.error("用法：npx tsx scripts/make-large-scores.ts <行数，1 至 1,000,000>");
    process.exit(2);
  }
  const root = path.join(__dirname, "..");
  const parsed = parseTemplate(
    JSON.parse(readFileSync(path.join(root, "assets/samples/ops-2025.template.json"), "utf8"))
  );
  if (!parsed.ok) throw new Error("the sample template is invalid");
  const { bytes } = await generatedScores(parsed.value, rows);
  mkdirSync(path.join(root, "out"), { recursive: true });
  const file = path.join(root, "out", `large-scores-${rows}.xlsx`);
  writeFileSync(file, bytes);
  console.log(file);
}

void main();
