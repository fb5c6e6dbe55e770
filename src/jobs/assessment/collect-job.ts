import { append } from "../../core/util/append";
import type { AssessReport } from "../../core/assess/assess";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { sha256Hex } from "../../core/util/sha256";
import { normaliseText } from "../../core/util/text";
import {
  SheetTooLarge,
  type Grid,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { inspectContainer } from "../../workbook/xlsx/container-check";
import { issueAt, type Issue } from "../shared/issue";
import { inspect } from "./inspect";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { inputHash } from "../shared/input-hash";
import { collectSheets } from "./collect-sheets";
import type {
  BranchState,
  BranchStatus,
  CollectedRow,
  CollectResult,
  FileState,
  FileStatus,
} from "./collect-result";
import { readScoreSheet, SCORE_SHEET } from "./score-sheet";
import { readTemplateSheet, TEMPLATE_SHEET, templateSheetSpec } from "./template-sheet";
import { formatTimestamp } from "../shared/timestamp";

/**
 * `collect`: many branch submissions in, one checked whole out. Each file is looked at before it is unpacked
 * (size, zip bomb, encryption), hashed (the same file twice), opened through the Workbook port, checked against
 * the head-office template's fingerprint, validated, and its valid rows taken, tagged with file and branch.
 */
export type Submission = { name: string; read(): Promise<Uint8Array> };
export type Limits = { maxFileBytes: number; maxUnpackedBytes: number };
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 30 * 2 ** 20,
  maxUnpackedBytes: 300 * 2 ** 20,
};

export type CollectOptions = {
  template?: LoadedTemplate;
  roster?: readonly string[];
  open: (bytes: Uint8Array) => Promise<Workbook>;
  limits?: Limits;
  method?: RankMethod;
  onProgress?: (done: number, total: number, status: FileStatus | null) => void;
  signal?: { aborted: boolean };
};

const MB = 2 ** 20;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

