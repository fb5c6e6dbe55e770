import type { LoadedTemplate } from "../../src/core/template/parse-template";
import { templateJob } from "../../src/jobs/assessment/template-job";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fillScoreSheet, type FilledRow } from "./fill-score-sheet";

/**
 * A filled score workbook of `count` rows over every post of the template, deterministic, with coarse
 * values so that composites tie, and a few branches. Returns the file's bytes.
 */
export async function generatedScores(
  loaded: LoadedTemplate,
  count: number,
  seed = 11
): Promise<{ bytes: Uint8Array; rows: FilledRow[] }> {
  const rows = generatedRows(loaded, count, seed);
  const book = XlsxWorkbook.empty();
  await templateJob(book, {
    template: loaded,
    rows: Math.max(count, 10),
    now: new Date(2025, 11, 31),
  });
  const filled = await fillScoreSheet(
    await XlsxWorkbook.fromBuffer(await book.toBuffer()),
    loaded,
    rows
  );
  return { bytes: await filled.toBuffer(), rows };
}

/** The rows of `generatedScores`, without the file: deterministic for a seed. */
export function generatedRows(loaded: LoadedTemplate, count: number, seed = 11): FilledRow[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const branches = ["北京分行", "上海分行", "广州分行", "深圳分行", ""];
  const rows: FilledRow[] = [];
  for (let r = 0; r < count; r++) {
    const post = loaded.template.posts[r % loaded.template.posts.length];
    const values: FilledRow["values"] = {};
    for (const indicator of post.indicators) {
      const s = indicator.scoring;
      const x =
        s.method === "direct"
          ? pick([60, 70, 80, 85, 90, 95, 100])
          : s.method === "deduction"
            ? pick([0, 1, 2, 3])
            : s.method === "ratio"
              ? s.target * pick([0.5, 0.8, 1, 1.1, 1.3])
              : s.method === "efficacy"
                ? s.floor + (s.satisfactory - s.floor) * pick([-0.2, 0, 0.5, 1, 1.2])
                : s.method === "linear"
                  ? s.points[0][0] +
                    (s.points[s.points.length - 1][0] - s.points[0][0]) * pick([0, 0.25, 0.5, 1])
                  : pick([60, 75, 90]);
      values[indicator.id] = indicator.bonus && next() < 0.5 ? null : Math.round(x * 1e6) / 1e6;
    }
    rows.push({
      branch: pick(branches),
      department: "运营部",
      id: `E${String(r + 1).padStart(5, "0")}`,
      name: `员工${r + 1}`,
      post: post.name,
      values,
    });
  }
  return rows;
}
