import { readFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate, type LoadedTemplate } from "../src/core/template/parse-template";
import { templateJob } from "../src/jobs/assessment/template-job";
import { indicatorColumns, SCORE_SHEET } from "../src/jobs/assessment/score-sheet";
import { sheetOf } from "../src/workbook/number-headers";
import type { OutCell, SheetSpec, Workbook } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { generatedRows } from "../test/support/generated-scores";

/**
 * A filled score workbook of `count` rows, made the way a head office's large file is: the handout of
 * `bank-assess template` (200 formatted rows), with the rows pasted in from a system export, so most rows
 * are plain values. Written by the add-in's own writer, so that making it takes seconds, not minutes.
 */
export async function scaleInput(
  loaded: LoadedTemplate,
  count: number,
  options: { seed?: number; branch?: string } = {}
): Promise<Uint8Array> {
  let specs: SheetSpec[] = [];
  const capture: Workbook = {
    read: async () => ({ sheets: [], grids: new Map(), registry: {} }),
    write: async (written) => void (specs = written.map(sheetOf)),
  };
  await templateJob(capture, { template: loaded, rows: 200, now: new Date(2025, 11, 31) });
  const columns = indicatorColumns(loaded.template);
  const scores = specs.find((spec) => spec.name === SCORE_SHEET) as SheetSpec;
  const rows = scores.rows.slice(0, 3);
  generatedRows(loaded, count, options.seed ?? 11).forEach((row, k) => {
    const template = scores.rows[3 + k] ?? [];
    const value = (c: number, v: OutCell["value"]) => ({ ...template[c], value: v });
    rows.push([
      // One branch's submission: its own name on every row, ids that no other branch uses.
      value(0, options.branch ?? (row.branch || null)),
      value(1, row.department ?? null),
      value(2, options.branch ? `${options.branch}-${row.id}` : (row.id as string)),
      value(3, row.name ?? null),
      value(4, row.post),
      ...columns.map((indicator, c) =>
        value(5 + c, (row.values[indicator.id] ?? null) as number | null)
      ),
    ]);
  });
  const book = XlsxWorkbook.empty();
  await book.write(specs.map((spec) => (spec === scores ? { ...spec, rows } : spec)));
  return book.toBuffer();
}

/** The bundled sample template (assets/samples/ops-2025.template.json) the benchmarks' workbooks are made with. */
export function sampleTemplate(): LoadedTemplate {
  const parsed = parseTemplate(
    JSON.parse(
      readFileSync(path.join(process.cwd(), "assets/samples/ops-2025.template.json"), "utf8")
    )
  );
  if (!parsed.ok) throw new Error("sample template");
  return parsed.value;
}
