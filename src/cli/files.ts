import os from "node:os";
import { describePlace } from "../core/template/describe-place";
import { statSync } from "node:fs";
import { lstat, open, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { formatMessage, localized, type Locale } from "../core/i18n/messages";
import { parseTemplateJson, type LoadedTemplate } from "../core/template/parse-template";
import { issueText } from "../jobs/shared/issue";
import { readTemplateSheet, TEMPLATE_SHEET } from "../jobs/shared/template-sheet";
import { inspectContainer } from "../workbook/xlsx/container-check";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import type { SheetSource } from "../workbook/port";
import type { CliError } from "./args";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: CliError };

/** Why a file could not be used, in the user's language: the system's codes a user can act on, named. */
export function failureReason(error: unknown) {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return localized("文件不存在。", "no such file.");
    case "EACCES":
    case "EPERM":
      return localized(
        "没有访问权限：请检查文件的权限。",
        "permission denied: check the file's permissions."
      );
    case "EISDIR":
      return localized("这是一个文件夹，不是文件。", "this is a folder, not a file.");
    case "ELOOP":
      return localized(
        "符号链接指向自身（循环）。",
        "the symbolic link points to itself (a loop)."
      );
    case "ENOSPC":
      return localized(
        "磁盘已满：请腾出空间后重试。",
        "the disk is full: free some space and try again."
      );
    case "EROFS":
      return localized("所在位置只读。", "the location is read-only.");
    case "ENAMETOOLONG":
      return localized("路径过长。", "the path is too long.");
    case "ENOTDIR":
      return localized("路径中有一段不是文件夹。", "a part of the path is not a folder.");
    default:
      return localized(
        `系统错误 ${code ?? ""}`.trim() + "。",
        `system error ${code ?? ""}`.trim() + "."
      );
  }
}

/**
 * The most a workbook may unpack to (its zip directory's sizes, each entry also checked as it is inflated):
 * a full 1,048,576-row sheet of a forty-indicator template is under it; a zip bomb is not.
 */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** The largest input file read: a bank's workbooks are a few megabytes; a larger one is refused unread. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/**
 * An input's bytes, only from a regular file within the size limit: a folder, a device (/dev/zero), a pipe
 * (which would block for ever) or a socket is refused before anything is read.
 */
export async function readInput(file: string): Promise<Outcome<Buffer>> {
  const cannot = (reason: ReturnType<typeof failureReason>): Outcome<Buffer> => ({
    ok: false,
    error: { key: "cli.cannotRead", params: { file, reason } },
  });
  try {
    const info = await stat(file);
    if (info.isDirectory())
      return cannot(localized("这是一个文件夹，不是文件。", "this is a folder, not a file."));
    if (!info.isFile())
      return cannot(
        localized(
          "不是普通文件（设备、管道或套接字）。",
          "not a regular file (a device, a pipe or a socket)."
        )
      );
    if (info.size > MAX_INPUT_BYTES)
      return {
        ok: false,
        error: {
          key: "cli.tooLarge",
          params: {
            file,
            size: Math.ceil(info.size / 1024 / 1024),
            limit: MAX_INPUT_BYTES / 1024 / 1024,
          },
        },
      };
    return { ok: true, value: await readFile(file) };
  } catch (error) {
    return cannot(failureReason(error));
  }
}

