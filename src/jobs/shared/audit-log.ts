import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { type Grid, type OutCell, type SheetSource, type SheetSpec } from "../../workbook/port";
import { printLayout } from "./print-layout";
import { alignTallRows, wrappedRowHeight } from "./table-rows";
import { outCellOf } from "./values-copy";

/** cycle.md §6.1: the log every job that writes into a workbook appends to; owned and protected. */
export const AUDIT_SHEET = "审计日志";

export const AUDIT_JOBS = [
  "template",
  "validate",
  "rank",
  "collect",
  "annual",
  "results",
  "appeals",
  "verify",
  "duties",
  "arrangement",
  "reviews",
  "survey",
  "calibrate",
  "whatif",
] as const;
export type AuditJob = (typeof AUDIT_JOBS)[number];

export type AuditEntry = {
  job: AuditJob;
  /** Office's user where the host gives one, else the operating-system user; blank when unknown. */
  who?: string;
  template?: LoadedTemplate | null;
  inputHash?: string | null;
  /** One line of counts. */
  summary: string;
  now?: Date;
};

const HEADERS: MessageKey[] = [
  "sheet.audit.time",
  "sheet.audit.job",
  "sheet.audit.who",
  "sheet.audit.template",
  "sheet.audit.version",
  "sheet.audit.fingerprint",
  "sheet.audit.inputHash",
  "sheet.audit.written",
  "sheet.audit.summary",
];
const WIDTHS = [26, 9, 12, 12, 8, 24, 24, 30, 40];
/** 模板指纹 … 摘要: hashes and lists that wrap in their columns rather than run under the next. */
const WRAPPED_FROM = 5;
const FIRST_ROW = 2; // 0-based: title, header

/** "2026-01-09T10:15:00+08:00": the moment where the user is, with its UTC offset (ISO 8601). */
export function auditTime(now: Date): string {
  const two = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}${sign}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`;
}

/** The log's rows so far (from the workbook's own 审计日志), each kept exactly as it is. */
export function auditRows(previous: Grid | undefined): OutCell[][] {
  if (!previous) return [];
  return previous.rows
    .slice(FIRST_ROW)
    .flatMap((row) => (row.some((cell) => cell.kind !== "empty") ? [row.map(outCellOf)] : []));
}

/** The log's last row of a job (verify --forms: the `reviews` row), with its 0-based row, fingerprint and input hash. */
export function lastAuditRow(
  log: Grid | undefined,
  job: AuditJob
): { r: number; fingerprint: string | null; inputHash: string | null } | null {
  const text = (cell: Grid["rows"][number][number] | undefined) =>
    cell && (cell.kind === "text" || cell.kind === "number") ? String(cell.value).trim() : null;
  for (let r = (log?.rows.length ?? 0) - 1; r >= FIRST_ROW; r--) {
    const row = log!.rows[r] ?? [];
    if (text(row[1]) === job)
      return { r, fingerprint: text(row[5]) || null, inputHash: text(row[6]) || null };
  }
  return null;
}

/** Whether the log's rows (under its title and header) are `earlier`, in order and with no blank between. */
function isPrefix(grid: Grid, earlier: readonly OutCell[][]): boolean {
  const own = grid.rows.slice(FIRST_ROW);
  while (own.length > 0 && own[own.length - 1].every((cell) => cell.kind === "empty")) own.pop();
  return own.length === earlier.length && grid.rows.length >= FIRST_ROW;
}

/**
 * The sheets a job writes, with the 审计日志 after them: the earlier rows as they were (from the workbook
 * written into, or, for a new workbook, the input's) and one row for this job naming what it wrote.
 * Several earlier logs (annual's inputs) are merged in time order, a row that is in two of them once.
 */
export function withAuditLog(
  sheets: readonly SheetSource[],
  previous: Grid | readonly Grid[] | undefined,
  entry: AuditEntry,
  locale: Locale = "zh-CN"
): SheetSource[] {
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const grids =
    previous === undefined ? [] : Array.isArray(previous) ? previous : [previous as Grid];
  const seen = new Set<string>();
  const earlier = grids
    .flatMap((grid) => auditRows(grid))
    .filter((row) => {
      const key = JSON.stringify(row.map((cell) => cell.value));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (grids.length > 1)
    earlier.sort((a, b) => String(a[0]?.value ?? "").localeCompare(String(b[0]?.value ?? "")));
  const t = entry.template?.template;
  const row: OutCell[] = [
    { value: auditTime(entry.now ?? new Date()) },
    { value: entry.job },
    { value: entry.who || null },
    { value: t?.id ?? null },
    { value: t?.version ?? null },
    { value: entry.template?.fingerprint ?? null },
    { value: entry.inputHash ?? null },
    { value: sheets.map((sheet) => sheet.name).join("、") },
    { value: entry.summary },
  ];
  // Every row's hashes and lists wrapped, the earlier ones' too, each row as tall as its longest.
  const logged = [...earlier, row].map((cells) =>
    cells.map((cell, c) =>
      c >= WRAPPED_FROM && cell.value !== null ? { ...cell, wrap: true } : cell
    )
  );
  const rowHeights = Object.fromEntries(
    logged
      .map((cells, k) => [FIRST_ROW + k, wrappedRowHeight(cells, WIDTHS, 10)])
      .filter(([, height]) => height > 15)
  );
  const rows: OutCell[][] = alignTallRows(
    [
      [{ value: say("sheet.audit.title"), bold: true, size: 14 }],
      HEADERS.map((key) => ({ value: say(key), bold: true, fill: "DDEBF7" })),
      ...logged,
    ],
    rowHeights,
    FIRST_ROW
  );
  const log: SheetSpec = {
    name: AUDIT_SHEET,
    rows,
    // The log is appended to: where the workbook's own log is the start of this one, row for row, its rows
    // stay in place and only the new one is written (a job stopped halfway never loses the log).
    keepRows: grids.length === 1 && isPrefix(grids[0], earlier) ? FIRST_ROW + earlier.length : 0,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights,
    freeze: { rows: FIRST_ROW, columns: 0 },
    print: printLayout(WIDTHS, { repeatRows: "1:2", header: say("sheet.confidential") }),
    protect: true,
    provenance: { kind: "audit", generatedAt: String(row[0].value) },
  };
  return [...sheets, log];
}
