import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseTemplate, type LoadedTemplate } from "../src/core/template/parse-template";
import { templateJob } from "../src/jobs/assessment/template-job";
import { indicatorColumns, SCORE_SHEET } from "../src/jobs/assessment/score-sheet";
import { reviewFormSpec, type Person } from "../src/jobs/reviews/review-form";
import { sheetOf } from "../src/workbook/number-headers";
import type { OutCell, SheetSpec, Workbook } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";
import { runCommand, type CommandFigure } from "./command";

const TEMPLATE = "assets/samples/ops-2025.reviews.template.json";
const TEAMS = 100;
const TEAM_SIZE = 20;

/** A small deterministic generator (mulberry32), so every run rates alike. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 2,000 people: 100 teams of 20 线上运营岗, the first of each team its head. */
const teams = (): Person[][] =>
  Array.from({ length: TEAMS }, (_, t) =>
    Array.from({ length: TEAM_SIZE }, (_, k) => ({
      id: `P${String(t * TEAM_SIZE + k + 1).padStart(5, "0")}`,
      name: `员工${t * TEAM_SIZE + k + 1}`,
      branch: `第${String(t + 1).padStart(3, "0")}支行`,
      department: "网络金融部",
      post: "线上运营岗",
    }))
  );

/** The score workbook (the template's handout, written by the add-in's own writer) with every person on it. */
async function scoreBook(loaded: LoadedTemplate, people: Person[]): Promise<Uint8Array> {
  let specs: SheetSpec[] = [];
  const capture: Workbook = {
    read: async () => ({ sheets: [], grids: new Map(), registry: {} }),
    write: async (written) => void (specs = written.map(sheetOf)),
  };
  await templateJob(capture, { template: loaded, rows: 200, now: new Date(2025, 11, 31) });
  const scores = specs.find((spec) => spec.name === SCORE_SHEET) as SheetSpec;
  const filled: Record<string, number> = {
    complaint_rate: 0.001,
    response_minutes: 5,
    peer_review: 85,
  };
  const rows: OutCell[][] = scores.rows.slice(0, 3);
  for (const person of people)
    rows.push([
      { value: person.branch ?? null },
      { value: person.department ?? null },
      { value: person.id },
      { value: person.name ?? null },
      { value: person.post ?? null },
      ...indicatorColumns(loaded.template).map((i) => ({ value: filled[i.id] ?? null })),
    ]);
  const book = XlsxWorkbook.empty();
  await book.write(specs.map((spec) => (spec === scores ? { ...spec, rows } : spec)));
  return book.toBuffer();
}

/**
 * One returned form of `rater` for their team, made by the form builder (`reviews --new`) and filled as a
 * rater would: the head rates the team as 上级, the others rate the head as 下级, each other as 同事 and
 * themselves as 本人; every value a whole number from 60 to 100.
 */
async function form(loaded: LoadedTemplate, team: Person[], k: number): Promise<Uint8Array> {
  const spec = reviewFormSpec(loaded, { people: team, generatedAt: "2025-12-20", locale: "zh-CN" });
  const next = random(1000 + Number(team[k].id.slice(1)));
  const rows = spec.rows as OutCell[][];
  rows[2][1] = { value: team[k].id, unlocked: true };
  rows[2][3] = { value: team[k].name ?? null, unlocked: true };
  const items = (loaded.template.reviews as { items: unknown[] }).items.length;
  team.forEach((_, j) => {
    const row = rows[4 + j];
    const relation = j === k ? "本人" : k === 0 ? "上级" : j === 0 ? "下级" : "同事";
    row[5] = { value: relation, unlocked: true };
    for (let i = 0; i < items; i++)
      row[6 + i] = { value: 60 + Math.floor(next() * 41), unlocked: true };
  });
  const book = XlsxWorkbook.empty();
  await book.write([spec]);
  return book.toBuffer();
}

/**
 * 2,000 returned review forms of 20 rows each (issue 25) through the compiled command, in a process of its
 * own: `bank-assess reviews <folder> --template … --scores … --out …` (read, check, aggregate, write).
 */
export async function reviewsBench(): Promise<CommandFigure> {
  const root = process.cwd();
  const parsed = parseTemplate(JSON.parse(readFileSync(path.join(root, TEMPLATE), "utf8")));
  if (!parsed.ok) throw new Error("sample reviews template");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-reviews-"));
  const folder = path.join(dir, "forms");
  mkdirSync(folder);
  const all = teams();
  const scores = path.join(dir, "评分表.xlsx");
  writeFileSync(scores, await scoreBook(parsed.value, all.flat()));
  for (const team of all)
    for (let k = 0; k < team.length; k++)
      writeFileSync(path.join(folder, `${team[k].id}.xlsx`), await form(parsed.value, team, k));
  return runCommand(
    "CLI reviews: 2,000 forms × 20 rows (read, check, aggregate, fill the score sheet, write)",
    [
      "reviews",
      folder,
      "--template",
      TEMPLATE,
      "--scores",
      scores,
      "--out",
      path.join(dir, "评价汇总.xlsx"),
    ]
  );
}
