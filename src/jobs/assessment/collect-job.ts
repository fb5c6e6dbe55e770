import { append } from "../../core/util/append";
import type { AssessReport } from "../../core/assess/assess";
import { rankingPeriod, type PeriodChoice } from "../../core/cycle/periods";
import { formatMessage, localized, type Locale } from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { normaliseText } from "../../core/util/text";
import type { Workbook } from "../../workbook/port";
import { inspectContainer } from "../../workbook/xlsx/container-check";
import { issueAt, type Issue } from "../shared/issue";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { collectSheets } from "./collect-sheets";
import { periodIssue } from "./rank-job";
import {
  collectOne,
  DEFAULT_LIMITS,
  newCollectRun,
  templateSheetOf,
  type CollectRun,
  type Limits,
  type Submission,
} from "./collect-file";
import type {
  BranchState,
  BranchStatus,
  CollectedRow,
  CollectResult,
  FileStatus,
} from "./collect-result";
import { TEMPLATE_SHEET, templateSheetSpec } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";

// One file's checks have a file of their own; importers keep using this one.
export { DEFAULT_LIMITS, type Limits, type Submission } from "./collect-file";

/**
 * `collect`: many branch submissions in, one checked whole out. Each file is looked at before it is unpacked
 * (size, zip bomb, encryption), hashed (the same file twice), opened through the Workbook port, checked against
 * the head-office template's fingerprint, validated, and its valid rows taken, tagged with file and branch.
 */
export type CollectOptions = {
  template?: LoadedTemplate;
  roster?: readonly string[];
  open: (bytes: Uint8Array) => Promise<Workbook>;
  limits?: Limits;
  method?: RankMethod;
  onProgress?: (done: number, total: number, status: FileStatus | null) => void;
  signal?: { aborted: boolean };
};

export async function collect(
  submissions: readonly Submission[],
  options: CollectOptions
): Promise<CollectResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const total = submissions.length;
  let template = options.template ?? null;
  let templateNote: Issue | null = null;
  const run = newCollectRun();
  if (!template) {
    template = await majorityTemplate(submissions, options, limits, run);
    if (template) {
      templateNote = issueAt("warning", "collect.majorityTemplate", {
        name: template.template.name,
        version: template.template.version,
        fingerprint: template.fingerprint.slice(0, 8),
      });
    }
  }

  const files: FileStatus[] = [];
  const rows: CollectedRow[] = [];
  const ahead = readAhead(submissions);
  for (let k = 0; k < total; k++) {
    if (options.signal?.aborted)
      return {
        template,
        templateNote,
        files,
        branches: [],
        rows: [],
        crossBranch: [],
        cancelled: true,
      };
    options.onProgress?.(k, total, null);
    const status = await collectOne(ahead[k], template, options, limits, run);
    files.push(status.status);
    append(rows, status.rows);
    options.onProgress?.(k + 1, total, status.status);
  }

  const crossBranch = removeCrossFileDuplicates(rows, files);
  return {
    template,
    templateNote,
    files,
    branches: branchStatuses(files, options.roster),
    rows,
    crossBranch,
    cancelled: false,
  };
}

/**
 * The submissions, each starting the next one's read as it is read: the next file comes off the disk (or out
 * of the browser) while this one is checked, instead of each read waiting its turn. One file ahead at most.
 */
function readAhead(submissions: readonly Submission[]): Submission[] {
  const started = new Map<number, Promise<Uint8Array>>();
  const start = (k: number): Promise<Uint8Array> | undefined => {
    if (k >= submissions.length) return undefined;
    let read = started.get(k);
    if (!read) {
      read = submissions[k].read();
      // A failed read is the file's own status when it is reached, not an unhandled rejection now.
      read.catch(() => undefined);
      started.set(k, read);
    }
    return read;
  };
  return submissions.map((submission, k) => ({
    name: submission.name,
    read: () => {
      const read = start(k) as Promise<Uint8Array>;
      started.delete(k);
      start(k + 1);
      return read;
    },
  }));
}

