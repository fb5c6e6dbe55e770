import { assess, type AssessReport } from "../../core/assess/assess";
import type { ScoreRecord } from "../../core/assess/score-record";
import type { Locale } from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator } from "../../core/template/schema";
import {
  columnLetters,
  BLANK,
  type OutCell,
  type SheetSource,
  type SheetSpec,
  type WorkbookSnapshot,
} from "../../workbook/port";
import type { CollectResult } from "./collect-result";
import { STATUS_SHEET, statusSheet } from "./collect-status-sheet";
import type { Inspection } from "./inspect";
import { rankingSheets } from "./rank-job";
import { cellPool } from "../shared/cell-pool";
import { headerWidths, tableLayout } from "../shared/print-layout";
import { sayIn, type Say } from "../shared/say";
import { tableHead } from "../shared/table-rows";
import { templateProvenance } from "../shared/template-provenance";
import { IDENTITY, indicatorColumns, indicatorHeader, SOURCE_HEADER } from "./score-sheet";

export { STATUS_SHEET } from "./collect-status-sheet";
export const SUMMARY_SHEET = "汇总";

const IDENTITY_ZH = {
  branch: "机构",
  department: "部门",
  id: "工号",
  name: "姓名",
  post: "岗位",
} as const;

/** 0-based index of 汇总's first data row: title, provenance, header. */
const FIRST = 3;

export type CollectSheetsOptions = {
  period: string;
  method?: RankMethod;
  live?: boolean;
  generatedAt: string;
  /** The moment `generatedAt` writes: the ranking tab and its details carry the same one. */
  now?: Date;
  source: string;
  /** The sheets already in the workbook written to (a user's sheet named as the ranking tab is kept). */
  existing?: WorkbookSnapshot["sheets"];
  /** The language of the ranking tabs' own text. */
  locale?: Locale;
};

/**
 * What a collection writes: 汇总 (every accepted row, in the score sheet's layout, with its source file),
 * 提交情况 (each file's and each expected branch's status), and the ranking tab of the collected rows.
 */
export function collectSheets(
  result: CollectResult,
  template: LoadedTemplate,
  options: CollectSheetsOptions
): {
  specs: SheetSource[];
  rankingSheet: string | null;
  assessed: AssessReport;
  inspection: Inspection;
  /** The input hash of the collected rows, as the ranking, 汇总, 提交情况 and the audit row carry it. */
  inputHash: string;
} {
  const columns = indicatorColumns(template.template);
  const locale = options.locale ?? "zh-CN";
  const say = sayIn(locale);
  const records = summaryRecords(result, columns);
  const { assessed, inspection, ranking } = rankCollected(template, records, options);
  // Taken once, by the ranking (it always has the template and the assessed rows here), of these very rows:
  // every sheet of the collection carries the same.
  const hash = ranking.result.inputHash as string;
  const summary = summarySheet(result, template, { columns, records, hash, say, options });
  const status = statusSheet(result, template, {
    period: options.period,
    generatedAt: options.generatedAt,
    inputHash: hash,
    say,
    locale,
  });
  return {
    specs: [summary, status, ...ranking.sheets],
    rankingSheet: ranking.result.rankingSheet,
    assessed,
    inspection,
    inputHash: hash,
  };
}

/** The rows collected as records whose cells are 汇总's: what is ranked points at the summary, not the files. */
function summaryRecords(result: CollectResult, columns: Indicator[]): ScoreRecord[] {
  // The same column letters for every row (工号 C, 岗位 E, the indicators after the identity columns).
  const letters: Record<string, string> = { id: columnLetters(2), post: columnLetters(4) };
  columns.forEach((indicator, c) => (letters[indicator.id] = columnLetters(IDENTITY.length + c)));
  return result.rows.map(({ record }, k) => ({
    ...record,
    source: { sheet: SUMMARY_SHEET, row: FIRST + k + 1, columns: letters },
  }));
}

/** 汇总: every accepted row in the score sheet's layout, with the file it came from. */
function summarySheet(
  result: CollectResult,
  template: LoadedTemplate,
  summary: {
    columns: Indicator[];
    records: ScoreRecord[];
    hash: string;
    say: Say;
    options: CollectSheetsOptions;
  }
): SheetSpec {
  const { columns, say, options } = summary;
  const t = template.template;
  const header = [
    ...IDENTITY.map((key) => IDENTITY_ZH[key]),
    ...columns.map(indicatorHeader),
    SOURCE_HEADER,
  ];
  const widths = headerWidths(
    header,
    header.map((_, c) => (c < IDENTITY.length ? 11 : c === header.length - 1 ? 24 : 12)),
    { lines: 6 }
  );
  const title = options.period
    ? say("sheet.summary.title", { name: t.name, period: options.period })
    : `${SUMMARY_SHEET}：${t.name}`;
  const sourceLine = say("sheet.summary.source", {
    name: t.name,
    version: t.version,
    fingerprint: template.fingerprint.slice(0, 8),
    files: result.files.length,
    time: options.generatedAt,
  });
  // Branches, posts, files and scores repeat down their columns: one shared cell each (ids and names do not).
  const shared = cellPool();
  return {
    name: SUMMARY_SHEET,
    rows: [
      ...tableHead(title, sourceLine, header, 14),
      ...result.rows.map(({ record, file }): OutCell[] => [
        shared(record.branch ?? null),
        shared(record.department ?? null),
        { value: record.id },
        { value: record.name ?? null },
        shared(record.post),
        ...columns.map((indicator) => {
          const v = record.values[indicator.id];
          // A missing value is one shared blank cell, not one object per cell of 100,000 rows.
          return v === undefined || v === null || typeof v === "object"
            ? BLANK
            : typeof v === "boolean"
              ? { value: v }
              : shared(v);
        }),
        shared(file),
      ]),
    ],
    columns: widths.map((width, c) => ({
      width,
      format:
        c >= IDENTITY.length && c < header.length - 1
          ? columns[c - IDENTITY.length].unit === "%"
            ? "0.00%"
            : "0.00"
          : undefined,
    })),
    ...tableLayout(header, widths, IDENTITY.length, undefined, {
      title,
      titleSize: 14,
      line: sourceLine,
    }),
    freeze: { rows: 3, columns: IDENTITY.length },
    filter: `A3:${columnLetters(header.length - 1)}${Math.max(3, summary.records.length + 3)}`,
    provenance: templateProvenance("summary", template, {
      inputHash: summary.hash,
      generatedAt: options.generatedAt,
    }),
  };
}

/** The collected rows assessed and ranked as if read from 汇总, with the ranking tab and its details. */
function rankCollected(
  template: LoadedTemplate,
  records: ScoreRecord[],
  options: CollectSheetsOptions
) {
  const assessed = assess(template, records, { method: options.method });
  const inspection: Inspection = {
    sheet: SUMMARY_SHEET,
    template,
    records,
    issues: assessed.issues,
    assessed,
    fatal: false,
  };
  const ranking = rankingSheets(
    inspection,
    {
      sheets: [
        ...(options.existing ?? []),
        ...[SUMMARY_SHEET, STATUS_SHEET].map((name) => ({ name, owned: true })),
      ],
    },
    {
      period: options.period,
      live: options.live,
      source: options.source,
      locale: options.locale,
      now: options.now,
    }
  );
  return { assessed, inspection, ranking };
}
