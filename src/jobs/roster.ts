import { normaliseText } from "../core/util/text";

/** A roster of expected branches from text: one a line (a CSV's first column); a header line is skipped. */
export function parseRoster(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => normaliseText(line.split(",")[0] ?? ""))
    .filter((name) => name && !["机构", "branch", "分支机构"].includes(name.toLowerCase()));
}
