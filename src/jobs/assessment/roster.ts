import { normaliseText } from "../../core/util/text";
import type { Grid } from "../../workbook/port";

/** A roster of expected branches from text: one a line (a CSV's first column); a header line is skipped. */
export function parseRoster(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => normaliseText(line.split(",")[0] ?? ""))
    .filter((name) => name && !["机构", "branch", "分支机构"].includes(name.toLowerCase()));
}

/** A roster from a workbook: the first column of its first sheet, as the CSV's first column. */
export function rosterFromGrid(grid: Grid | undefined): string[] {
  return parseRoster(
    (grid?.rows ?? [])
      .map((row) => (row[0] && "value" in row[0] ? String(row[0].value) : ""))
      .join("\n")
  );
}

const collator = new Intl.Collator("zh-CN", { numeric: true });
const stem = (name: string) => name.replace(/\.[^./\\]+$/, "");

/**
 * File and branch names in the order a Chinese user expects (pinyin: 北京, 广州, 上海), digits by value, and a
 * name before its copies (北京分行.xlsx before 北京分行-副本.xlsx).
 */
export const compareNames = (a: string, b: string) =>
  collator.compare(stem(a), stem(b)) || collator.compare(a, b);
