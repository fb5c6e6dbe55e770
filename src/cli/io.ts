import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../core/i18n/messages";
import { issueText, type Issue } from "../jobs/shared/issue";
import type { CliError } from "./args";

/** Where the command writes: injectable, so tests run it in-process. */
export type Io = { out: (text: string) => void; err: (text: string) => void; progress: boolean };

export const EXIT = { ok: 0, attention: 1, cannotRun: 2 } as const;

/** What a command ends with: an exit code, or an error about its arguments or files (exit 2, said once). */
export type Outcome = { code: number } | { error: CliError };

/**
 * Text for a terminal: control characters other than a line break, a tab or the progress line's return are
 * shown as visible marks, so an escape sequence in a file name, a template or a roster line is never obeyed.
 */
export const printable = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) =>
    c === "\u001b" ? "␛" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );

/** A message of the catalogue on stderr, a line of its own. */
export const sayTo =
  (io: Pick<Io, "err">, lang: Locale) =>
  (key: MessageKey, params: MessageParams = {}) =>
    io.err(`${formatMessage(lang, key, params)}\n`);

/** --json: only JSON on stdout. */
export function printJson(io: Pick<Io, "out">, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Lines of issues a terminal shows: a sheet whose every row is wrong is not 200,000 lines of scrolling. */
export const LISTED_ISSUES = 50;

/** The first issues on stderr, errors marked ✗ and warnings !, each naming its cell; the rest counted. */
export function printIssues(io: Pick<Io, "err">, issues: readonly Issue[], lang: Locale): void {
  for (const issue of issues.slice(0, LISTED_ISSUES))
    io.err(`${issue.severity === "error" ? "✗" : "!"} ${issueText(issue, lang)}\n`);
  if (issues.length > LISTED_ISSUES)
    sayTo(io, lang)("cli.moreIssues", {
      more: issues.length - LISTED_ISSUES,
      total: issues.length,
    });
}
