import type { MessageKey, MessageParams } from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { err, ok, type Result } from "../../core/util/result";
import { sha256Hex } from "../../core/util/sha256";
import { normaliseText } from "../../core/util/text";
import {
  cellAt,
  SheetTooLarge,
  type Grid,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { inspectContainer } from "../../workbook/xlsx/container-check";
import { inspect } from "./inspect";
import type { CollectedRow, FileState, FileStatus } from "./collect-result";
import { SCORE_SHEET } from "./score-sheet";
import { findHeaderRow, indicatorColumns, mapColumns, textOf } from "./score-sheet-columns";
import { readTemplateSheet, TEMPLATE_SHEET } from "../shared/template-sheet";

/**
 * One submission of `collect`, in the order of its checks: the file looked at before it is unpacked (size,
 * zip bomb, encryption), hashed (the same file twice), opened, checked against the head-office template's
 * fingerprint, and its valid rows taken.
 */
export type Submission = { name: string; read(): Promise<Uint8Array> };
export type Limits = { maxFileBytes: number; maxUnpackedBytes: number };
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 30 * 2 ** 20,
  maxUnpackedBytes: 300 * 2 ** 20,
};
/** What one file needs of collect's options: how to open it, and how its rows are ranked. */
export type FileOptions = { open: (bytes: Uint8Array) => Promise<Workbook>; method?: RankMethod };

const MB = 2 ** 20;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

type FileResult = { status: FileStatus; rows: CollectedRow[] };
/** The file's status: its state and note, over the defaults of a file with nothing taken. */
type StatusOf = (
  state: FileState,
  key: MessageKey,
  params?: MessageParams,
  extra?: Partial<FileStatus>
) => FileStatus;
/** What one collection remembers from file to file. */
export type CollectRun = {
  /** The files read so far, by the SHA-256 of their bytes: the same file twice is a duplicate. */
  files: Map<string, string>;
  /**
   * Each distinct 权重模板 sheet read, by its cells: every branch's file carries the same sheet, which is
   * read (parsed, checked, its fingerprint taken) once, not once a file.
   */
  templateSheets: Map<string, ReturnType<typeof readTemplateSheet>>;
};

export const newCollectRun = (): CollectRun => ({ files: new Map(), templateSheets: new Map() });

/** A file's 权重模板 sheet read, once per distinct sheet in the run (a sheet's reading is its cells'). */
export function templateSheetOf(run: CollectRun, grid: Grid): ReturnType<typeof readTemplateSheet> {
  const cells = JSON.stringify(grid.rows);
  let read = run.templateSheets.get(cells);
  if (!read) run.templateSheets.set(cells, (read = readTemplateSheet(grid)));
  return read;
}

/** What is known of the file once it is opened, for every status from then on. */
type Known = { hash: string; branch: string | null };

const nothingTaken = (status: FileStatus): FileResult => ({ status, rows: [] });

