import type { RankingSheetOptions } from "../../src/jobs/assessment/ranking-sheet";

/** A quarterly ranking tab's options, as `rank` would give them for the sample's score sheet. */
export const QUARTERLY_RANKING: RankingSheetOptions = {
  name: "排名 2025Q4",
  period: "2025Q4",
  source: "评分表",
  generatedAt: "2025-12-31 09:05",
  inputHash: "0".repeat(64),
  live: false,
};
