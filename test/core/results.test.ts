import { assess } from "../../src/core/assess/assess";
import { isoDate, officialCalendar, serialOf } from "../../src/core/calendar/official-calendar";
import type { QuarterResult } from "../../src/core/cycle/history";
import { parsePeriod } from "../../src/core/cycle/periods";
import { cycleResults } from "../../src/core/cycle/results";
import { direct, load, templateWith } from "../support/template-builders";

const loaded = load(
  templateWith(
    [direct("a", 50, { training: ["课程甲"] }), direct("b", 50, { veto: { op: "<", value: 10 } })],
    {},
    { outcomes: { penalty: { consecutiveFailures: 2 } } }
  )
);
const records = [
  { id: "E1", post: "测试岗", values: { a: 95, b: 95 } },
  { id: "E2", post: "测试岗", values: { a: 30, b: 60 } },
  { id: "E3", post: "测试岗", values: { a: 90, b: 5 } },
  { id: "E4", post: "测试岗", values: { a: 80, b: null } },
];
const report = assess(loaded, records);
const q3: QuarterResult = {
  period: "2025Q3",
  templateId: "t",
  templateFingerprint: loaded.fingerprint,
  source: "Q3",
  rows: [
    { id: "E2", post: null, composite: 50, grade: "不合格", vetoed: false },
    { id: "E1", post: null, composite: 92, grade: "优秀", vetoed: false },
  ],
};
const q1: QuarterResult = { ...q3, period: "2025Q1", source: "Q1" };
const run = (history: QuarterResult[]) =>
  cycleResults(loaded, report, {
    period: parsePeriod("2025Q4")!,
    history,
    published: serialOf("2026-01-09"),
    calendar: officialCalendar,
  });

describe("the results of a period (cycle.md §3–§4)", () => {
  it("gives each object its outcome, counted per outcome, ranked first then those with no result", () => {
    const results = run([q3]);
    if (!results.ok) throw new Error("calendar");
    const { objects, counts } = results.value;
    expect(objects.map((o) => [o.row.id, o.outcome.pass, o.outcome.reward])).toEqual([
      ["E1", true, true],
      ["E2", false, false],
      ["E3", false, false], // vetoed: fails whatever its grade
      ["E4", null, false], // a required value is missing: no result
    ]);
    expect(counts).toEqual({ reward: 1, passed: 1, warning: 2, penalty: 1, noResult: 1 });
    expect(isoDate(results.value.appealDeadline)).toBe("2026-01-16");
    const e2 = objects[1].outcome;
    expect(e2.consecutiveFailures).toBe(2);
    expect(e2.penalty).toBe(true);
    expect(isoDate(e2.warning!.deadline)).toBe("2026-01-30");
    // E3 did not fail in Q3 (absent): its run starts now.
    expect(objects[2].outcome).toMatchObject({ consecutiveFailures: 1, penalty: false });
  });

  it("breaks the run of failures at a missing period (Q2 absent between Q1 and Q4's Q3)", () => {
    const results = run([q1]);
    if (!results.ok) throw new Error("calendar");
    expect(results.value.objects[1].outcome).toMatchObject({
      consecutiveFailures: 1,
      penalty: false,
    });
  });

  it("gives each object its trend, oldest first, ending with this period", () => {
    const results = run([q3, q1]);
    if (!results.ok) throw new Error("calendar");
    expect(results.value.objects[1].trend).toEqual([
      { period: "2025Q1", composite: 50, grade: "不合格" },
      { period: "2025Q3", composite: 50, grade: "不合格" },
      {
        period: "2025Q4",
        composite: report.ranked.find((r) => r.id === "E2")!.composite,
        grade: "不合格",
      },
    ]);
    expect(results.value.objects[3].feedback).toBeNull();
  });

  it("counts the courses of the weaknesses as training needs", () => {
    const results = run([]);
    if (!results.ok) throw new Error("calendar");
    expect(results.value.training.map((n) => [n.course, n.total])).toEqual([["课程甲", 1]]);
  });

  it("reports a publication date beyond the calendar instead of computing a wrong deadline", () => {
    const results = cycleResults(loaded, report, {
      period: parsePeriod("2025Q4")!,
      history: [],
      published: serialOf("2099-01-05"),
      calendar: officialCalendar,
    });
    expect(results.ok).toBe(false);
  });
});
