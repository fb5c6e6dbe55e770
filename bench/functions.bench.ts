import { assessRank, assessRanks } from "../src/core/functions/assess-functions";
import { measure, type Figure } from "./measure";

/** ASSESS.RANKS over a 100,000-cell column against one plain sort of it, and one ASSESS.RANK call. */
export function functionsBench(): Figure[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const column = Array.from({ length: 100_000 }, () => [Math.round(next() * 10000) / 100]);
  const numbers = column.map((row) => row[0]);
  return [
    measure("reference: one sort of the 100,000 numbers (Float64Array)", () => {
      Float64Array.from(numbers).sort();
    }),
    measure("ASSESS.RANKS over a 100,000-cell column (dense)", () => {
      if (!assessRanks(column).ok) throw new Error("ranks failed");
    }),
    measure(
      "ASSESS.RANK: one call over the same column (one pass, no sort)",
      () => {
        if (!assessRank(column[500][0], column).ok) throw new Error("rank failed");
      },
      21
    ),
  ];
}
