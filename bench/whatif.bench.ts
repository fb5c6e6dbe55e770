import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseTemplate } from "../src/core/template/parse-template";
import { runCommand, type CommandFigure } from "./command";
import { scaleInput } from "./scale-input";

export type WhatifFigures = { rank: CommandFigure; whatif: CommandFigure };

/**
 * `bank-assess whatif` of a 100,000-row score sheet beside `rank` of the same file (calibration.md §2; the
 * target: at most twice rank's time): whatif reads the sheet, scores and ranks it under the current template
 * and under a proposed one (the first post's weights moved, one post dropped), compares them and writes
 * 方案比较 with every compared row.
 */
export async function whatifBench(count = 100_000): Promise<WhatifFigures> {
  const root = process.cwd();
  const json = JSON.parse(
    readFileSync(path.join(root, "assets/samples/ops-2025.template.json"), "utf8")
  );
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new Error("sample template");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-whatif-"));
  const scores = path.join(dir, "scores.xlsx");
  writeFileSync(scores, await scaleInput(parsed.value, count));
  json.version = "1.1.0";
  json.posts[0].indicators[0].weight = 20;
  json.posts[0].indicators[1].weight = 50;
  json.posts.splice(2, 1);
  const proposed = path.join(dir, "proposed.json");
  writeFileSync(proposed, JSON.stringify(json));
  const rows = count.toLocaleString("en-US");
  const rank = runCommand(`CLI rank: ${rows} rows`, [
    "rank",
    scores,
    "--period",
    "2025Q4",
    "--out",
    path.join(dir, "ranked.xlsx"),
  ]);
  const whatif = runCommand(
    `CLI whatif: the same ${rows} rows under two templates (score and rank twice, compare, write 方案比较)`,
    ["whatif", scores, "--against", proposed, "--out", path.join(dir, "comparison.xlsx")],
    undefined,
    [0]
  );
  return { rank, whatif };
}

/** The two figures and whatif's time and memory as a multiple of rank's. */
export function describeWhatif({ rank, whatif }: WhatifFigures): string {
  const seconds = (f: CommandFigure) => `${(f.ms / 1000).toFixed(1)} s`;
  const figure = (f: CommandFigure) =>
    `${f.name}\n  ${seconds(f)} · peak memory (RSS) ${f.peakRssMib.toFixed(0)} MiB`;
  return [
    figure(rank),
    figure(whatif),
    `  whatif ÷ rank: time ${(whatif.ms / rank.ms).toFixed(2)}× · peak memory ${(whatif.peakRssMib / rank.peakRssMib).toFixed(2)}× (target: time ≤ 2×)`,
  ].join("\n");
}
