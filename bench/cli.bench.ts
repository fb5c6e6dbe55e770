import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand, type CommandFigure } from "./command";
import { sampleTemplate, scaleInput } from "./scale-input";

/** The compiled command's start-up (`--help`, median of 5) and `validate` of a 10,000- and a 100,000-row sheet. */
export async function cliBench(): Promise<CommandFigure[]> {
  const starts = Array.from({ length: 5 }, () => runCommand("start-up", ["--help"])).sort(
    (a, b) => a.ms - b.ms
  );
  const template = sampleTemplate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  const input = path.join(dir, "scores-10000.xlsx");
  writeFileSync(input, await scaleInput(template, 10_000));
  const large = path.join(dir, "scores-100000.xlsx");
  writeFileSync(large, await scaleInput(template, 100_000));
  return [
    { ...starts[2], name: "bank-assess --help (start-up of the compiled command, median of 5)" },
    runCommand("bank-assess validate, 10,000-row score sheet", ["validate", input]),
    runCommand("bank-assess validate, 100,000-row score sheet (issue 27's goal: ≤ 1.5 s)", [
      "validate",
      large,
    ]),
  ];
}
