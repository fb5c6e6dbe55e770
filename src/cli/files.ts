import os from "node:os";
import { describePlace } from "../core/template/describe-place";
import { statSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatMessage, localized, type Locale } from "../core/i18n/messages";
import { parseTemplateJson, type LoadedTemplate } from "../core/template/parse-template";
import { issueText } from "../jobs/issue";
import { readTemplateSheet, TEMPLATE_SHEET } from "../jobs/sheets/template-sheet";
import { inspectContainer } from "../workbook/xlsx/container-check";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import type { CliError } from "./args";

type Outcome<T> = { ok: true; value: T } | { ok: false; error: CliError };

/** Why a file could not be used: "no such file" in the user's language, else what the system said. */
export function failureReason(error: unknown) {
  return (error as NodeJS.ErrnoException).code === "ENOENT"
    ? localized("文件不存在。", "no such file.")
    : (error as Error).message;
}

async function bytesOf(file: string): Promise<Outcome<Buffer>> {
  try {
    return { ok: true, value: await readFile(file) };
  } catch (error) {
    return {
      ok: false,
      error: { key: "cli.cannotRead", params: { file, reason: failureReason(error) } },
    };
  }
}

export async function openWorkbook(file: string): Promise<Outcome<XlsxWorkbook>> {
  const bytes = await bytesOf(file);
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
  const bytes = await bytesOf(file);
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

export function saveWorkbook(book: XlsxWorkbook, file: string): Promise<Outcome<string>> {
  return saveBytes(file, async () => book.toBuffer());
}

export function saveText(text: string, file: string): Promise<Outcome<string>> {
  return saveBytes(file, async () => Buffer.from(text, "utf8"));
}

async function saveBytes(file: string, bytes: () => Promise<Uint8Array>): Promise<Outcome<string>> {
  try {
    await writeFile(file, await bytes());
    return { ok: true, value: path.resolve(file) };
  } catch (error) {
    const folder = path.dirname(path.resolve(file));
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && !(await isFolder(folder)))
      return { ok: false, error: { key: "cli.noFolder", params: { file, folder } } };
    return {
      ok: false,
      error: { key: "cli.cannotWrite", params: { file, reason: failureReason(error) } },
    };
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

/** The operating-system user, for the 审计日志 (blank when the system will not say). */
export function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return "";
  }
}
