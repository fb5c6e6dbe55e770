/**
 * Matching keys for what users type: NFKC folds full-width letters, digits and spaces (ＡＢＣ１２３、U+3000 )
 * to their ordinary forms, white space is trimmed and collapsed. Case is kept: ids are case-sensitive.
 */
// Printable ASCII and CJK unified ideographs are already in NFKC form; most ids and posts are just that.
const ALREADY_NORMAL = /^[\x21-\x7e\u4e00-\u9fff]+(?: [\x21-\x7e\u4e00-\u9fff]+)*$/;

export function normaliseText(value: string): string {
  if (ALREADY_NORMAL.test(value)) return value;
  return value.normalize("NFKC").replace(/\s+/g, " ").trim();
}