export async function openWorkbook(file: string): Promise<Outcome<XlsxWorkbook>> {
  const bytes = await readInput(file);
  if (!bytes.ok) return bytes;
  // What it is, before ExcelJS tries: the refusal then says what to do with it.
  const container = inspectContainer(bytes.value);
  if (container.kind === "ole")
    return { ok: false, error: { key: "cli.notXlsxOle", params: { file } } };
  if (container.kind === "other")
    return {
      ok: false,
      error: {
        key: looksLikeText(bytes.value) ? "cli.notXlsxText" : "cli.notWorkbook",
        params: { file },
      },
    };
  if (container.kind === "damaged")
    return { ok: false, error: { key: "cli.damaged", params: { file } } };
  // What it would unpack to, from the zip's own directory, before anything is inflated (a zip bomb).
  if (container.kind === "zip" && container.unpackedBytes > MAX_UNPACKED_BYTES)
    return {
      ok: false,
      error: {
        key: "cli.tooLargeUnpacked",
        params: {
          file,
          size: Math.ceil(container.unpackedBytes / 1024 / 1024),
          limit: MAX_UNPACKED_BYTES / 1024 / 1024,
        },
      },
    };
  try {
    return { ok: true, value: await XlsxWorkbook.fromBuffer(bytes.value) };
  } catch {
    return { ok: false, error: { key: "cli.notWorkbook", params: { file } } };
  }
}

/** Text (a CSV saved from Excel or a text editor): no NUL byte in its first kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  return bytes.length > 0 && !bytes.subarray(0, 4096).includes(0);
}

/** An output file must be what is written into it: a workbook ends in .xlsx (or a template in .json). */
export function checkOutput(file: string, extensions: readonly string[]): CliError | null {
  const extension = path.extname(file).toLowerCase();
  if (extensions.includes(extension)) return null;
  const stem = extension ? file.slice(0, -extension.length) : file;
  return {
    key: "cli.outExtension",
    params: { file, extensions: extensions.join(" / "), suggestion: `${stem}${extensions[0]}` },
  };
}

/**
 * Why `out` cannot be written, or null: an extension the command does not write (`checkOutput`), or one of
 * the inputs (`outputIsInput`). Checked before any work.
 */
export function refusedOutput(
  out: string,
  inputs: readonly (string | undefined)[],
  extensions: readonly string[] = [".xlsx"]
): CliError | null {
  return checkOutput(out, extensions) ?? outputIsInput(out, inputs);
}

/** A weight template from a .json file, or from the 权重模板 sheet of an .xlsx workbook. */
export async function openTemplate(file: string, locale: Locale): Promise<Outcome<LoadedTemplate>> {
  if (/\.xlsx$/i.test(file)) {
    const book = await openWorkbook(file);
    if (!book.ok) return book;
    const grid = (await book.value.read([TEMPLATE_SHEET])).grids.get(TEMPLATE_SHEET);
    if (!grid) return { ok: false, error: { key: "cli.notTemplate", params: { file } } };
    const read = readTemplateSheet(grid);
    if (!read.ok)
      return {
        ok: false,
        error: {
          key: "cli.templateInvalid",
          params: { file, count: read.issues.length },
          details: read.issues.map((issue) => issueText(issue, locale)),
        },
      };
    return { ok: true, value: read.value.loaded };
  }
  const bytes = await readInput(file);
  if (!bytes.ok) return bytes;
  const text = bytes.value.toString("utf8").replace(/^\uFEFF/, "");
  const parsed = parseTemplateJson(text);
  if (!parsed.ok) {
    let raw: unknown = null;
    try {
      raw = JSON.parse(text);
    } catch {
      // reported by the problem itself
    }
    const details = parsed.error.map((problem) =>
      formatMessage(locale, problem.key, {
        where: describePlace(raw, problem.path),
        ...problem.params,
      })
    );
    return {
      ok: false,
      error: { key: "cli.templateInvalid", params: { file, count: details.length }, details },
    };
  }
  return { ok: true, value: parsed.value };
}

/** Where a command says what it wrote over. */
export type SaveReport = { err: (text: string) => void; lang: Locale };

export function saveWorkbook(
  book: XlsxWorkbook,
  file: string,
  report?: SaveReport
): Promise<Outcome<string>> {
  return saveBytes(
    file,
    async (write) => {
      for (const piece of await book.toParts()) await write(piece);
    },
    report
  );
}

/**
 * A new workbook of the add-in's own sheets, written to the file while it is made (`XlsxWorkbook.streamNew`):
 * each sheet's compressed part goes to the disk as soon as it is ready instead of being held to the end.
 * Saved as `saveWorkbook` saves, through a file beside it that is renamed when whole.
 */
