import { append } from "../../core/util/append";
import { unfinishedIssues } from "../shared/unfinished";
import {
  blankRow,
  gradeDistribution,
  type AssessReport,
  type RowResult,
} from "../../core/assess/assess";
import { summarise } from "../../core/assess/summary";
import {
  annualResult,
  type AnnualResult,
  type AnnualRow,
  type QuarterResult,
} from "../../core/cycle/annual";
import { parsePeriod } from "../../core/cycle/periods";
import {
  formatMessage,
  joinList,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { DEFAULT_RANK_METHOD, type RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { canonicalJson } from "../../core/util/canonical-json";
import { sha256Hex } from "../../core/util/sha256";
import {
  freeSheetName,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { AUDIT_SHEET, withAuditLog, type AuditEntry } from "../shared/audit-log";
import { rankingResult, rankingTabs } from "./history";
import { issueAt, type Issue } from "../shared/issue";
import { rankingSheetSpec } from "../assessment/ranking-sheet";
import { readTemplateSheet, TEMPLATE_SHEET } from "../assessment/template-sheet";
import { formatTimestamp } from "../shared/timestamp";

/** A workbook of quarterly results as read (its ranking tabs and 权重模板), and what to call it in messages. */
export type AnnualInput = { snapshot: WorkbookSnapshot; source: string };

export type AnnualJobOptions = {
  year?: number;
  method?: RankMethod;
  /** The current template; default: the 权重模板 sheet of the first workbook. */
  template?: LoadedTemplate;
  locale?: Locale;
  now?: Date;
  /** Names already taken in the workbook written into (a user's sheet is never replaced). */
  existing?: Pick<WorkbookSnapshot, "sheets">;
};

export type AnnualJobResult = {
  template: LoadedTemplate | null;
  year: number | null;
  annual: AnnualResult | null;
  /** Errors that stop the job (a period given twice, another template, no ranking in a file). */
  problems: Issue[];
  sheet: SheetSpec | null;
  inputHash: string | null;
};

/** Sheets each input must have been read with: every sheet, since ranking tabs are found through the registry. */
export const annualSheetsToRead = (snapshot: Pick<WorkbookSnapshot, "registry">) => [
  TEMPLATE_SHEET,
  AUDIT_SHEET,
  ...rankingTabs(snapshot),
];

/** The 审计日志 row of an annual ranking. */
export function annualAudit(
  result: AnnualJobResult,
  options: { who?: string; locale?: Locale; now?: Date }
): AuditEntry {
  return {
    job: "annual",
    who: options.who,
    template: result.template,
    inputHash: result.inputHash,
    summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.annual", {
      ranked: result.annual?.ranked.length ?? 0,
      short: result.annual?.short.length ?? 0,
    }),
    now: options.now,
  };
}

/**
 * `annual` (cycle.md §2): the quarters' ranking tabs, found through each workbook's registry, combined into
 * the annual result, written as the tab `年度排名 2025` laid out as the quarterly one, with each quarter's
 * composite and grade, the trend and the post changes; ids short of quarters listed with why.
 */
export function annualJob(
  inputs: readonly AnnualInput[],
  options: AnnualJobOptions = {}
): AnnualJobResult {
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const none = (problems: Issue[], template: LoadedTemplate | null = null): AnnualJobResult => ({
    template,
    year: null,
    annual: null,
    problems,
    sheet: null,
    inputHash: null,
  });
  let template = options.template ?? null;
  if (!template) {
    const grid = inputs[0]?.snapshot.grids.get(TEMPLATE_SHEET);
    const read = grid ? readTemplateSheet(grid) : null;
    if (!read)
      return none([issueAt("error", "annual.noTemplate", { file: inputs[0]?.source ?? "" })]);
    if (!read.ok) return none(read.issues);
    template = read.value.loaded;
  }
  const quarters: QuarterResult[] = [];
  const problems: Issue[] = [];
  for (const input of inputs) {
    const tabs = rankingTabs(input.snapshot).filter((tab) => {
      const period = parsePeriod(input.snapshot.registry[tab]?.period ?? "");
      return period !== null && period.quarter !== null;
    });
    if (tabs.length === 0)
      problems.push(issueAt("error", "annual.noRanking", { file: input.source }));
    append(problems, unfinishedIssues(input.snapshot, rankingTabs(input.snapshot)));
    for (const tab of tabs) {
      const result = rankingResult(input.snapshot, tab, input.source, template);
      if (result) quarters.push(result);
    }
  }
  if (problems.length > 0) return none(problems, template);
  const years = quarters.map((q) => parsePeriod(q.period)?.year ?? 0);
  const year = options.year ?? Math.max(...years);
  const method = options.method ?? DEFAULT_RANK_METHOD;
  // A quarter of another year among the inputs is an error naming its file (annualResult).
  const computed = annualResult(template, year, quarters, method);
  if (!computed.ok)
    return none(
      computed.error.map((problem) => issueAt("error", problem.key, problem.params)),
      template
    );
  const annual = computed.value;
  const used = quarters.filter((q) => parsePeriod(q.period)?.year === year);
  const inputHash = sha256Hex(
    canonicalJson(
      used
        .map((q) => ({ period: q.period, rows: q.rows.map((r) => [r.id, r.composite, r.vetoed]) }))
        .sort((a, b) => (a.period < b.period ? -1 : 1))
    )
  );
  const periods = [...new Set(used.map((q) => q.period))].sort();
  const t = template.template;
  const short = annual.short.map((row) => blankRow({ id: row.id, name: row.name }));
  const distribution = gradeDistribution(annual.ranked, t.grades);
  const report: AssessReport = {
    template: { id: t.id, name: t.name, version: t.version, fingerprint: template.fingerprint },
    method,
    ranked: annual.ranked,
    unranked: short,
    issues: distribution.issues,
    summary: summarise(annual.ranked.map((row) => row.composite as number)),
    gradeCounts: distribution.counts,
  };
  const shortById = new Map(annual.short.map((row) => [row.id, row]));
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const name = freeSheetName(
    say("sheet.annual.name", { year }),
    options.existing ?? { sheets: [] }
  );
  const annualRow = (row: RowResult) => row as AnnualRow;
  const sheet = rankingSheetSpec(template, report, report.issues, {
    name,
    period: String(year),
    source: joinList(
      inputs.map((input) => input.source),
      locale
    ),
    generatedAt,
    inputHash,
    live: false,
    locale,
    detail: false,
    title: say("sheet.annual.title", { year }),
    extraColumns: [
      ...periods.flatMap((period) => [
        {
          header: say("sheet.annual.quarterScore", { quarter: period.slice(4) }),
          width: 8,
          format: "0.00",
          value: (row: RowResult) => annualRow(row).quarters[period]?.composite ?? null,
        },
        {
          header: say("sheet.annual.quarterGrade", { quarter: period.slice(4) }),
          width: 8,
          value: (row: RowResult) => annualRow(row).quarters[period]?.grade ?? null,
        },
      ]),
      {
        header: say("sheet.annual.trend"),
        width: 8,
        format: "+0.00;-0.00;0.00",
        value: (row: RowResult) => annualRow(row).trend,
      },
      {
        header: say("sheet.annual.postChange"),
        width: 18,
        value: (row: RowResult) =>
          annualRow(row).postChanges
            ? say("sheet.annual.postChanged", {
                posts: (annualRow(row).postChanges ?? []).join(" → "),
              })
            : null,
      },
    ],
    unrankedReason: (row) => {
      const found = shortById.get(row.id);
      return found ? say("cycle.short", { count: found.quarters, needed: found.needed }) : "";
    },
  });
  return { template, year, annual, problems: [], sheet, inputHash };
}

/**
 * `annual` inside a workbook (the pane): its own quarterly ranking tabs, found through its registry, give
 * `年度排名 2025`, written into it (a user's sheet of that name is kept; the new tab gets a suffix).
 */
export async function annualInWorkbook(
  book: Workbook,
  options: Omit<AnnualJobOptions, "existing"> & { source: string; who?: string }
): Promise<AnnualJobResult> {
  const listed = await book.read([]);
  const snapshot = await book.read(annualSheetsToRead(listed));
  const result = annualJob([{ snapshot, source: options.source }], {
    ...options,
    existing: snapshot,
  });
  if (result.sheet)
    await book.write(
      withAuditLog(
        [result.sheet],
        snapshot.grids.get(AUDIT_SHEET),
        annualAudit(result, options),
        options.locale
      )
    );
  return result;
}
