/**
 * Matching keys for what users type: NFKC folds full-width letters, digits and spaces (ＡＢＣ１２３、　)
 * to their ordinary forms, white space is trimmed and collapsed. Case is kept: ids are case-sensitive.
 */
export function normaliseText(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, " ").trim();
}
