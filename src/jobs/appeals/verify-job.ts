import { isUnfinished, unfinishedIssues } from "../shared/unfinished";
import { append } from "../../core/util/append";
import type { AssessReport, RowResult } from "../../core/assess/assess";
import { annualResult, type QuarterResult } from "../../core/cycle/annual";
import { parsePeriod } from "../../core/cycle/periods";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { DEFAULT_RANK_METHOD } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { normaliseText } from "../../core/util/text";
import { cellAt, type Grid, type Workbook, type WorkbookSnapshot } from "../../workbook/port";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { rankingTabs } from "../cycle/history";
import { inputHash } from "../shared/input-hash";
import { inspect } from "../assessment/inspect";
import { periodFacts } from "./appeals-job";
import { APPEALS_SHEET, readAppealsRegister } from "./appeals-register";
import { applyCorrections, approvedCorrections } from "../../core/appeals/corrections";
import { assess } from "../../core/assess/assess";
import { dataSheets } from "../assessment/score-data";
import { issueAt, type Issue } from "../shared/issue";
import {
  HEADER_ROW,
  RANKING_COLUMN,
  RANKING_FIXED_COLUMNS,
  earlierVetoText,
  vetoText,
} from "../assessment/ranking-sheet";
import { readTemplateSheet, TEMPLATE_SHEET } from "../shared/template-sheet";
import type { Limits, Submission } from "../reviews/review-read";
import { REVIEWED_SHEETS, verifyReviewed } from "./verify-reviews";
import type { Difference } from "./verify-difference";
import { compareRows, tabRows, valueOf, type Check, type TabRow } from "./verify-rows";
import { calibratedTabs, verifyCalibrated } from "./verify-calibrated";

export {
  DIFFERENCE_KINDS,
  differenceText,
  type Difference,
  type DifferenceKind,
} from "./verify-difference";

export type VerifyResult = {
  /** The ranking tabs checked, with their period and rows. */
  tabs: { sheet: string; period: string; rows: number }[];
  differences: Difference[];
  /** What kept a tab from being checked at all (no 权重模板, no score data): exit 2. */
  problems: Issue[];
  reproduced: boolean;
  /** verify --forms: the forms given and the 评分表's reviewed cells compared with them. */
  reviewed?: { forms: number; cells: number };
};

const COLUMN = RANKING_COLUMN;

/** The sheets verify reads: everything the add-in owns that a recomputation needs. */
export const verifySheetsToRead = (
  snapshot: Pick<WorkbookSnapshot, "registry">,
  options: { forms?: boolean } = {}
) => [
  ...new Set([
    TEMPLATE_SHEET,
    APPEALS_SHEET,
    ...rankingTabs(snapshot),
    ...calibratedTabs(snapshot),
    ...dataSheets(snapshot),
    ...(options.forms ? REVIEWED_SHEETS : []),
  ]),
];

/**
 * `verify` (cycle.md §6.2): each ranking tab the add-in owns against a fresh computation from the workbook's
 * own 权重模板 and score data: the template's fingerprint, the input hash, and every composite, rank in every
 * scope, grade and veto on the tab. An annual tab is recomputed from the quarterly scores on it. Each
 * difference names its cell; nothing is written.
 */
