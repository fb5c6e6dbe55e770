import { parsePeriod, periodOrder } from "../../../core/cycle/periods";
import { rankingTabs } from "../../../jobs/cycle/history";
import type { Workbook } from "../../../workbook/port";

/**
 * The periods of the workbook's published ranking tabs (its registry's, never guessed from sheet names; a
 * correction tab is not a period of its own), oldest first: an appeal is against one of them.
 */
export async function rankingPeriods(book: Workbook): Promise<string[]> {
  const listed = await book.read([]);
  const periods = rankingTabs(listed)
    .filter((tab) => !listed.registry[tab]?.corrects)
    .map((tab) => listed.registry[tab]?.period ?? "")
    .filter((period) => parsePeriod(period) !== null);
  return [...new Set(periods)].sort(
    (a, b) => periodOrder(parsePeriod(a)) - periodOrder(parsePeriod(b))
  );
}
