import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { run } from "../src/cli/main";
import { parseTemplate } from "../src/core/template/parse-template";
import { inspect, sheetsToRead } from "../src/jobs/inspect";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { generatedScores } from "../test/support/generated-scores";
import type { Figure } from "./measure";

const once = async (name: string, work: () => Promise<unknown>): Promise<Figure> => {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  return {
    name,
    medianMs: ms,
    minMs: ms,
    runs: 1,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
};

/** Writing the ranked workbook's bytes (the workbook is loaded first, untimed). */
async function writing(file: string): Promise<Figure> {
  const ranked = await XlsxWorkbook.fromBuffer(readFileSync(file));
  return once("  of which: writing the ranked workbook (.xlsx bytes)", () => ranked.toBuffer());
}

/** A 10,000-row score sheet through the CLI, end to end, and how much of it is reading and writing the file. */
export async function cliBench(): Promise<Figure[]> {
  const root = process.cwd(); // npm run bench runs from the project's root
  const parsed = parseTemplate(
    JSON.parse(readFileSync(path.join(root, "assets/samples/ops-2025.template.json"), "utf8"))
  );
  if (!parsed.ok) throw new Error("sample template");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  const input = path.join(dir, "scores-10000.xlsx");
  writeFileSync(input, (await generatedScores(parsed.value, 10_000)).bytes);
  const quiet = { out: () => undefined, err: () => undefined, progress: false };
  const bytes = readFileSync(input);
  let book: XlsxWorkbook | null = null;
  return [
    await once("CLI validate, 10,000-row score sheet (whole command)", () =>
      run(["validate", input], quiet)
    ),
    await once(
      "CLI rank, 10,000-row score sheet (whole command: read, validate, rank, write)",
      () => run(["rank", input, "--out", path.join(dir, "ranked.xlsx")], quiet)
    ),
    await once("  of which: reading the .xlsx (unzip, parse, typed grid)", async () => {
      book = await XlsxWorkbook.fromBuffer(bytes);
      await book.read(sheetsToRead({}));
    }),
    await once("  of which: validating and scoring (no I/O)", async () =>
      inspect(await (book as unknown as XlsxWorkbook).read(sheetsToRead({})), {})
    ),
    await writing(path.join(dir, "ranked.xlsx")),
  ];
}
