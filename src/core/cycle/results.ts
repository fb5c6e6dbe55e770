import type { AssessReport, RowResult } from "../assess/assess";
import type { OfficialCalendar, OutOfCalendar } from "../calendar/official-calendar";
import type { LoadedTemplate } from "../template/parse-template";
import { err, ok, type Result } from "../util/result";
import { outcomeRules } from "./cycle-rules";
import { feedbackFor, type Feedback } from "./feedback";
import { passHistory, type QuarterResult } from "./history";
import { appealDeadline, outcomeFor, type Outcome } from "./outcomes";
import { parsePeriod, periodOrder, type Period } from "./periods";
import { trainingNeeds, type TrainingNeed } from "./training";

/** One earlier (or this) result of an object, for its trend line. */
export type TrendPoint = { period: string; composite: number | null; grade: string | null };

/** What §3–§4 give one object of the period: its outcome, its feedback (ranked rows) and its trend. */
export type ObjectResult = {
  row: RowResult;
  outcome: Outcome;
  feedback: Feedback | null;
  trend: TrendPoint[];
};

export type OutcomeCounts = {
  reward: number;
  passed: number;
  warning: number;
  penalty: number;
  noResult: number;
};

export type CycleResults = {
  period: string;
  published: number;
  appealDeadline: number;
  /** Ranked (and vetoed) rows in rank order, then the rows with no result. */
  objects: ObjectResult[];
  training: TrainingNeed[];
  counts: OutcomeCounts;
};

/**
 * cycle.md §3–§4 for one period's report: each object's outcome (the history gives the run of failures),
 * its feedback and trend, the appeal deadline, the training needs and the counts per outcome. The history
 * is assumed checked (historyProblems) and holds only other periods than this one.
 */
export function cycleResults(
  loaded: LoadedTemplate,
  report: Pick<AssessReport, "ranked" | "unranked">,
  context: {
    period: Period;
    history: readonly QuarterResult[];
    published: number;
    calendar: OfficialCalendar;
  }
): Result<CycleResults, OutOfCalendar> {
  const t = loaded.template;
  const rules = outcomeRules(t);
  const deadline = appealDeadline(rules, context.published, context.calendar);
  if (!deadline.ok) return err(deadline.error);
  const passes = passHistory(context.history, t.grades);
  const feedback = feedbackFor(loaded, report);
  const earlier = [...context.history].sort(
    (a, b) => periodOrder(parsePeriod(a.period)) - periodOrder(parsePeriod(b.period))
  );
  const earlierById = new Map<string, TrendPoint[]>();
  for (const result of earlier)
    for (const row of result.rows) {
      const points = earlierById.get(row.id) ?? [];
      points.push({ period: result.period, composite: row.composite, grade: row.grade });
      earlierById.set(row.id, points);
    }
  const periodText = `${context.period.year}${context.period.quarter ? `Q${context.period.quarter}` : ""}`;
  const counts: OutcomeCounts = { reward: 0, passed: 0, warning: 0, penalty: 0, noResult: 0 };
  const objects: ObjectResult[] = [];
  for (const row of [...report.ranked, ...report.unranked]) {
    const outcome = outcomeFor(
      { id: row.id, composite: row.composite, grade: row.grade, vetoed: row.veto !== null },
      {
        period: context.period,
        bands: t.grades,
        rules,
        history: passes,
        published: context.published,
        calendar: context.calendar,
      }
    );
    if (!outcome.ok) return err(outcome.error);
    const o = outcome.value;
    if (o.pass === null) counts.noResult++;
    else if (o.pass) counts.passed++;
    else counts.warning++;
    if (o.reward) counts.reward++;
    if (o.penalty) counts.penalty++;
    objects.push({
      row,
      outcome: o,
      feedback: feedback.get(row.id) ?? null,
      trend: [
        ...(earlierById.get(row.id) ?? []),
        { period: periodText, composite: row.composite, grade: row.grade },
      ],
    });
  }
  return ok({
    period: periodText,
    published: context.published,
    appealDeadline: deadline.value,
    objects,
    training: trainingNeeds(report.ranked, feedback),
    counts,
  });
}
