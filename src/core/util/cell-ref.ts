/** "评分表!G7", or "'Q4 scores'!G7" when the sheet name needs quotes, as Excel writes references. */
export function cellRef(sheet: string, address: string): string {
  const needsQuotes = /[^\p{L}\p{N}_.]/u.test(sheet);
  return needsQuotes ? `'${sheet.replace(/'/g, "''")}'!${address}` : `${sheet}!${address}`;
}