export function saveNewWorkbook(
  specs: readonly SheetSource[],
  file: string,
  report?: SaveReport
): Promise<Outcome<string>> {
  return saveBytes(file, (write) => XlsxWorkbook.streamNew(specs, write), report);
}

export function saveText(
  text: string,
  file: string,
  report?: SaveReport
): Promise<Outcome<string>> {
  return saveBytes(file, (write) => write(Buffer.from(text, "utf8")), report);
}

/**
 * Writes the whole file beside its place first and then renames it there: a failure half-way (a full disk)
 * never leaves a damaged workbook, and a file it replaces is replaced whole. Saying so is the caller's
 * report; only a regular file is ever replaced (never a folder, a device or a link's target elsewhere).
 */
async function saveBytes(
  file: string,
  /** Writes the file's bytes through `write`, in pieces one after the other (as they are made, for a stream). */
  produce: Producer,
  report?: SaveReport
): Promise<Outcome<string>> {
  const target = path.resolve(file);
  const folder = path.dirname(target);
  let existed = false;
  try {
    const info = await lstat(target);
    if (!info.isFile())
      return {
        ok: false,
        error: {
          key: "cli.cannotWrite",
          params: {
            file,
            reason: info.isDirectory()
              ? localized("这是一个文件夹，不是文件。", "this is a folder, not a file.")
              : localized(
                  "已存在同名的非普通文件（链接、设备或管道），不会被替换。",
                  "something other than a regular file (a link, a device, a pipe) is there and is not replaced."
                ),
          },
        },
      };
    existed = true;
  } catch {
    // Nothing there yet.
  }
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}-${Date.now().toString(36)}.tmp`
  );
  try {
    await writeNew(temporary, produce);
    await rename(temporary, target);
    if (existed && report)
      report.err(`${formatMessage(report.lang, "cli.replaced", { file: target })}\n`);
    return { ok: true, value: target };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    // The job failed while making the file, not the disk: not something to say as a file the user can fix.
    if (error instanceof MakingFailed) throw error.cause;
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && !(await isFolder(folder)))
      return { ok: false, error: { key: "cli.noFolder", params: { file, folder } } };
    return {
      ok: false,
      error: { key: "cli.cannotWrite", params: { file, reason: failureReason(error) } },
    };
  }
}

/** What makes a file's bytes, given where to write each piece of them. */
type Producer = (write: (piece: Uint8Array) => Promise<void>) => Promise<void>;

/** A failure of what makes the bytes (the job), told apart from the disk's. */
class MakingFailed {
  constructor(readonly cause: unknown) {}
}

/** Makes a file that must not exist yet, piece by piece. */
async function writeNew(file: string, produce: Producer): Promise<void> {
  const handle = await open(file, "wx");
  let diskFailure: unknown = undefined;
  try {
    await produce(async (piece) => {
      try {
        for (let at = 0; at < piece.length;)
          at += (await handle.write(piece, at, piece.length - at)).bytesWritten;
      } catch (error) {
        diskFailure = error;
        throw error;
      }
    });
  } catch (error) {
    throw error === diskFailure ? error : new MakingFailed(error);
  } finally {
    await handle.close();
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether writing `b` would write over `a`: the same path, or — through a symbolic link, a hard link or
 * another spelling of the path (`/proc/self/cwd/…`) — the same file, which only its device and inode say.
 */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    // One of them does not exist (yet): nothing to overwrite.
    return false;
  }
}

/** Refuses an output that is any input (a workbook, a template, a register, a history file): none is ever written. */
export function outputIsInput(
  out: string,
  inputs: readonly (string | undefined)[]
): CliError | null {
  return inputs.some((input) => input !== undefined && sameFile(input, out))
    ? { key: "cli.sameFile", params: {} }
    : null;
}

/** The operating-system user, for the 审计日志 (blank when the system will not say). */
export function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return "";
  }
}
