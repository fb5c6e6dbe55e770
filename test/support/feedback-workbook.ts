import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assess } from "../../src/core/assess/assess";
import { officialCalendar, serialOf } from "../../src/core/calendar/official-calendar";
import { parsePeriod } from "../../src/core/cycle/periods";
import { cycleResults } from "../../src/core/cycle/results";
import { feedbackSheetSpecs } from "../../src/jobs/cycle/feedback-sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { generatedRows } from "./generated-scores";
import { sampleTemplate } from "./samples";

/**
 * The cycle results of `count` generated rows of the sample template: each ranked row's outcome for 2025Q4
 * published 2026-01-09 (each failed 2025Q3 too), a two-period trend, the appeal deadline.
 */
export function feedbackResults(count: number) {
  const loaded = sampleTemplate();
  const records = generatedRows(loaded, count).map((row) => ({
    id: String(row.id),
    name: row.name,
    branch: row.branch || undefined,
    department: row.department,
    post: row.post,
    values: row.values as Record<string, number | null>,
  }));
  const report = assess(loaded, records);
  const results = cycleResults(loaded, report, {
    period: parsePeriod("2025Q4")!,
    history: [
      {
        period: "2025Q3",
        templateId: loaded.template.id,
        templateFingerprint: loaded.fingerprint,
        source: "2025Q3",
        rows: report.ranked.map((row) => ({
          id: row.id,
          post: row.post,
          composite: 80,
          grade: loaded.template.grades[loaded.template.grades.length - 1].label,
          vetoed: false,
        })),
      },
    ],
    published: serialOf("2026-01-09"),
    calendar: officialCalendar,
  });
  if (!results.ok) throw new Error("calendar");
  return { loaded, report, results: results.value };
}

/** A 反馈单 workbook of `feedbackResults(count)`. */
export async function feedbackWorkbook(count: number) {
  const { loaded, report, results } = feedbackResults(count);
  const specs = feedbackSheetSpecs(loaded, results, {
    generatedAt: "2026-01-09 09:00",
    inputHash: "0".repeat(64),
  });
  const book = XlsxWorkbook.empty();
  await book.write(specs);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "feedback-")), "反馈单.xlsx");
  writeFileSync(file, await book.toBuffer());
  return { file, report };
}