export async function collect(
  submissions: readonly Submission[],
  options: CollectOptions
): Promise<CollectResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const total = submissions.length;
  let template = options.template ?? null;
  let templateNote: Issue | null = null;
  if (!template) {
    template = await majorityTemplate(submissions, options, limits);
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
  const seen = new Map<string, string>();
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
    const status = await collectOne(submissions[k], template, options, limits, seen);
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

async function collectOne(
  submission: Submission,
  template: LoadedTemplate | null,
  options: CollectOptions,
  limits: Limits,
  seen: Map<string, string>
): Promise<{ status: FileStatus; rows: CollectedRow[] }> {
  const status = (
    state: FileState,
    key: MessageKey,
    params: MessageParams = {},
    extra: Partial<FileStatus> = {}
  ): FileStatus => ({
    file: submission.name,
    state,
    branch: null,
    rows: 0,
    accepted: 0,
    errorRows: 0,
    hash: null,
    note: { key, params },
    issues: [],
    ...extra,
  });
  let bytes: Uint8Array;
  try {
    bytes = await submission.read();
  } catch (error) {
    return {
      status: status("unreadable", "collect.unreadable", { reason: (error as Error).message }),
      rows: [],
    };
  }
  if (bytes.length > limits.maxFileBytes)
    return {
      status: status("refused", "collect.tooLarge", {
        size: mb(bytes.length),
        limit: mb(limits.maxFileBytes),
      }),
      rows: [],
    };
  const container = inspectContainer(bytes);
  if (container.kind === "ole")
    return { status: status("unreadable", "collect.encrypted"), rows: [] };
  if (container.kind === "other")
    return { status: status("unreadable", "collect.notWorkbook"), rows: [] };
  if (container.kind === "damaged")
    return { status: status("unreadable", "collect.damaged"), rows: [] };
  if (container.unpackedBytes > limits.maxUnpackedBytes) {
    return {
      status: status("refused", "collect.bomb", {
        size: mb(container.unpackedBytes),
        limit: mb(limits.maxUnpackedBytes),
      }),
      rows: [],
    };
  }
  const hash = sha256Hex(bytes);
  const first = seen.get(hash);
  if (first)
    return {
      status: status("duplicate", "collect.duplicate", { file: first }, { hash }),
      rows: [],
    };
  seen.set(hash, submission.name);

  let book: Workbook;
  try {
    book = await options.open(bytes);
  } catch {
    return { status: status("unreadable", "collect.damaged", {}, { hash }), rows: [] };
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await book.read([SCORE_SHEET, TEMPLATE_SHEET]);
  } catch (error) {
    // A sheet's part that cannot be parsed, or too many rows: this file is named, the others go on.
    if (error instanceof SheetTooLarge)
      return {
        status: status("refused", "collect.tooManyRows", { limit: error.limit }, { hash }),
        rows: [],
      };
    return { status: status("unreadable", "collect.damaged", {}, { hash }), rows: [] };
  }
  if (!snapshot.grids.has(SCORE_SHEET))
    return { status: status("unreadable", "collect.noScoreSheet", {}, { hash }), rows: [] };
  if (!template)
    return { status: status("unreadable", "sheet.noTemplate", {}, { hash }), rows: [] };
  // The branch a file speaks for, known even when its rows cannot be taken.
  const identity = readScoreSheet(snapshot.grids.get(SCORE_SHEET) as Grid, template);
  const branch =
    "records" in identity
      ? mostCommon(
          identity.records.map((record) => normaliseText(record.branch ?? "")).filter(Boolean)
        )
      : null;

  // The template the file was made with, and whether its 权重模板 sheet was changed after it was written.
  const ownTemplate = snapshot.grids.get(TEMPLATE_SHEET);
  if (ownTemplate) {
    const read = readTemplateSheet(ownTemplate);
    if (
      !read.ok ||
      (read.value.recordedFingerprint &&
        read.value.recordedFingerprint !== read.value.loaded.fingerprint)
    ) {
      return {
        status: status("wrongTemplate", "collect.templateChanged", {}, { hash, branch }),
        rows: [],
      };
    }
    if (read.value.loaded.fingerprint !== template.fingerprint) {
      return {
        status: status(
          "wrongTemplate",
          "collect.wrongTemplate",
          {
            found: read.value.loaded.fingerprint.slice(0, 8),
            expected: template.fingerprint.slice(0, 8),
          },
          { hash, branch }
        ),
        rows: [],
      };
    }
  }
  const generatedFrom = snapshot.registry[SCORE_SHEET]?.templateFingerprint;
  if (generatedFrom && generatedFrom !== template.fingerprint) {
    return {
      status: status(
        "wrongTemplate",
        "collect.wrongTemplate",
        { found: generatedFrom.slice(0, 8), expected: template.fingerprint.slice(0, 8) },
        { hash, branch }
      ),
      rows: [],
    };
  }

  const inspection = inspect(snapshot, { template, method: options.method });
  if (inspection.records.length === 0)
    // Nothing to take is not "accepted": a file without its header, or without a filled row, is named.
    return {
      status: status(
        "unreadable",
        inspection.fatal ? "collect.noHeader" : "collect.noRows",
        {},
        { hash, branch, issues: inspection.issues }
      ),
      rows: [],
    };
  const rankedRows = new Set((inspection.assessed?.ranked ?? []).map((row) => row.source?.row));
  const accepted = inspection.records.filter((record) => rankedRows.has(record.source?.row));
  const errorRows = inspection.records.length - accepted.length;
  return {
    status: status(
      errorRows > 0 ? "partial" : "accepted",
      errorRows > 0 ? "collect.withErrors" : "collect.accepted",
      { accepted: accepted.length, errors: errorRows },
      {
        hash,
        branch,
        rows: inspection.records.length,
        accepted: accepted.length,
        errorRows,
        issues: inspection.issues,
      }
    ),
    // Where a row sat in its file is told in the status; the collected sheet gives it a place of its own.
    rows: accepted.map((record) => ({
      record: { ...record, source: undefined },
      file: submission.name,
    })),
  };
}

/** Without a head-office template: the one most submissions carry in their 权重模板 sheet. */
async function majorityTemplate(
  submissions: readonly Submission[],
  options: CollectOptions,
  limits: Limits
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
      const read = grid ? readTemplateSheet(grid) : null;
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
    const places = group.map((row) => `${row.record.branch ?? "?"}（${row.file}）`).join("、");
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

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export type WriteCollectedOptions = {
  /** Defaults to the template's period. */
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
): Promise<{ rankingSheet: string | null; period: string; assessed: AssessReport }> {
  // One moment for every sheet of the job (the ranking tab and its details included).
  const now = options.now ?? new Date();
  const generatedAt = formatTimestamp(now);
  const period = options.period ?? result.template.template.period ?? "";
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
        inputHash:
          sheets.inspection.records.length > 0 ? inputHash(sheets.inspection.records) : null,
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
  return { rankingSheet: sheets.rankingSheet, period, assessed: sheets.assessed };
}
