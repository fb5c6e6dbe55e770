import type { AssessReport, RowResult } from "../assess/assess";
import type { ScoreRecord } from "../assess/score-record";
import { normaliseText } from "../util/text";
import { APPEAL_STATES, type Appeal } from "./appeal";
import { indicatorOf, type AppealIssue, type PeriodFacts } from "./appeal-checks";

/** An approved correction (已答复, 更正): the corrected actual value of one id's indicator. */
export type Correction = { appeal: string; employeeId: string; indicatorId: string; value: number };

/** The record of what moved (cycle.md §5): before and after, and the appeals that caused it. */
export type Standing = {
  composite: number | null;
  rank: { overall: number; post: number; branch: number | null } | null;
  grade: string | null;
};
export type Change = {
  id: string;
  name?: string;
  before: Standing;
  after: Standing;
  /** The appeals of this id that corrected it, or "others" when it moved because others were corrected. */
  cause: string[] | "others";
};

/** The period's score data with the corrections in place of the values they correct; nothing else changes. */
export function applyCorrections(
  records: readonly ScoreRecord[],
  corrections: readonly Correction[]
): ScoreRecord[] {
  const byId = new Map<string, Correction[]>();
  for (const c of corrections) {
    const key = normaliseText(c.employeeId);
    byId.set(key, [...(byId.get(key) ?? []), c]);
  }
  return records.map((record) => {
    const mine = byId.get(normaliseText(record.id));
    if (!mine) return record;
    const values = { ...record.values };
    for (const c of mine) values[c.indicatorId] = c.value;
    return { ...record, values };
  });
}

const standing = (row: RowResult | undefined): Standing => ({
  composite: row?.composite ?? null,
  rank: row?.rank ?? null,
  grade: row?.grade ?? null,
});

const sameStanding = (a: Standing, b: Standing) =>
  a.composite === b.composite &&
  a.grade === b.grade &&
  a.rank?.overall === b.rank?.overall &&
  a.rank?.post === b.rank?.post &&
  a.rank?.branch === b.rank?.branch;

/**
 * Every object whose composite, rank in any scope or grade changed between the published ranking and the
 * corrected one, in the corrected order; each with the appeals that corrected it, or "others" (因他人更正):
 * a correction moves other objects' ranks, and their peer scores too.
 */
export function changesBetween(
  before: Pick<AssessReport, "ranked" | "unranked">,
  after: Pick<AssessReport, "ranked" | "unranked">,
  corrections: readonly Correction[]
): Change[] {
  const index = (report: Pick<AssessReport, "ranked" | "unranked">) =>
    new Map([...report.ranked, ...report.unranked].map((row) => [row.id, row]));
  const old = index(before);
  const causes = new Map<string, string[]>();
  for (const c of corrections) {
    const key = normaliseText(c.employeeId);
    causes.set(key, [...(causes.get(key) ?? []), c.appeal]);
  }
  const changes: Change[] = [];
  for (const row of [...after.ranked, ...after.unranked]) {
    const was = standing(old.get(row.id));
    const now = standing(row);
    if (sameStanding(was, now)) continue;
    changes.push({
      id: row.id,
      name: row.name,
      before: was,
      after: now,
      cause: causes.get(normaliseText(row.id)) ?? "others",
    });
  }
  return changes;
}

/** The approved corrections (已答复, 更正, with no error) of one period, each with its indicator's id. */
export function approvedCorrections(
  appeals: readonly Appeal[],
  issues: readonly AppealIssue[],
  period: string,
  facts: PeriodFacts
): Correction[] {
  const failed = new Set(issues.filter((i) => i.severity === "error").map((i) => i.row));
  return appeals.flatMap((a) => {
    if (
      failed.has(a.row) ||
      a.state?.trim() !== APPEAL_STATES[3] ||
      a.conclusion?.trim() !== "更正"
    )
      return [];
    if ((a.period ?? "").trim().toUpperCase() !== period.toUpperCase()) return [];
    const who = facts.ids.get((a.employeeId ?? "").trim());
    const indicator = who ? indicatorOf(who.indicators, a.indicator) : undefined;
    if (!indicator || a.correctedValue === undefined) return [];
    return [
      {
        appeal: a.id ?? `#${a.row}`,
        employeeId: (a.employeeId ?? "").trim(),
        indicatorId: indicator.id,
        value: a.correctedValue,
      },
    ];
  });
}