export function verifyJob(snapshot: WorkbookSnapshot): VerifyResult {
  const tabs: VerifyResult["tabs"] = [];
  const differences: Difference[] = [];
  const problems: Issue[] = [];
  const ranking = rankingTabs(snapshot);
  if (ranking.length === 0) problems.push(issueAt("error", "verify.noRanking", {}));
  const templateGrid = snapshot.grids.get(TEMPLATE_SHEET);
  const read = templateGrid ? readTemplateSheet(templateGrid) : null;
  if (ranking.length > 0 && !read) problems.push(issueAt("error", "sheet.noTemplate", {}));
  // Without a ranking tab there is nothing to verify, and that alone is said: a 权重模板 that cannot be read
  // (编号：缺少必填项…) would only hide the refusal.
  if (ranking.length > 0 && read && !read.ok) append(problems, read.issues);
  const loaded = read?.ok ? read.value.loaded : null;
  // A tab (or its score data) left half written by an interrupted job is named, not compared cell by cell.
  const unfinished = unfinishedIssues(snapshot, [...ranking, ...dataSheets(snapshot)]);
  append(problems, unfinished);
  for (const sheet of ranking) {
    if (isUnfinished(snapshot, sheet)) continue;
    const provenance = snapshot.registry[sheet];
    const grid = snapshot.grids.get(sheet);
    if (!grid || !loaded) continue;
    const rows = tabRows(grid, HEADER_ROW, COLUMN.id);
    tabs.push({ sheet, period: provenance.period ?? "", rows: rows.length });
    if (provenance.templateFingerprint && provenance.templateFingerprint !== loaded.fingerprint) {
      // A changed template changes every number: one difference says so, rather than hundreds.
      differences.push({
        sheet: TEMPLATE_SHEET,
        cell: "D3",
        what: "templateFingerprint",
        recorded: provenance.templateFingerprint,
        recomputed: loaded.fingerprint,
      });
      continue;
    }
    const period = parsePeriod(provenance.period ?? "");
    const fresh =
      period && period.quarter === null && isAnnual(grid)
        ? annualAgain(loaded, grid, rows, provenance.period ?? "")
        : quarterAgain(snapshot, loaded, provenance, sheet, differences, problems);
    if (!fresh) continue;
    compare(sheet, grid, rows, fresh, loaded, differences);
  }
  // A calibrated ranking (calibration.md §1) is recomputed from the same score data, by its group column.
  if (loaded) verifyCalibrated(snapshot, loaded, { tabs, differences, problems });
  return {
    tabs,
    differences,
    problems,
    reproduced: problems.length === 0 && differences.length === 0,
  };
}

const isAnnual = (grid: Grid) => quarterColumns(grid).length > 0;

/** An annual tab's quarter score columns: the extra columns headed Q1…Q4 whose cells are numbers. */
function quarterColumns(grid: Grid): { column: number; quarter: number }[] {
  const header = grid.rows[HEADER_ROW - 1] ?? [];
  const found: { column: number; quarter: number }[] = [];
  for (let c = RANKING_FIXED_COLUMNS; c < header.length; c++) {
    const text = valueOf(header[c]);
    const m = typeof text === "string" ? /^Q([1-4])/.exec(text) : null;
    if (m && !found.some((f) => f.quarter === Number(m[1])))
      found.push({ column: c, quarter: Number(m[1]) });
  }
  return found;
}

function quarterAgain(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate,
  provenance: WorkbookSnapshot["registry"][string],
  sheet: string,
  differences: Difference[],
  problems: Issue[]
): AssessReport | null {
  const data = dataSheets(snapshot).filter((name) => snapshot.grids.has(name));
  let fallback: { name: string; hash: string; report: AssessReport } | null = null;
  for (const name of data) {
    const inspection = inspect(snapshot, {
      sheet: name,
      template: loaded,
      method: provenance.method,
    });
    if (!inspection.assessed) continue;
    let records = inspection.records;
    let report = inspection.assessed;
    if (provenance.appeals?.length) {
      // §6.2 (4): a corrected tab is the published data with the applied appeals' corrected values.
      const register = snapshot.grids.get(APPEALS_SHEET);
      const appeals = register
        ? readAppealsRegister(register).appeals.filter((a) =>
            provenance.appeals?.includes(a.id ?? "")
          )
        : [];
      const facts = periodFacts(
        loaded,
        { ...inspection, assessed: report },
        Number.POSITIVE_INFINITY
      );
      const corrections = approvedCorrections(appeals, [], provenance.period ?? "", facts);
      if (corrections.length !== provenance.appeals.length)
        differences.push({
          sheet: APPEALS_SHEET,
          cell: "",
          what: "appeals",
          recorded: provenance.appeals.join("、"),
          recomputed: corrections.map((c) => c.appeal).join("、"),
        });
      records = applyCorrections(records, corrections);
      report = assess(loaded, records, { method: provenance.method });
    }
    const hash = inputHash(records);
    if (!provenance.inputHash || hash === provenance.inputHash) return report;
    fallback ??= { name, hash, report };
  }
  if (!fallback) {
    problems.push(issueAt("error", "verify.noScores", { sheet }));
    return null;
  }
  // The inputs changed since the ranking: said once, then each value the change moved is found below.
  differences.push({
    sheet: fallback.name,
    cell: "A1",
    what: "inputHash",
    recorded: provenance.inputHash ?? null,
    recomputed: fallback.hash,
  });
  return fallback.report;
}

