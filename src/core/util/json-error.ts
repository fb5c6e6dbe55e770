/**
 * Where JSON.parse stopped, as the line and column a user finds in a text editor (1-based). Engines say it
 * differently ("at position 57", "(line 3 column 5)"); without either, the end of the text.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = String((error as Error)?.message ?? "");
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  const at = position ? Math.min(Number(position[1]), text.length) : text.length;
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
