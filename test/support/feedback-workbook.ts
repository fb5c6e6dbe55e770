import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assess } from "../../src/core/assess/assess";
import { officialCalendar, serialOf } from "../../src/core/calendar/official-calendar";
import { outcomeRules } from "../../src/core/cycle/cycle-rules";
import { feedbackFor } from "../../src/core/cycle/feedback";
import { appealDeadline, outcomeFor, type Outcome } from "../../src/core/cycle/outcomes";
import { parsePeriod } from "../../src/core/cycle/periods";
import { feedbackSheetSpec, type TrendPoint } from "../../src/jobs/sheets/feedback-sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { generatedRows } from "./generated-scores";
import { sampleTemplate } from "./samples";

/**
 * A 反馈单 workbook for `count` generated rows of the sample template: each ranked row's outcome for 2025Q4
 * published 2026-01-09 (each failed 2025Q3 too), a two-period trend, the appeal deadline.
 */
export async function feedbackWorkbook(count: number) {
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
  const rules = outcomeRules(loaded.template);
  const published = serialOf("2026-01-09");
  const outcomes = new Map<string, Outcome>();
  for (const row of report.ranked) {
    const outcome = outcomeFor(
      { id: row.id, composite: row.composite, grade: row.grade, vetoed: row.veto !== null },
      {
        period: parsePeriod("2025Q4")!,
        bands: loaded.template.grades,
        rules,
        history: new Map([["2025Q3", new Map([[row.id, false]])]]),
        published,
        calendar: officialCalendar,
      }
    );
    if (outcome.ok) outcomes.set(row.id, outcome.value);
  }
  const trends = new Map<string, TrendPoint[]>(
    report.ranked.map((row) => [
      row.id,
      [
        { period: "2025Q3", composite: 80, grade: "良好" },
        { period: "2025Q4", composite: row.composite, grade: row.grade },
      ],
    ])
  );
  const deadline = appealDeadline(rules, published, officialCalendar);
  if (!deadline.ok) throw new Error("calendar");
  const spec = feedbackSheetSpec(
    loaded,
    report,
    { feedback: feedbackFor(loaded, report), outcomes, trends },
    {
      period: "2025Q4",
      appealDeadline: deadline.value,
      generatedAt: "2026-01-09 09:00",
      inputHash: "0".repeat(64),
    }
  );
  const book = XlsxWorkbook.empty();
  await book.write([spec]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "feedback-")), "反馈单.xlsx");
  writeFileSync(file, await book.toBuffer());
  return { file, report };
}