/** An annual tab again from the quarterly composites on it (cycle.md §2), with the template's weights. */
function annualAgain(
  loaded: LoadedTemplate,
  grid: Grid,
  rows: { r: number; id: string }[],
  period: string
): Pick<AssessReport, "ranked"> | null {
  const posts = new Map(loaded.template.posts.map((p) => [normaliseText(p.name), p]));
  const year = Number(period);
  const quarters: QuarterResult[] = quarterColumns(grid).map(({ column, quarter }) => ({
    period: `${year}Q${quarter}`,
    templateId: loaded.template.id,
    templateFingerprint: loaded.fingerprint,
    source: `Q${quarter}`,
    rows: rows.map(({ r, id }) => {
      const post = posts.get(normaliseText(String(valueOf(cellAt(grid, r, COLUMN.post)) ?? "")));
      const composite = valueOf(cellAt(grid, r, column));
      return {
        id,
        post: post ? { id: post.id, name: post.name } : null,
        composite: typeof composite === "number" ? composite : null,
        grade: null,
        vetoed: false,
        branch: valueOf(cellAt(grid, r, COLUMN.branch))?.toString(),
      };
    }),
  }));
  const again = annualResult(loaded, year, quarters, DEFAULT_RANK_METHOD);
  if (!again.ok) return null;
  return { ranked: again.value.ranked };
}

function compare(
  sheet: string,
  tab: Grid,
  rows: readonly TabRow[],
  fresh: Pick<AssessReport, "ranked">,
  loaded: LoadedTemplate,
  differences: Difference[]
) {
  const posts = new Map(loaded.template.posts.map((p) => [p.id, p]));
  compareRows(
    sheet,
    tab,
    rows,
    fresh.ranked,
    COLUMN.id,
    (row: RowResult): Check[] => {
      const post = row.post ? posts.get(row.post.id) : undefined;
      return [
        ["composite", COLUMN.composite, row.composite],
        ["rank.overall", COLUMN.overall, row.rank?.overall ?? null],
        ["rank.post", COLUMN.inPost, row.rank?.post ?? null],
        ["rank.branch", COLUMN.inBranch, row.rank?.branch ?? null],
        ["grade", COLUMN.grade, row.grade],
        // A veto reason as an earlier version worded it is the same veto.
        ["veto", COLUMN.veto, vetoText(row, post) || null, earlierVetoText(row, post) || null],
      ];
    },
    differences
  );
}

/**
 * `verify --forms` (issue 25): the 评分表's reviewed columns against the forms given, then every ranking tab
 * as `verifyJob` does (a workbook the reviews wrote has none yet: that alone is no problem here).
 */
export async function verifyWithForms(
  snapshot: WorkbookSnapshot,
  submissions: readonly Submission[],
  options: { open: (bytes: Uint8Array) => Promise<Workbook>; limits?: Limits }
): Promise<VerifyResult> {
  const reviewed = await verifyReviewed(snapshot, submissions, options);
  const ranked =
    rankingTabs(snapshot).length > 0
      ? verifyJob(snapshot)
      : { tabs: [], differences: [], problems: [], reproduced: true };
  const problems = [...reviewed.problems, ...ranked.problems];
  const differences = [...reviewed.differences, ...ranked.differences];
  return {
    tabs: ranked.tabs,
    differences,
    problems,
    reproduced: problems.length === 0 && differences.length === 0,
    reviewed: { forms: reviewed.forms, cells: reviewed.cells },
  };
}

/**
 * `verify` in the open workbook (the pane's 核验): one read of what the recomputation needs, nothing of the
 * user's changed; the verification itself is recorded as a row of the 审计日志 (cycle.md §6.1).
 */
export async function verifyInWorkbook(
  book: Workbook,
  options: { who?: string; locale?: Locale; now?: Date } = {}
): Promise<VerifyResult> {
  const listed = await book.read([]);
  const snapshot = await book.read([...verifySheetsToRead(listed), AUDIT_SHEET]);
  const result = verifyJob(snapshot);
  if (result.tabs.length > 0) {
    const say = (key: MessageKey, params: MessageParams = {}) =>
      formatMessage(options.locale ?? "zh-CN", key, params);
    const rows = result.tabs.reduce((sum, tab) => sum + tab.rows, 0);
    await book.write(
      withAuditLog(
        [],
        snapshot.grids.get(AUDIT_SHEET),
        {
          job: "verify",
          who: options.who,
          summary: result.reproduced
            ? say("cli.verified", { tabs: result.tabs.length, rows })
            : say("cli.verifyDifferences", {
                tabs: result.tabs.length,
                rows,
                count: result.differences.length,
              }),
          now: options.now,
        },
        options.locale
      )
    );
  }
  return result;
}
