import type { Workbook } from "../../workbook/port";
import { inspect, sheetsToRead, type InspectOptions, type Inspection } from "./inspect";

/** `validate`: reads the score sheet (one read), reports every problem, writes nothing. */
export async function validateJob(
  book: Workbook,
  options: InspectOptions = {}
): Promise<Inspection> {
  const snapshot = await book.read(sheetsToRead(options));
  return inspect(snapshot, options);
}
