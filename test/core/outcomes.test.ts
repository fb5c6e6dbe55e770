import { isoDate, officialCalendar, serialOf } from "../../src/core/calendar/official-calendar";
import { outcomeRules } from "../../src/core/cycle/cycle-rules";
import {
  appealDeadline,
  outcomeFor,
  passOf,
  type PassHistory,
} from "../../src/core/cycle/outcomes";
import { parsePeriod, periodText, previousPeriod } from "../../src/core/cycle/periods";
import { direct, load, templateWith } from "../support/template-builders";

const t = load(templateWith([direct("a", 100)])).template;
const rules = outcomeRules(t);
const context = (period: string, history: PassHistory = new Map(), published = "2026-01-09") => ({
  period: parsePeriod(period)!,
  bands: t.grades,
  rules,
  history,
  published: serialOf(published),
  calendar: officialCalendar,
});
const history = (entries: Record<string, Record<string, boolean | null>>): PassHistory =>
  new Map(Object.entries(entries).map(([p, ids]) => [p, new Map(Object.entries(ids))]));

describe("applying the results (cycle.md §3)", () => {
  it.each([
    [{ composite: 95, grade: "优秀", vetoed: false }, true],
    [{ composite: 40, grade: "不合格", vetoed: false }, false],
    [{ composite: 95, grade: "优秀", vetoed: true }, false],
    [{ composite: null, grade: null, vetoed: false }, null],
  ])("%j passes: %s", (row, expected) => {
    expect(passOf({ id: "E1", ...row }, t.grades)).toBe(expected);
  });

  it("rewards the reward grades, and only rows that pass", () => {
    const reward = outcomeFor(
      { id: "E1", composite: 95, grade: "优秀", vetoed: false },
      context("2025Q4")
    );
    expect(reward.ok && reward.value).toEqual({
      pass: true,
      reward: true,
      warning: null,
      penalty: false,
      consecutiveFailures: 0,
    });
    const vetoed = outcomeFor(
      { id: "E1", composite: 95, grade: "优秀", vetoed: true },
      context("2025Q4")
    );
    expect(vetoed.ok && vetoed.value.reward).toBe(false);
  });

  it.each([
    // [history of E1, failures in a row, penalty]
    [{}, 1, false],
    [{ "2025Q3": { E1: false } }, 2, true],
    [{ "2025Q3": { E1: false }, "2025Q2": { E1: false } }, 3, true],
    [{ "2025Q3": { E1: true }, "2025Q2": { E1: false } }, 1, false],
    // A missing period breaks the run: 2025Q3 is not in the history.
    [{ "2025Q2": { E1: false }, "2025Q1": { E1: false } }, 1, false],
    // Absent from the period before: no failure there.
    [{ "2025Q3": { E2: false } }, 1, false],
    [{ "2025Q3": { E1: null } }, 1, false],
  ])("with history %j: %s failure(s) in a row, penalty %s", (entries, failures, penalty) => {
    const result = outcomeFor(
      { id: "E1", composite: 40, grade: "不合格", vetoed: false },
      context("2025Q4", history(entries))
    );
    expect(result.ok && result.value).toMatchObject({
      pass: false,
      consecutiveFailures: failures,
      penalty,
    });
  });

  it("counts years after years, and a first quarter after the last year's fourth", () => {
    expect(periodText(previousPeriod(parsePeriod("2025Q1")!))).toBe("2024Q4");
    expect(periodText(previousPeriod(parsePeriod("2025")!))).toBe("2024");
    const yearly = outcomeFor(
      { id: "E1", composite: 40, grade: "不合格", vetoed: false },
      context("2025", history({ "2024": { E1: false }, "2024Q4": { E1: true } }))
    );
    expect(yearly.ok && yearly.value.consecutiveFailures).toBe(2);
  });

  it.each([
    // [published, working days, deadline, why]
    // 2025: holiday 10-01 … 10-08; 调休 working days Sunday 09-28 and Saturday 10-11 (chinese-days data).
    ["2025-09-26", 15, "2025-10-23", "across the National Day holiday, both 调休 days counted"],
    // 2026: holiday 02-15 … 02-23; 调休 working day Saturday 02-14.
    [
      "2026-02-12",
      5,
      "2026-02-26",
      "across the Spring Festival holiday, the 调休 Saturday counted",
    ],
    ["2026-01-09", 5, "2026-01-16", "an ordinary week: the appeal date of cycle.md §4"],
  ])("a deadline from %s plus %i working days is %s (%s)", (published, days, expected) => {
    const result = appealDeadline(
      { ...rules, appealWorkdays: days },
      serialOf(published),
      officialCalendar
    );
    expect(result.ok && isoDate(result.value)).toBe(expected);
    const warned = outcomeFor(
      { id: "E1", composite: 40, grade: "不合格", vetoed: false },
      { ...context("2025Q4", new Map(), published), rules: { ...rules, rectifyWorkdays: days } }
    );
    expect(warned.ok && warned.value.warning && isoDate(warned.value.warning.deadline)).toBe(
      expected
    );
  });
});
