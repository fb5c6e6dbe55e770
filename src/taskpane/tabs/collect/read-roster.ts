import { parseRoster, rosterFromGrid } from "../../../jobs/assessment/roster";
import { loadXlsx } from "../../host/lazy-xlsx";

/** A file the user picked: its name and bytes. */
export type PickedFile = {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  text?(): Promise<string>;
};

/** The branch names of a roster: a CSV or text file's, or the first column of a workbook's first sheet. */
export async function readRoster(file: PickedFile): Promise<string[]> {
  if (!/\.xlsx$/i.test(file.name))
    return parseRoster(new TextDecoder().decode(await file.arrayBuffer()));
  const Xlsx = await loadXlsx();
  const book = await Xlsx.fromBuffer(new Uint8Array(await file.arrayBuffer()));
  const first = (await book.read([])).sheets[0]?.name;
  return rosterFromGrid(first ? (await book.read([first])).grids.get(first) : undefined);
}
