import {
  addWorkdays,
  type OfficialCalendar,
  type OutOfCalendar,
} from "../calendar/official-calendar";
import type { GradeBand } from "../template/schema";
import { err, ok, type Result } from "../util/result";
import { bandPasses, type OutcomeRules } from "./cycle-rules";
import { periodText, previousPeriod, type Period } from "./periods";

/** What §3 needs of a row: its composite (null: no result), grade and veto. */
export type OutcomeRow = {
  id: string;
  composite: number | null;
  grade: string | null;
  vetoed: boolean;
};

/** §3: a vetoed row fails whatever its grade; a row with no composite neither passes nor fails (无结果). */
export function passOf(row: OutcomeRow, bands: readonly GradeBand[]): boolean | null {
  if (row.composite === null) return null;
  if (row.vetoed) return false;
  return row.grade === null ? null : bandPasses(bands, row.grade);
}

export type Outcome = {
  pass: boolean | null;
  reward: boolean;
  warning: { deadline: number } | null;
  penalty: boolean;
  /** Failures in a row up to this period (0 when this period passes or has no result). */
  consecutiveFailures: number;
};

/** Earlier results by period text, each a map from id to whether it passed there. */
export type PassHistory = ReadonlyMap<string, ReadonlyMap<string, boolean | null>>;

/**
 * §3 for one row of the period: reward, warning with its rectification deadline (working days after the
 * publication date), and the run of failures in this and the periods just before it (a period missing from
 * the history, or one where the id did not fail, ends the run).
 */
export function outcomeFor(
  row: OutcomeRow,
  context: {
    period: Period;
    bands: readonly GradeBand[];
    rules: OutcomeRules;
    history: PassHistory;
    published: number;
    calendar: OfficialCalendar;
  }
): Result<Outcome, OutOfCalendar> {
  const pass = passOf(row, context.bands);
  const reward =
    pass === true && row.grade !== null && context.rules.rewardGrades.includes(row.grade);
  if (pass !== false)
    return ok({ pass, reward, warning: null, penalty: false, consecutiveFailures: 0 });
  let failures = 1;
  for (let p = previousPeriod(context.period); ; p = previousPeriod(p)) {
    const there = context.history.get(periodText(p));
    if (!there || there.get(row.id) !== false) break;
    failures++;
  }
  const deadline = addWorkdays(context.calendar, context.published, context.rules.rectifyWorkdays);
  if (!deadline.ok) return err(deadline.error);
  return ok({
    pass,
    reward: false,
    warning: { deadline: deadline.value },
    penalty: failures >= context.rules.consecutiveFailures,
    consecutiveFailures: failures,
  });
}

/** §3: the appeal deadline printed on every feedback page. */
export function appealDeadline(
  rules: OutcomeRules,
  published: number,
  calendar: OfficialCalendar
): Result<number, OutOfCalendar> {
  return addWorkdays(calendar, published, rules.appealWorkdays);
}
