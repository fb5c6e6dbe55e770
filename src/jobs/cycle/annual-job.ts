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
  localized,
  type Locale,
  type LocalizedText,
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
import { rankingSheetSpec, type ExtraColumn } from "../assessment/ranking-sheet";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";
import { workbookTemplate } from "../shared/workbook-template";

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
  const loaded = workbookTemplate(inputs[0]?.snapshot, inputs[0]?.source ?? "", options.template);
  if (!loaded.ok) return noAnnual(loaded.error);
  const template = loaded.value;
  const { quarters, problems } = quarterResults(inputs, template);
  if (problems.length > 0) {
    // A file without a quarter is refused with what every file holds, so the one to redo is plain.
    const noQuarters = problems.some((p) => NO_QUARTER_KEYS.has(p.key));
    const holds = inputs.length > 1 && noQuarters ? [filePeriods(inputs)] : [];
    return noAnnual([...problems, ...holds], template);
  }
  const years = quarters.map((q) => parsePeriod(q.period)?.year ?? 0);
  const year = options.year ?? Math.max(...years);
  const method = options.method ?? DEFAULT_RANK_METHOD;
  // A quarter of another year among the inputs is an error naming its file (annualResult).
  const computed = annualResult(template, year, quarters, method);
  if (!computed.ok)
    return noAnnual(
      computed.error.map((problem) => issueAt("error", problem.key, problem.params)),
      template
    );
  const annual = computed.value;
  const used = quarters.filter((q) => parsePeriod(q.period)?.year === year);
  const inputHash = quartersHash(used);
  const sheet = annualSheet(template, annual, {
    year,
    method,
    periods: [...new Set(used.map((q) => q.period))].sort(),
    sources: inputs.map((input) => input.source),
    inputHash,
    options,
  });
  return { template, year, annual, problems: [], sheet, inputHash };
}

/** An annual job that stops at its problems (with the template, once it is known). */
const noAnnual = (problems: Issue[], template: LoadedTemplate | null = null): AnnualJobResult => ({
  template,
  year: null,
  annual: null,
  problems,
  sheet: null,
  inputHash: null,
});

/** Each input's quarterly ranking tabs read back; a file without one, or with one half written, is a problem. */
function quarterResults(
  inputs: readonly AnnualInput[],
  template: LoadedTemplate
): { quarters: QuarterResult[]; problems: Issue[] } {
  const quarters: QuarterResult[] = [];
  const problems: Issue[] = [];
  for (const input of inputs) {
    const tabs = rankingTabs(input.snapshot).filter((tab) => {
      const period = parsePeriod(input.snapshot.registry[tab]?.period ?? "");
      return period !== null && period.quarter !== null;
    });
    if (tabs.length === 0) problems.push(noQuarterIssue(input, template));
    append(problems, unfinishedIssues(input.snapshot, rankingTabs(input.snapshot)));
    for (const tab of tabs) {
      const result = rankingResult(input.snapshot, tab, input.source, template);
      if (result) quarters.push(result);
    }
  }
  return { quarters, problems };
}

const NO_QUARTER_KEYS = new Set<string>(["annual.noRanking", "annual.notQuarterly"]);

/** A catalogue message in both languages, to be a parameter of another (a list of what files hold). */
const inBoth = (key: MessageKey, params: MessageParams) =>
  localized(formatMessage("zh-CN", key, params), formatMessage("en-US", key, params));

/** The periods of a workbook's ranking tabs as a person reads them: 2025Q1, 2025（年度）, 「2025Q5」（无效）. */
function heldPeriods(snapshot: WorkbookSnapshot): LocalizedText {
  const periods = [
    ...new Set(rankingTabs(snapshot).map((tab) => snapshot.registry[tab]?.period ?? "")),
  ];
  if (periods.length === 0) return inBoth("annual.period.none", {});
  const each = periods.map((text) => {
    const period = parsePeriod(text);
    if (!period) return inBoth("annual.period.invalid", { period: text });
    if (period.quarter === null) return inBoth("annual.period.year", { period: text });
    return localized(text);
  });
  return localized(
    joinList(
      each.map((p) => p["zh-CN"]),
      "zh-CN"
    ),
    joinList(
      each.map((p) => p["en-US"]),
      "en-US"
    )
  );
}