export async function collectOne(
  submission: Submission,
  template: LoadedTemplate | null,
  options: FileOptions,
  limits: Limits,
  run: CollectRun
): Promise<FileResult> {
  const status: StatusOf = (state, key, params = {}, extra = {}) => ({
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
    return nothingTaken(
      status("unreadable", "collect.unreadable", { reason: (error as Error).message })
    );
  }
  const refused = containerProblem(bytes, limits, status);
  if (refused) return nothingTaken(refused);
  const hash = sha256Hex(bytes);
  const first = run.files.get(hash);
  if (first)
    return nothingTaken(status("duplicate", "collect.duplicate", { file: first }, { hash }));
  run.files.set(hash, submission.name);

  const opened = await openSheets(bytes, options.open, hash, status);
  if (!opened.ok) return nothingTaken(opened.error);
  const snapshot = opened.value;
  if (!snapshot.grids.has(SCORE_SHEET))
    return nothingTaken(status("unreadable", "collect.noScoreSheet", {}, { hash }));
  if (!template) return nothingTaken(status("unreadable", "sheet.noTemplate", {}, { hash }));
  const known: Known = { hash, branch: branchOf(snapshot, template) };
  const wrong = templateMismatch(snapshot, template, status, known, run);
  if (wrong) return nothingTaken(wrong);
  return takeRows(snapshot, template, options.method, submission.name, status, known);
}

/** Refused before it is unpacked: too large, encrypted, not a workbook, damaged, or a zip bomb. */
function containerProblem(bytes: Uint8Array, limits: Limits, status: StatusOf): FileStatus | null {
  if (bytes.length > limits.maxFileBytes)
    return status("refused", "collect.tooLarge", {
      size: mb(bytes.length),
      limit: mb(limits.maxFileBytes),
    });
  const container = inspectContainer(bytes);
  if (container.kind === "ole") return status("unreadable", "collect.encrypted");
  if (container.kind === "other") return status("unreadable", "collect.notWorkbook");
  if (container.kind === "damaged") return status("unreadable", "collect.damaged");
  if (container.unpackedBytes > limits.maxUnpackedBytes)
    return status("refused", "collect.bomb", {
      size: mb(container.unpackedBytes),
      limit: mb(limits.maxUnpackedBytes),
    });
  return null;
}

/** The file opened through the Workbook port, and its score and template sheets read. */
async function openSheets(
  bytes: Uint8Array,
  open: FileOptions["open"],
  hash: string,
  status: StatusOf
): Promise<Result<WorkbookSnapshot, FileStatus>> {
  let book: Workbook;
  try {
    book = await open(bytes);
  } catch {
    return err(status("unreadable", "collect.damaged", {}, { hash }));
  }
  try {
    return ok(await book.read([SCORE_SHEET, TEMPLATE_SHEET]));
  } catch (error) {
    // A sheet's part that cannot be parsed, or too many rows: this file is named, the others go on.
    if (error instanceof SheetTooLarge)
      return err(status("refused", "collect.tooManyRows", { limit: error.limit }, { hash }));
    return err(status("unreadable", "collect.damaged", {}, { hash }));
  }
}

/** The branch a file speaks for (the most common of its rows), known even when its rows cannot be taken. */
function branchOf(snapshot: WorkbookSnapshot, template: LoadedTemplate): string | null {
  // Only the 机构 column is read: the rows are read once, when they are taken.
  const grid = snapshot.grids.get(SCORE_SHEET) as Grid;
  const headerRow = findHeaderRow(grid);
  if (headerRow < 0) return null;
  const columns = mapColumns(grid, headerRow, indicatorColumns(template.template));
  const c = "fatal" in columns ? undefined : columns.identityAt.get("branch");
  if (c === undefined) return null;
  const branches: string[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const branch = normaliseText(textOf(cellAt(grid, r, c)) ?? "");
    if (branch) branches.push(branch);
  }
  return mostCommon(branches);
}

/**
 * The template the file was made with, and whether its 权重模板 sheet was changed after it was written:
 * a status when either is not the head-office template.
 */
function templateMismatch(
  snapshot: WorkbookSnapshot,
  template: LoadedTemplate,
  status: StatusOf,
  known: Known,
  run: CollectRun
): FileStatus | null {
  const ownTemplate = snapshot.grids.get(TEMPLATE_SHEET);
  if (ownTemplate) {
    const read = templateSheetOf(run, ownTemplate);
    if (
      !read.ok ||
      (read.value.recordedFingerprint &&
        read.value.recordedFingerprint !== read.value.loaded.fingerprint)
    )
      return status("wrongTemplate", "collect.templateChanged", {}, { ...known });
    if (read.value.loaded.fingerprint !== template.fingerprint)
      return status(
        "wrongTemplate",
        "collect.wrongTemplate",
        {
          found: read.value.loaded.fingerprint.slice(0, 8),
          expected: template.fingerprint.slice(0, 8),
        },
        { ...known }
      );
  }
  const generatedFrom = snapshot.registry[SCORE_SHEET]?.templateFingerprint;
  if (generatedFrom && generatedFrom !== template.fingerprint)
    return status(
      "wrongTemplate",
      "collect.wrongTemplate",
      { found: generatedFrom.slice(0, 8), expected: template.fingerprint.slice(0, 8) },
      { ...known }
    );
  return null;
}

/** The file validated, and the rows that ranked taken, tagged with the file. */
function takeRows(
  snapshot: WorkbookSnapshot,
  template: LoadedTemplate,
  method: RankMethod | undefined,
  file: string,
  status: StatusOf,
  known: Known
): FileResult {
  // Which rows rank is all a file's check needs: they are ranked once, together, after every file is in.
  const inspection = inspect(snapshot, { template, method, rank: false });
  if (inspection.records.length === 0)
    // Nothing to take is not "accepted": a file without its header, or without a filled row, is named.
    return nothingTaken(
      status(
        "unreadable",
        inspection.fatal ? "collect.noHeader" : "collect.noRows",
        {},
        { ...known, issues: inspection.issues }
      )
    );
  const rankedRows = new Set((inspection.assessed?.ranked ?? []).map((row) => row.source?.row));
  const accepted = inspection.records.filter((record) => rankedRows.has(record.source?.row));
  const errorRows = inspection.records.length - accepted.length;
  return {
    status: status(
      errorRows > 0 ? "partial" : "accepted",
      errorRows > 0 ? "collect.withErrors" : "collect.accepted",
      { accepted: accepted.length, errors: errorRows },
      {
        ...known,
        rows: inspection.records.length,
        accepted: accepted.length,
        errorRows,
        issues: inspection.issues,
      }
    ),
    // Where a row sat in its file is told in the status; the collected sheet gives it a place of its own.
    rows: accepted.map((record) => ({
      record: { ...record, source: undefined },
      file,
    })),
  };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
