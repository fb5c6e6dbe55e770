import { parsePeriod, periodOrder } from "../../../core/cycle/periods";
import { rankingTabs } from "../../../jobs/cycle/history";
import type { Workbook, WorkbookSnapshot } from "../../../workbook/port";

/**
 * The periods of the workbook's published ranking tabs (its registry's, never guessed from sheet names; a
 * correction tab is not a period of its own), oldest first: an appeal is against one of them.
 */
export async function rankingPeriods(book: Workbook): Promise<string[]> {
  return periodsOf(await book.read([]));
}

/** The same from a listing already read (the registry is all it needs). */
export function periodsOf(listed: Pick<WorkbookSnapshot, "registry">): string[] {
  const periods = rankingTabs(listed)
    .filter((tab) => !listed.registry[tab]?.corrects)
    .map((tab) => listed.registry[tab]?.period ?? "")
    .filter((period) => parsePeriod(period) !== null);
  return [...new Set(periods)].sort(
    (a, b) => periodOrder(parsePeriod(a)) - periodOrder(parsePeriod(b))
  );
}