/** Without a head-office template: the one most submissions carry in their 权重模板 sheet. */
async function majorityTemplate(
  submissions: readonly Submission[],
  options: CollectOptions,
  limits: Limits,
  run: CollectRun
): Promise<LoadedTemplate | null> {
  const counts = new Map<string, { template: LoadedTemplate; count: number }>();
  for (const submission of submissions) {
    try {
      const bytes = await submission.read();
      const container = inspectContainer(bytes);
      if (
        bytes.length > limits.maxFileBytes ||
        container.kind !== "zip" ||
        container.unpackedBytes > limits.maxUnpackedBytes
      )
        continue;
      const grid = (await (await options.open(bytes)).read([TEMPLATE_SHEET])).grids.get(
        TEMPLATE_SHEET
      );
      const read = grid ? templateSheetOf(run, grid) : null;
      if (!read?.ok || read.value.recordedFingerprint !== read.value.loaded.fingerprint) continue;
      const entry = counts.get(read.value.loaded.fingerprint) ?? {
        template: read.value.loaded,
        count: 0,
      };
      entry.count++;
      counts.set(read.value.loaded.fingerprint, entry);
    } catch {
      // unreadable files are reported by the collection itself
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.template ?? null;
}

/** The same employee id from two files: neither row is trusted; both files are told. */
function removeCrossFileDuplicates(rows: CollectedRow[], files: FileStatus[]): Issue[] {
  const byId = new Map<string, CollectedRow[]>();
  for (const row of rows) {
    const id = normaliseText(row.record.id);
    byId.set(id, [...(byId.get(id) ?? []), row]);
  }
  const issues: Issue[] = [];
  const dropped = new Set<CollectedRow>();
  for (const [id, group] of byId) {
    if (new Set(group.map((row) => row.file)).size < 2) continue;
    const place = (row: CollectedRow, open: string, close: string) =>
      `${row.record.branch ?? "?"}${open}${row.file}${close}`;
    const places = localized(
      group.map((row) => place(row, "（", "）")).join("、"),
      group.map((row) => place(row, " (", ")")).join(", ")
    );
    const issue = { ...issueAt("error", "collect.crossBranch", { id, places }), recordId: id };
    issues.push(issue);
    for (const row of group) {
      dropped.add(row);
      const file = files.find((f) => f.file === row.file);
      if (file) {
        file.accepted--;
        file.errorRows++;
        file.state = "partial";
        file.note = {
          key: "collect.withErrors",
          params: { accepted: file.accepted, errors: file.errorRows },
        };
        file.issues.push(issue);
      }
    }
  }
  for (let k = rows.length - 1; k >= 0; k--) if (dropped.has(rows[k])) rows.splice(k, 1);
  return issues;
}

/** Each branch's state: every roster branch (sent or not) and every branch that sent a file. */
export function branchStatuses(
  files: readonly FileStatus[],
  roster: readonly string[] | undefined
): BranchStatus[] {
  const expected = (roster ?? []).map(normaliseText).filter(Boolean);
  const names = [
    ...new Set([...expected, ...files.map((f) => f.branch).filter((b): b is string => Boolean(b))]),
  ];
  return names.map((branch) => {
    const own = files.filter((f) => f.branch === branch);
    const state: BranchState =
      own.length === 0
        ? "missing"
        : roster && !expected.includes(branch)
          ? "notOnRoster"
          : own.every((f) => f.state === "accepted")
            ? "accepted"
            : "attention";
    return { branch, state, files: own.map((f) => f.file) };
  });
}

export type WriteCollectedOptions = {
  /** Defaults to the template's period where it can be (`rankingPeriod`: not the year of a quarterly cycle). */
  period?: string;
  method?: RankMethod;
  live?: boolean;
  now?: Date;
  /** What the rows came from, for the provenance lines (default: "300 个提交文件", in the sheets' language). */
  source?: string;
  /**
   * A new workbook also gets the 权重模板 the rows were checked against; the open workbook keeps its own.
   */
  newWorkbook: boolean;
  /** The language of the ranking tabs' own text (default zh-CN). */
  locale?: Locale;
  /** Who runs it, for the 审计日志. */
  who?: string;
};

/**
 * The second half of `collect`, the same in the pane and the command: 汇总, 提交情况 and the ranking tab of
 * the collected rows (and, into a new workbook, 权重模板), in one write. A user's sheet named as the
 * ranking tab is kept (the tab gets a suffix); one named 汇总 or 提交情况 makes the write refuse before
 * anything is written.
 */
export async function writeCollected(
  book: Workbook,
  result: CollectResult & { template: LoadedTemplate },
  options: WriteCollectedOptions
): Promise<
  | {
      ok: true;
      rankingSheet: string | null;
      period: string;
      periodFrom: PeriodChoice["from"];
      assessed: AssessReport;
    }
  | { ok: false; problems: Issue[] }
> {
  // The period typed, or the template's when it can be: nothing is written without one (cycle.md §1).
  const chosen = rankingPeriod(options.period, result.template.template);
  if (!chosen.ok) return { ok: false, problems: [periodIssue(chosen.error)] };
  const period = chosen.value.text;
  // One moment for every sheet of the job (the ranking tab and its details included).
  const now = options.now ?? new Date();
  const generatedAt = formatTimestamp(now);
  const before = options.newWorkbook ? null : await book.read([AUDIT_SHEET]);
  const existing = before?.sheets ?? [];
  const sheets = collectSheets(result, result.template, {
    period,
    method: options.method,
    live: options.live,
    generatedAt,
    now,
    source:
      options.source ??
      formatMessage(options.locale ?? "zh-CN", "sheet.submittedFiles", {
        count: result.files.length,
      }),
    existing,
    locale: options.locale,
  });
  await book.write(
    withAuditLog(
      options.newWorkbook
        ? [templateSheetSpec(result.template, generatedAt), ...sheets.specs]
        : sheets.specs,
      before?.grids.get(AUDIT_SHEET),
      {
        job: "collect",
        who: options.who,
        template: result.template,
        inputHash: sheets.inspection.records.length > 0 ? sheets.inputHash : null,
        summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.collect", {
          files: result.files.length,
          rows: result.rows.length,
          ranked: sheets.assessed.ranked.length,
        }),
        now,
      },
      options.locale
    )
  );
  return {
    ok: true,
    rankingSheet: sheets.rankingSheet,
    period,
    periodFrom: chosen.value.from,
    assessed: sheets.assessed,
  };
}
