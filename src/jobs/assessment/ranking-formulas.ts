import { branchKey, postKey, type AssessReport, type RowResult } from "../../core/assess/assess";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { columnLetters, type OutValue } from "../../workbook/port";
import type { RankingColumns } from "./ranking-columns";

/**
 * `--live`: the composite and rank cells as native Excel formulas, with the engine's values cached, so the
 * tab stays live in Excel without the add-in. The composite is a ROUNDed SUMPRODUCT of the row's indicator
 * scores and its post's effective weights (with dimensions: dimension weight × indicator weight / 100, as the
 * indicator weights of a dimension sum to 100); ranks use RANK.EQ / RANK.AVG and COUNTIFS, over the rounded
 * composite. These formulas cost n² in any spreadsheet: the CLI warns above 5,000 rows.
 *
 * A dense rank counts the distinct composites above a row's. Counted in one formula (each higher composite
 * divided by how often it occurs, `SUMPRODUCT((G>G4)/COUNTIF(G,G))`), every cell costs n² and the tab n³:
 * LibreOffice took 100 s for 1,000 rows. So each row has its share in three hidden columns, once per scope
 * (1 / how many rows of its scope share its composite, n each), and a dense rank adds up the shares of the
 * higher composites (n each): n² for the tab, as the other methods.
 */
export const LIVE_ROW_LIMIT = 5000;

const B = 1; // branch
const F = 5; // post
const G = 6; // composite
const K = 10; // bonus
const L = 11; // veto reason

export function liveFormulas(
  loaded: LoadedTemplate,
  report: AssessReport,
  columns: RankingColumns,
  span: { first: number; last: number; main: number }
) {
  const { first, last, main } = span;
  // The score columns follow the main (identity and extra) columns.
  const firstScore = main + columns.dimensions.length;
  const firstWeight = firstScore + columns.indicators.length;
  // Dense ranks' shares (overall, within the post, within the branch), after the weights.
  const firstShare = firstWeight + columns.indicators.length;
  const share = { overall: firstShare, post: firstShare + 1, branch: firstShare + 2 };
  const col = (c: number) => columnLetters(c);
  const abs = (c: number) => `$${col(c)}$${first}:$${col(c)}$${last}`;
  const precision = loaded.template.precision;
  const postById = new Map(loaded.template.posts.map((post) => [post.id, post]));
  const method = report.method;

  const rankAll = (r: number) =>
    method === "competition"
      ? `_xlfn.RANK.EQ(${col(G)}${r},${abs(G)},0)`
      : method === "average"
        ? `_xlfn.RANK.AVG(${col(G)}${r},${abs(G)},0)`
        : `SUMPRODUCT((${abs(G)}>${col(G)}${r})*${abs(share.overall)})+1`;
  // A branch or post name as a criterion matches that name only: "=" first (a name that starts with <, > or =
  // is not an operator) and the wildcards * ? and the escape ~ escaped with ~ (a branch named 北京* is not
  // every branch starting 北京). A blank cell gives "=", which matches blanks.
  const exactly = (ref: string) =>
    `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
  const rankWithin = (group: number, r: number) => {
    const same = `${abs(group)},${exactly(`${col(group)}${r}`)}`;
    if (method === "competition") return `COUNTIFS(${same},${abs(G)},">"&${col(G)}${r})+1`;
    if (method === "average")
      return `COUNTIFS(${same},${abs(G)},">"&${col(G)}${r})+(COUNTIFS(${same},${abs(G)},${col(G)}${r})+1)/2`;
    const shares = abs(group === F ? share.post : share.branch);
    return `SUMPRODUCT((${abs(group)}=${col(group)}${r})*(${abs(G)}>${col(G)}${r})*${shares})+1`;
  };
  // A row's share of its composite in each scope, as the formulas compute it (their cached results); only
  // dense ranks add them up.
  const dense = method === "dense" ? denseCounts(report) : null;
  const shares = (counts: DenseCounts, row: RowResult, r: number): LiveShares => ({
    overall: {
      formula: `1/COUNTIF(${abs(G)},${col(G)}${r})`,
      result: 1 / (counts.overall.get(row.composite as number) ?? 1),
    },
    post: {
      formula: `1/COUNTIFS(${abs(F)},${exactly(`${col(F)}${r}`)},${abs(G)},${col(G)}${r})`,
      result: 1 / (counts.post.get(postKey(row))?.get(row.composite as number) ?? 1),
    },
    branch: {
      formula: `1/COUNTIFS(${abs(B)},${exactly(`${col(B)}${r}`)},${abs(G)},${col(G)}${r})`,
      result: 1 / (counts.branch.get(branchKey(row))?.get(row.composite as number) ?? 1),
    },
  });

  return {
    row(k: number) {
      const r = first + k;
      const row = report.ranked[k];
      const post = row.post ? postById.get(row.post.id) : undefined;
      const dimensionWeight = (id: string | undefined) =>
        post?.dimensions?.find((d) => d.id === id)?.weight;
      const weights: OutValue[] = columns.indicators.map((column) => {
        const indicator = post?.indicators.find((i) => i.id === column.id && !i.bonus);
        if (!indicator) return null;
        const w = indicator.weight as number;
        return post?.dimensions?.length
          ? ((dimensionWeight(indicator.dimension) as number) * w) / 100
          : w;
      });
      const scores = `${col(firstScore)}${r}:${col(firstWeight - 1)}${r}`;
      const weightCells = `${col(firstWeight)}${r}:${col(firstWeight + columns.indicators.length - 1)}${r}`;
      const composite = `IF(${col(L)}${r}<>"",0,ROUND(SUMPRODUCT(${scores},${weightCells})/100+${col(K)}${r},${precision}))`;
      const branch = row.rank?.branch ?? null;
      return {
        composite: { formula: composite, result: row.composite },
        overall: { formula: rankAll(r), result: row.rank?.overall ?? null },
        post: { formula: rankWithin(F, r), result: row.rank?.post ?? null },
        branch: { formula: `IF(${col(B)}${r}="","",${rankWithin(B, r)})`, result: branch ?? "" },
        weights,
        shares: dense ? shares(dense, row, r) : null,
      };
    },
  };
}

type LiveShares = Record<"overall" | "post" | "branch", { formula: string; result: number }>;

type DenseCounts = ReturnType<typeof denseCounts>;

/** How many ranked rows have each composite: overall, and within each post and each branch. */
function denseCounts(report: AssessReport) {
  const overall = new Map<number, number>();
  const post = new Map<string, Map<number, number>>();
  const branch = new Map<string, Map<number, number>>();
  const add = (counts: Map<number, number>, composite: number) =>
    counts.set(composite, (counts.get(composite) ?? 0) + 1);
  const within = (groups: Map<string, Map<number, number>>, key: string) => {
    let counts = groups.get(key);
    if (!counts) groups.set(key, (counts = new Map()));
    return counts;
  };
  for (const row of report.ranked) {
    const composite = row.composite as number;
    add(overall, composite);
    add(within(post, postKey(row)), composite);
    add(within(branch, branchKey(row)), composite);
  }
  return { overall, post, branch };
}
