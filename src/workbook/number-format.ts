/**
 * What an Excel number format code says about its cells. Pure, so both adapters and the tests share it.
 *
 * A code is a date (or time) when, outside quoted text, escaped characters and bracketed parts, it holds a
 * date or time token (y, m, d, h, s; a scientific `E+` is not one, and the Chinese 年/月/日/时/分/秒 are literals, not tokens). Bracketed
 * parts are colours (`[Red]`), conditions (`[>=100]`), locales (`[$-804]`), numeral systems (`[DBNum1]`) —
 * none of them dates — or elapsed time (`[h]`, `[mm]`, `[ss]`), which is a time.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code || code === "General" || code === "@") return false;
  // Only the first section (positive numbers) decides, as Excel's own classification does.
  const first = firstSection(code);
  if (/\[(h+|m+|s+)\]/i.test(first)) return true;
  // `[$-F800]` (system long date) and `[$-F400]` (system time) are dates whatever follows.
  if (/\[\$-F[48]00\]/i.test(first)) return true;
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/E[+-]/gi, "")
    .replace(/General/gi, "");
  return /[ymdhs]/i.test(bare.replace(/AM\/PM|A\/P/gi, "h"));
}

function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (ch === ";" && !quoted) return code.slice(0, i);
  }
  return code;
}

/** The number format of a value shown with `decimals` decimals (0.00 for 2; 0 for none): a composite at its template's precision. */
export const scoreFormat = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");