/**
 * A workbook with no quarterly ranking: none at all, or only a year's (`排名 2025`, what rank writes for a
 * template whose period is the year) or tabs whose period is no period — each said with what it holds.
 */
function noQuarterIssue(input: AnnualInput, template: LoadedTemplate): Issue {
  const tabs = rankingTabs(input.snapshot);
  if (tabs.length === 0) return issueAt("error", "annual.noRanking", { file: input.source });
  const years = tabs
    .map((tab) => /^\d{4}/.exec(input.snapshot.registry[tab]?.period ?? "")?.[0])
    .filter((year): year is string => Boolean(year));
  const year = years[0] ?? /^\d{4}/.exec(template.template.period ?? "")?.[0] ?? "2025";
  return issueAt("error", "annual.notQuarterly", {
    file: input.source,
    periods: heldPeriods(input.snapshot),
    year,
  });
}

/** Which periods each input holds, one line for the whole refusal. */
function filePeriods(inputs: readonly AnnualInput[]): Issue {
  const files = inputs.map((input) =>
    inBoth("annual.fileHolds", { file: input.source, periods: heldPeriods(input.snapshot) })
  );
  return issueAt("error", "annual.filePeriods", {
    files: localized(
      files.map((f) => f["zh-CN"]).join("；"),
      files.map((f) => f["en-US"]).join("; ")
    ),
  });
}

/** The input hash of the year's quarters: each one's composites and vetoes, in period order. */
function quartersHash(used: readonly QuarterResult[]): string {
  return sha256Hex(
    canonicalJson(
      used
        .map((q) => ({ period: q.period, rows: q.rows.map((r) => [r.id, r.composite, r.vetoed]) }))
        .sort((a, b) => (a.period < b.period ? -1 : 1))
    )
  );
}

/** The annual result as a ranking's report, so the tab is laid out as the quarterly one. */
function annualReport(
  template: LoadedTemplate,
  annual: AnnualResult,
  method: RankMethod
): AssessReport {
  const t = template.template;
  const short = annual.short.map((row) => blankRow({ id: row.id, name: row.name }));
  const distribution = gradeDistribution(annual.ranked, t.grades);
  return {
    template: { id: t.id, name: t.name, version: t.version, fingerprint: template.fingerprint },
    method,
    ranked: annual.ranked,
    unranked: short,
    issues: distribution.issues,
    summary: summarise(annual.ranked.map((row) => row.composite as number)),
    gradeCounts: distribution.counts,
  };
}

/** The tab `年度排名 2025`: the ranking's columns, then each quarter's, the trend and the post changes. */
function annualSheet(
  template: LoadedTemplate,
  annual: AnnualResult,
  context: {
    year: number;
    method: RankMethod;
    periods: string[];
    sources: string[];
    inputHash: string;
    options: AnnualJobOptions;
  }
): SheetSpec {
  const { year, options } = context;
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const report = annualReport(template, annual, context.method);
  const shortById = new Map(annual.short.map((row) => [row.id, row]));
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const name = freeSheetName(
    say("sheet.annual.name", { year }),
    options.existing ?? { sheets: [] }
  );
  return rankingSheetSpec(template, report, report.issues, {
    name,
    period: String(year),
    source: joinList(context.sources, locale),
    generatedAt,
    inputHash: context.inputHash,
    live: false,
    locale,
    detail: false,
    title: say("sheet.annual.title", { year }),
    extraColumns: annualColumns(context.periods, say),
    unrankedReason: (row) => {
      const found = shortById.get(row.id);
      return found ? say("cycle.short", { count: found.quarters, needed: found.needed }) : "";
    },
  });
}

/** Each quarter's composite and grade, the trend, and the post changes, in the sheet's language. */
function annualColumns(
  periods: readonly string[],
  say: (key: MessageKey, params?: MessageParams) => string
): ExtraColumn[] {
  const annualRow = (row: RowResult) => row as AnnualRow;
  return [
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
        centred: true,
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
  ];
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
