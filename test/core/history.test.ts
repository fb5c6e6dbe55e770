import { historyProblems, passHistory, type QuarterResult } from "../../src/core/cycle/history";
import { direct, load, templateWith } from "../support/template-builders";

const result = (period: string, source: string, templateId = "t"): QuarterResult => ({
  period,
  templateId,
  templateFingerprint: "f",
  source,
  rows: [],
});

describe("the history of earlier results (cycle.md §1)", () => {
  it("accepts distinct periods of the same template id, whatever their versions", () => {
    expect(
      historyProblems("t", [
        result("2025Q3", "a.xlsx"),
        result("2025Q4", "b.xlsx"),
        result("2025", "c"),
      ])
    ).toEqual([]);
  });

  it("names both sources of a period given twice (also written differently: 2025q3)", () => {
    expect(historyProblems("t", [result("2025Q3", "a.xlsx"), result("2025q3", "b.xlsx")])).toEqual([
      {
        key: "cycle.duplicatePeriod",
        params: { period: "2025q3", first: "a.xlsx", second: "b.xlsx" },
      },
    ]);
  });

  it("refuses a result of another template id, naming it and the expected one", () => {
    expect(historyProblems("t", [result("2025Q3", "a.xlsx", "other")])).toEqual([
      {
        key: "cycle.otherTemplate",
        params: { source: "a.xlsx", id: "other", expected: "t" },
      },
    ]);
  });

  it("records, per period, who passed, who failed (vetoed too) and who had no result", () => {
    const t = load(templateWith([direct("a", 100)])).template;
    const history = passHistory(
      [
        {
          ...result("2025Q3", "a"),
          rows: [
            { id: "E1", post: null, composite: 95, grade: "优秀", vetoed: false },
            { id: "E2", post: null, composite: 40, grade: "不合格", vetoed: false },
            { id: "E3", post: null, composite: 0, grade: "优秀", vetoed: true },
            { id: "E4", post: null, composite: null, grade: null, vetoed: false },
          ],
        },
      ],
      t.grades
    );
    expect(Object.fromEntries(history.get("2025Q3")!)).toEqual({
      E1: true,
      E2: false,
      E3: false,
      E4: null,
    });
  });
});
