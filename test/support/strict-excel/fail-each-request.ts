/* Excel's requests are not a transaction: a job of many requests can stop at any of them (a network failure
 * on Excel on the web, a closed pane), and Excel keeps the calls of a failed request made before the failure.
 * failEachRequest makes each request of a job fail in turn, on the strict fake, and checks after each: the
 * user's sheets and the published tabs of other periods are unchanged, the registry is readable and holds
 * every sheet it held and every sheet the job added, a ranking tab left half written is reported by verify,
 * and running the job again ends in the same workbook as a run that was never interrupted. */
import { writeCollected } from "../../../src/jobs/assessment/collect-job";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { verifyJob, verifySheetsToRead } from "../../../src/jobs/appeals/verify-job";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { REGISTRY_SHEET } from "../../../src/workbook/registry-sheet";
import { generatedRows } from "../generated-scores";
import { sampleTemplate } from "../samples";
import { fillByHand } from "./fill-by-hand";
import { collectedFiles } from "./scale-scenario";
import { StrictExcel, type InjectedFault } from "./strict-excel";
import { copyOf, firstDifference, registryOf, sheetState, workbookText } from "./workbook-state";

const NOW = new Date(2026, 0, 9, 10, 15);

export type Scenario = {
  /** The workbook before the job. */
  base: StrictExcel;
  run: (excel: StrictExcel) => Promise<unknown>;
  /** Sheets that must come through any failure unchanged: the user's, and other periods' results. */
  untouched: string[];
};

/**
 * Fails every request of the job in turn (each keeping `keep` of its calls) and checks the workbook after
 * the failure and after a rerun. Returns how many requests the job makes.
 */
export async function failEachRequest(
  scenario: Scenario,
  keep: InjectedFault["keep"]
): Promise<number> {
  const reference = copyOf(scenario.base);
  await scenario.run(reference);
  const requests = reference.syncs;
  const expected = workbookText(reference);
  const before = registryOf(scenario.base) ?? {};
  const untouched = scenario.untouched.map((name) => {
    const sheet = scenario.base.sheet(name)!;
    return { name, text: JSON.stringify(sheetState(sheet)), state: sheetState(sheet) };
  });

  for (let at = 1; at <= requests; at++) {
    const excel = copyOf(scenario.base);
    excel.failRequest({ at, keep });
    await expect(scenario.run(excel)).rejects.toThrow(/injected fault/);

    for (const { name, text, state } of untouched) {
      const now = sheetState(excel.sheet(name)!);
      if (JSON.stringify(now) !== text) expect([at, now]).toEqual([at, state]);
    }
    const registry = registryOf(excel);
    expect(registry).not.toBeNull();
    for (const name of Object.keys(before)) expect([at, name in registry!]).toEqual([at, true]);
    // A sheet the job added is the add-in's, never left for the next run to take for the user's.
    for (const sheet of excel.sheets)
      if (sheet.name !== REGISTRY_SHEET && !scenario.base.sheet(sheet.name))
        expect([at, sheet.name in registry!]).toEqual([at, true]);

    // A ranking tab left being written is reported by verify, in the user's words.
    const unfinished = Object.entries(registry!)
      .filter(([, provenance]) => provenance.state === "writing" && provenance.kind === "ranking")
      .map(([name]) => name);
    if (unfinished.length > 0) {
      const book = new OfficeWorkbook(excel.run);
      const listed = await book.read([]);
      const verified = verifyJob(await book.read(verifySheetsToRead(listed)));
      const said = verified.problems
        .filter((issue) => issue.key === "sheet.unfinished")
        .map((issue) => issue.params.sheet);
      expect([at, said]).toEqual([at, expect.arrayContaining(unfinished)]);
      expect(verified.reproduced).toBe(false);
    }

    excel.resetCounts();
    await scenario.run(excel);
    const difference = firstDifference(excel, expected);
    if (difference) expect([at, difference[0]]).toEqual([at, difference[1]]);
  }
  return requests;
}

export async function rankScenario(rows: number): Promise<Scenario> {
  const loaded = sampleTemplate();
  const base = new StrictExcel();
  base.addSheet("封面", [["运营考核"], ["2025 年第四季度"]]);
  const book = new OfficeWorkbook(base.run);
  await templateJob(book, { template: loaded, rows, now: NOW });
  fillByHand(base, loaded, generatedRows(loaded, rows));
  await rankJob(book, { period: "2025Q3", now: NOW });
  const published = Object.entries(registryOf(base)!)
    .filter(([, provenance]) => provenance.kind === "ranking")
    .map(([name]) => name);
  expect(published).toHaveLength(1);
  base.resetCounts();
  return {
    base,
    run: (excel) => rankJob(new OfficeWorkbook(excel.run), { period: "2025Q4", now: NOW }),
    untouched: ["封面", "评分表", "权重模板", ...published],
  };
}

export async function collectScenario(files: number, rowsPerFile: number): Promise<Scenario> {
  const collected = await collectedFiles(sampleTemplate(), files, rowsPerFile);
  const write = (excel: StrictExcel, period: string) =>
    writeCollected(new OfficeWorkbook(excel.run), collected, {
      period,
      source: `${files} 个提交文件`,
      newWorkbook: false,
      now: NOW,
    });
  const base = new StrictExcel();
  base.addSheet("封面", [["运营考核汇总"]]);
  const before = new Set(base.sheets.map((sheet) => sheet.name));
  await write(base, "2025Q3");
  const published = Object.entries(registryOf(base)!)
    .filter(([, provenance]) => provenance.kind === "ranking")
    .map(([name]) => name);
  expect(published).toHaveLength(1);
  expect(before.size).toBe(1);
  base.resetCounts();
  return { base, run: (excel) => write(excel, "2025Q4"), untouched: ["封面", ...published] };
}
