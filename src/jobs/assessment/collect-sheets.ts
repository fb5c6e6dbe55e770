import { assess, type AssessReport } from "../../core/assess/assess";
import type { ScoreRecord } from "../../core/assess/score-record";
import {
  formatMessage,
  joinList,
  joinSentences,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import {
  a1,
  BLANK,
  type OutCell,
  type SheetSource,
  type SheetSpec,
  type WorkbookSnapshot,
} from "../../workbook/port";
import type { CollectResult } from "./collect-result";
import { inputHash } from "../shared/input-hash";
import type { Inspection } from "./inspect";
import { issueText } from "../shared/issue";
import { rankingSheets } from "./rank-job";
import { printLayout, tableLayout, wrappedHeight } from "../shared/print-layout";
import { IDENTITY, indicatorColumns, indicatorHeader, SOURCE_HEADER } from "./score-sheet";

export const SUMMARY_SHEET = "汇总";
export const STATUS_SHEET = "提交情况";

const IDENTITY_ZH = {
  branch: "机构",
  department: "部门",
  id: "工号",
  name: "姓名",
  post: "岗位",
} as const;

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
} {
  const t = template.template;
  const columns = indicatorColumns(t);
  const header = [
    ...IDENTITY.map((key) => IDENTITY_ZH[key]),
    ...columns.map(indicatorHeader),
    SOURCE_HEADER,
  ];
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const summaryWidths = header.map((_, c) =>
    c < IDENTITY.length ? 11 : c === header.length - 1 ? 24 : 12
  );
  const first = 3; // 0-based index of the first data row: title, provenance, header
  const records: ScoreRecord[] = result.rows.map(({ record }, k) => {
    const r = first + k;
    const cells: Record<string, string> = { id: a1(r, 2), post: a1(r, 4) };
    columns.forEach((indicator, c) => (cells[indicator.id] = a1(r, IDENTITY.length + c)));
    return { ...record, source: { sheet: SUMMARY_SHEET, row: r + 1, cells } };
  });
  const hash = inputHash(records);
  const summary: SheetSpec = {
    name: SUMMARY_SHEET,
    rows: [
      [
        {
          value: options.period
            ? say("sheet.summary.title", { name: t.name, period: options.period })
            : `${SUMMARY_SHEET}：${t.name}`,
          bold: true,
          size: 14,
        },
      ],
      [
        {
          value: say("sheet.summary.source", {
            name: t.name,
            version: t.version,
            fingerprint: template.fingerprint.slice(0, 8),
            files: result.files.length,
            time: options.generatedAt,
          }),
          wrap: true,
        },
      ],
      header.map((value) => ({ value, bold: true, fill: "DDEBF7", wrap: true })),
      ...result.rows.map(({ record, file }): OutCell[] => [
        { value: record.branch ?? null },
        { value: record.department ?? null },
        { value: record.id },
        { value: record.name ?? null },
        { value: record.post },
        ...columns.map((indicator) => {
          const v = record.values[indicator.id];
          // A missing value is one shared blank cell, not one object per cell of 100,000 rows.
          return v === undefined || v === null || typeof v === "object" ? BLANK : { value: v };
        }),
        { value: file },
      ]),
    ],
    columns: summaryWidths.map((width, c) => ({
      width,
      format:
        c >= IDENTITY.length && c < header.length - 1
          ? columns[c - IDENTITY.length].unit === "%"
            ? "0.00%"
            : "0.00"
          : undefined,
    })),
    ...tableLayout(header, summaryWidths, IDENTITY.length),
    freeze: { rows: 3, columns: IDENTITY.length },
    filter: `A3:${a1(2, header.length - 1).replace(/\d+$/, "")}${Math.max(3, records.length + 3)}`,
    provenance: {
      kind: "summary",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: template.fingerprint,
      inputHash: hash,
      generatedAt: options.generatedAt,
    },
  };

  const statusWidths = [28, 12, 10, 8, 9, 9, 60, 14];
  const statusRows: OutCell[][] = [
    [
      {
        value: options.period
          ? say("sheet.status.title", { period: options.period })
          : STATUS_SHEET,
        bold: true,
        size: 14,
      },
    ],
    [
      {
        value: say("sheet.templateLine", {
          name: t.name,
          version: t.version,
          fingerprint: template.fingerprint.slice(0, 8),
          time: options.generatedAt,
        }),
      },
    ],
    (
      [
        "sheet.col.file",
        "sheet.col.branch",
        "sheet.col.state",
        "sheet.col.rows",
        "sheet.col.accepted",
        "sheet.col.errorRows",
        "sheet.col.note",
        "sheet.col.hash",
      ] as const
    ).map((key) => ({ value: say(key), bold: true, fill: "DDEBF7" })),
  ];
  const statusHeights: Record<number, number> = { 0: 22 };
  const statusMerges: string[] = [];
  for (const f of result.files) {
    const note = joinSentences(
      [
        say(f.note.key, f.note.params),
        ...f.issues
          .filter((i) => i.severity === "error")
          .slice(0, 5)
          .map((i) => issueText(i, locale)),
      ],
      locale
    );
    statusHeights[statusRows.length] = wrappedHeight(note, statusWidths[6] - 1);
    statusRows.push([
      { value: f.file },
      { value: f.branch },
      { value: say(`state.file.${f.state}`) },
      { value: f.rows },
      { value: f.accepted },
      { value: f.errorRows },
      { value: note, wrap: true },
      { value: f.hash ? f.hash.slice(0, 12) : null },
    ]);
  }
  statusRows.push([]);
  statusRows.push(
    (["sheet.col.branch", "sheet.col.state", "sheet.col.file"] as const).map((key) => ({
      value: say(key),
      bold: true,
      fill: "DDEBF7",
    }))
  );
  for (const b of result.branches)
    statusRows.push([
      { value: b.branch },
      { value: say(`state.branch.${b.state}`) },
      { value: joinList(b.files, locale) || null },
    ]);
  if (result.crossBranch.length) {
    statusRows.push([], [{ value: say("sheet.crossBranch"), bold: true }]);
    for (const issue of result.crossBranch) {
      const text = issueText(issue, locale);
      statusHeights[statusRows.length] = wrappedHeight(text, 140);
      statusRows.push([{ value: text, wrap: true }]);
      statusMerges.push(`A${statusRows.length}:H${statusRows.length}`);
    }
  }
  const status: SheetSpec = {
    name: STATUS_SHEET,
    rows: statusRows,
    columns: statusWidths.map((width) => ({ width })),
    rowHeights: statusHeights,
    merges: statusMerges,
    print: printLayout(statusWidths, { repeatRows: "1:3", header: say("sheet.confidential") }),
    freeze: { rows: 3, columns: 0 },
    provenance: {
      kind: "status",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: template.fingerprint,
      inputHash: hash,
      generatedAt: options.generatedAt,
    },
  };

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
  return {
    specs: [summary, status, ...ranking.sheets],
    rankingSheet: ranking.result.rankingSheet,
    assessed,
    inspection,
  };
}
