/* Validate, rank and collect of `rows` rows through the Office adapter on the strict fake: what each job's
 * round trips weigh. Shared by the adapter's scale test and `npm run bench`. */
import type { LoadedTemplate } from "../../../src/core/template/parse-template";
import { collect, writeCollected, type Submission } from "../../../src/jobs/assessment/collect-job";
import { serialOf } from "../../../src/core/calendar/official-calendar";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { resultsInWorkbook } from "../../../src/jobs/cycle/results-job";
import { indicatorColumns, SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import { templateJob } from "../../../src/jobs/assessment/template-job";
import { validateJob } from "../../../src/jobs/assessment/validate-job";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import type { Cell, Grid, Workbook } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { generatedRows } from "../generated-scores";
import type { FilledRow } from "../fill-score-sheet";
import { fillByHand } from "./fill-by-hand";
import { StrictExcel } from "./strict-excel";

export type Trips = {
  job: string;
  syncs: number;
  largestRequest: number;
  /** Mean bytes of a request (every sync counted, reads too). */
  meanRequest: number;
  largestResponse: number;
  /** Request bytes by kind of call (`formulas`, `numberFormat`, `format.fill`, `object paths`…). */
  requestBytesByKind: Map<string, { calls: number; bytes: number }>;
};

const trips = (job: string, excel: StrictExcel): Trips => ({
  job,
  syncs: excel.syncs,
  largestRequest: excel.largestRequest,
  meanRequest:
    excel.requests.reduce((sum, r) => sum + r.request, 0) / Math.max(1, excel.requests.length),
  largestResponse: excel.largestResponse,
  requestBytesByKind: new Map(excel.requestBytesByKind),
});

/**
 * The template HR hands out and `rows` rows filled by hand; then validate (with highlights) and rank, and with
 * `results`, the outcomes of that ranking (反馈单, 结果应用, 整改跟踪, 培训需求).
 */
export async function validateAndRank(
  loaded: LoadedTemplate,
  rows: number,
  { results = false } = {}
): Promise<Trips[]> {
  const excel = new StrictExcel();
  const book = new OfficeWorkbook(excel.run);
  await templateJob(book, { template: loaded, rows, now: new Date(2025, 11, 31) });
  const template = trips("template", excel);
  fillByHand(excel, loaded, generatedRows(loaded, rows));

  excel.resetCounts();
  const result = await validateJob(book);
  if (result.records.length !== rows)
    throw new Error(`read ${result.records.length} of ${rows} rows`);
  await book.highlight(
    SCORE_SHEET,
    result.issues
      .filter((issue) => issue.cell?.startsWith(`${SCORE_SHEET}!`))
      .map((issue) => ({ address: issue.cell!.split("!")[1], severity: issue.severity }))
  );
  const validate = trips("validate + highlights", excel);

  excel.resetCounts();
  await rankJob(book, { period: "2025Q4" });
  const rank = trips("rank", excel);
  if (!results) return [template, validate, rank];

  excel.resetCounts();
  await resultsInWorkbook(book, { published: serialOf("2026-01-09"), source: "评分表" });
  return [template, validate, rank, trips("results", excel)];
}

/**
 * What collect took from `files` branch files of `rowsPerFile` rows, ready to be written. The files are real
 * zips (the container checks run on them), each opened as an in-memory workbook holding its rows.
 */
export async function collectedFiles(
  loaded: LoadedTemplate,
  files: number,
  rowsPerFile: number
): Promise<Parameters<typeof writeCollected>[1]> {
  const templateBook = XlsxWorkbook.empty();
  await templateJob(templateBook, { template: loaded, rows: 1, now: new Date(2025, 11, 20) });
  const templateGrid = (await templateBook.read([TEMPLATE_SHEET])).grids.get(TEMPLATE_SHEET)!;
  const zip = await XlsxWorkbook.empty().toBuffer();
  const books = new Map<Uint8Array, Workbook>();
  const submissions: Submission[] = [];
  const all = generatedRows(loaded, files * rowsPerFile);
  const branchesOf = (k: number) => `第${String(k + 1).padStart(3, "0")}分行`;
  for (let k = 0; k < files; k++) {
    const rows = all
      .slice(k * rowsPerFile, (k + 1) * rowsPerFile)
      .map((row) => ({ ...row, branch: branchesOf(k) }));
    const bytes = withComment(zip, `branch ${k}`);
    books.set(bytes, inMemoryBook(templateGrid, scoreGrid(loaded, rows)));
    submissions.push({ name: `${branchesOf(k)}.xlsx`, read: async () => bytes });
  }
  const result = await collect(submissions, {
    template: loaded,
    open: async (bytes) => books.get(bytes)!,
  });
  return { ...result, template: loaded };
}

/** Collect of `files` branch files of `rowsPerFile` rows into the open workbook: the write into Excel. */
export async function collectInto(
  loaded: LoadedTemplate,
  files: number,
  rowsPerFile: number
): Promise<Trips> {
  const collected = await collectedFiles(loaded, files, rowsPerFile);
  const excel = new StrictExcel();
  excel.addSheet("封面", [["运营考核汇总"]]);
  await writeCollected(new OfficeWorkbook(excel.run), collected, {
    period: "2025Q4",
    source: `${files} 个提交文件`,
    newWorkbook: false,
  });
  return trips(`collect ${files} × ${rowsPerFile}`, excel);
}

function scoreGrid(loaded: LoadedTemplate, rows: FilledRow[]): Grid {
  const columns = indicatorColumns(loaded.template);
  const cell = (value: unknown): Cell =>
    value === null || value === undefined || value === ""
      ? { kind: "empty" }
      : typeof value === "number"
        ? { kind: "number", value }
        : { kind: "text", value: String(value) };
  return {
    name: SCORE_SHEET,
    rows: [
      [cell(`${SCORE_SHEET}：${loaded.template.name}`)],
      [],
      ["机构", "部门", "工号", "姓名", "岗位", ...columns.map((c) => c.name)].map(cell),
      ...rows.map((row) => [
        cell(row.branch),
        cell(row.department),
        cell(row.id),
        cell(row.name),
        cell(row.post),
        ...columns.map((indicator) => cell(row.values[indicator.id])),
      ]),
    ],
  };
}

function inMemoryBook(...grids: Grid[]): Workbook {
  return {
    read: async (names) => ({
      sheets: grids.map((grid) => ({ name: grid.name, owned: true })),
      grids: new Map(grids.filter((g) => names.includes(g.name)).map((g) => [g.name, g])),
      registry: {},
    }),
    write: async () => {
      throw new Error("a submission is never written");
    },
  };
}

/** The same zip with a comment of its own: other bytes (another content hash), still a valid container. */
function withComment(zip: Uint8Array, comment: string): Uint8Array {
  const text = new TextEncoder().encode(comment);
  const out = new Uint8Array(zip.length + text.length);
  out.set(zip);
  out.set(text, zip.length);
  const view = new DataView(out.buffer);
  for (let i = zip.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      view.setUint16(i + 20, text.length, true);
      break;
    }
  return out;
}
