import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand, type CommandFigure } from "./command";
import { sampleTemplate, scaleInput } from "./scale-input";

/**
 * 300 submissions of 200 rows each through the compiled command, in a process of its own so that its peak
 * memory is the command's: `bank-assess collect <folder> --template … --out …`.
 */
export async function collectBench(): Promise<CommandFigure> {
  const template = sampleTemplate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-collect-"));
  const folder = path.join(dir, "submissions");
  mkdirSync(folder);
  for (let k = 0; k < 300; k++) {
    const branch = `第${String(k + 1).padStart(3, "0")}支行`;
    writeFileSync(
      path.join(folder, `${branch}.xlsx`),
      await scaleInput(template, 200, { seed: 1000 + k, branch })
    );
  }
  return runCommand(
    "CLI collect: 300 submissions × 200 rows (read, check, validate, collect, rank, write; issue 27's goal: ≤ 4 s)",
    [
      "collect",
      folder,
      "--template",
      "assets/samples/ops-2025.template.json",
      "--period",
      "2025Q4",
      "--out",
      path.join(dir, "collected.xlsx"),
    ]
  );
}
