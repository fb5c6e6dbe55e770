import { assess, type AssessReport } from "../../core/assess/assess";
import type { ScoreRecord } from "../../core/assess/score-record";
import { formatMessage } from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { a1, type OutCell, type SheetSpec, type WorkbookSnapshot } from "../../workbook/port";
import type { BranchState, CollectResult, FileState } from "../collect-job";
import { inputHash } from "../input-hash";
import type { Inspection } from "../inspect";
import { issueText } from "../issue";
import { rankingFor } from "../rank-job";
import { IDENTITY, indicatorColumns, indicatorHeader, SOURCE_HEADER } from "./score-sheet";

export const SUMMARY_SHEET = "汇总";
export const STATUS_SHEET = "提交情况";

const FILE_STATE: Record<FileState, string> = {
  accepted: "已接收",
  partial: "部分接收",
  wrongTemplate: "模板不符",
  unreadable: "无法读取",
  duplicate: "重复提交",
  refused: "已拒收",
};
const BRANCH_STATE: Record<BranchState, string> = {
  accepted: "已接收",
  attention: "需处理",
  missing: "未提交",
  notOnRoster: "不在名单中",
};
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
  source: string;
  /** The sheets already in the workbook written to (a user's sheet named as the ranking tab is kept). */
  existing?: WorkbookSnapshot["sheets"];
};

/**
 * What a collection writes: 汇总 (every accepted row, in the score sheet's layout, with its source file),
 * 提交情况 (each file's and each expected branch's status), and the ranking tab of the collected rows.
 */
export function collectSheets(
  result: CollectResult,
  template: LoadedTemplate,
  options: CollectSheetsOptions
): { specs: SheetSpec[]; assessed: AssessReport; inspection: Inspection } {
  const t = template.template;
  const columns = indicatorColumns(t);
  const header = [
    ...IDENTITY.map((key) => IDENTITY_ZH[key]),
    ...columns.map(indicatorHeader),
    SOURCE_HEADER,
  ];
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
          value: `${SUMMARY_SHEET}：${t.name}${options.period ? `（${options.period}）` : ""}`,
          bold: true,
        },
      ],
      [
        {
          value: `权重模板 ${t.name} · 版本 ${t.version} · 指纹 ${template.fingerprint.slice(0, 8)} · ${result.files.length} 个提交文件 · 生成于 ${options.generatedAt}`,
        },
      ],
      header.map((value) => ({ value, bold: true, fill: "DDEBF7" })),
      ...result.rows.map(({ record, file }): OutCell[] => [
        { value: record.branch ?? null },
        { value: record.department ?? null },
        { value: record.id },
        { value: record.name ?? null },
        { value: record.post },
        ...columns.map((indicator) => {
          const v = record.values[indicator.id];
          return { value: v === undefined || v === null || typeof v === "object" ? null : v };
        }),
        { value: file },
      ]),
    ],
    columns: header.map((_, c) => ({
      width: c < IDENTITY.length ? 11 : c === header.length - 1 ? 24 : 12,
      format:
        c >= IDENTITY.length && c < header.length - 1
          ? columns[c - IDENTITY.length].unit === "%"
            ? "0.00%"
            : "0.00"
          : undefined,
    })),
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

  const status: SheetSpec = {
    name: STATUS_SHEET,
    rows: [
      [{ value: `${STATUS_SHEET}${options.period ? `（${options.period}）` : ""}`, bold: true }],
      [
        {
          value: `权重模板 ${t.name} v${t.version} · 指纹 ${template.fingerprint.slice(0, 8)} · 生成于 ${options.generatedAt}`,
        },
      ],
      ["文件", "机构", "状态", "行数", "接收行数", "错误行数", "说明", "内容哈希"].map((value) => ({
        value,
        bold: true,
        fill: "DDEBF7",
      })),
      ...result.files.map((f): OutCell[] => [
        { value: f.file },
        { value: f.branch },
        { value: FILE_STATE[f.state] },
        { value: f.rows },
        { value: f.accepted },
        { value: f.errorRows },
        {
          value: [
            formatMessage("zh-CN", f.note.key, f.note.params),
            ...f.issues
              .filter((i) => i.severity === "error")
              .slice(0, 5)
              .map((i) => issueText(i, "zh-CN")),
          ].join("；"),
        },
        { value: f.hash ? f.hash.slice(0, 12) : null },
      ]),
      [],
      ["机构", "状态", "文件"].map((value) => ({ value, bold: true, fill: "DDEBF7" })),
      ...result.branches.map((b): OutCell[] => [
        { value: b.branch },
        { value: BRANCH_STATE[b.state] },
        { value: b.files.join("、") || null },
      ]),
      ...(result.crossBranch.length
        ? [
            [],
            [{ value: "跨机构重复工号", bold: true }],
            ...result.crossBranch.map((issue): OutCell[] => [{ value: issueText(issue, "zh-CN") }]),
          ]
        : []),
    ],
    columns: [28, 12, 10, 8, 9, 9, 80, 14].map((width) => ({ width })),
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
  const ranking = rankingFor(
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
    }
  );
  return {
    specs: ranking.spec ? [summary, status, ranking.spec] : [summary, status],
    assessed,
    inspection,
  };
}
