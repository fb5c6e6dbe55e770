import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand, type CommandFigure } from "./command";
import { sampleTemplate, scaleInput } from "./scale-input";

/**
 * `bank-assess results` for 10,000 objects (cycle.md §3–§4), with the quarter before as history: the
 * ranking workbooks are made by the compiled `rank` first (not timed), then `results` runs in a process of
 * its own: re-scoring the ranking's data, outcomes, 10,000 feedback pages, the three lists, one write.
 */
export async function resultsBench(count = 10_000): Promise<CommandFigure> {
  const template = sampleTemplate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-results-"));
  const scores = path.join(dir, "scores.xlsx");
  writeFileSync(scores, await scaleInput(template, count));
  const ranked = (period: string) => {
    const out = path.join(dir, `${period}.xlsx`);
    runCommand(`rank ${period}`, ["rank", scores, "--period", period, "--out", out]);
    return out;
  };
  const q3 = ranked("2025Q3");
  const q4 = ranked("2025Q4");
  return runCommand(
    `CLI results: ${count.toLocaleString("en-US")} objects with one quarter of history (re-score, outcomes, ${count.toLocaleString("en-US")} feedback pages, lists, write)`,
    [
      "results",
      q4,
      "--history",
      q3,
      "--published",
      "2026-01-09",
      "--out",
      path.join(dir, "results.xlsx"),
    ]
  );
}
