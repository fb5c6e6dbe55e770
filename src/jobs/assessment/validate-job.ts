import type { Workbook } from "../../workbook/port";
import {
  inspect,
  sheetsToRead,
  withScoreSheets,
  type InspectOptions,
  type Inspection,
} from "./inspect";

/**
 * `validate`: reads the score sheet (one read), reports every problem, writes nothing. A sheet that is not a
 * score sheet is refused with the workbook's score sheets named (read only then).
 */
export async function validateJob(
  book: Workbook,
  options: InspectOptions = {}
): Promise<Inspection> {
  const snapshot = await book.read(sheetsToRead(options));
  // Only the problems are reported: the rows are not ranked.
  return withScoreSheets(book, snapshot, inspect(snapshot, { ...options, rank: false }));
}
