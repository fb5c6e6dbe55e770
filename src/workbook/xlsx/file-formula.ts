/**
 * Functions newer than Excel 2007 are stored in a file with the `_xlfn.` prefix (Excel's file format;
 * Office.js and the grid take them without it). Without the prefix Excel shows #NAME? until the cell is edited.
 */
const FUTURE_FUNCTIONS = ["WORKDAY.INTL", "NETWORKDAYS.INTL", "IFS", "MAXIFS", "MINIFS", "CONCAT"];

const PATTERN = new RegExp(
  `(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "g"
);

/** A formula as a file stores it: no leading "=", newer functions prefixed (never inside a string literal). */
export function fileFormula(formula: string): string {
  const body = formula.replace(/^=/, "");
  // Split on string literals ("…", with "" inside) so a label such as "IFS(" is never rewritten.
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(PATTERN, "_xlfn.$1(")))
    .join("");
}
