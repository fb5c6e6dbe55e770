import { annualResult, type QuarterResult, type QuarterRow } from "../../src/core/cycle/annual";
import { direct, load, templateWith } from "../support/template-builders";

const template = load(
  templateWith(
    [direct("a", 100)],
    {},
    {
      posts: [
        { id: "p", name: "客户经理", indicators: [direct("a", 100)] },
        { id: "q", name: "团队长", indicators: [direct("a", 100)] },
      ],
      annual: { quarterWeights: [20, 20, 30, 30], minQuarters: 3 },
    }
  )
);
const P = { id: "p", name: "客户经理" };
const Q = { id: "q", name: "团队长" };
const row = (
  id: string,
  composite: number | null,
  extra: Partial<QuarterRow> = {}
): QuarterRow => ({
  id,
  name: `员工${id}`,
  branch: "北京分行",
  post: P,
  composite,
  grade: null,
  vetoed: false,
  ...extra,
});
const quarter = (
  q: number,
  rows: QuarterRow[],
  extra: Partial<QuarterResult> = {}
): QuarterResult => ({
  period: `2025Q${q}`,
  templateId: template.template.id,
  templateFingerprint: template.fingerprint,
  source: `2025Q${q}.xlsx`,
  rows,
  ...extra,
});

describe("annual result from the quarters (cycle.md §2)", () => {
  it.each([
    // [case, quarters' composites for E1 (null: unranked / absent), annual composite]
    [
      "every quarter, weighted 20/20/30/30",
      [80, 90, 70, 60],
      (80 * 20 + 90 * 20 + 70 * 30 + 60 * 30) / 100,
    ],
    ["a vetoed quarter counts with 0", [80, 0, 70, 60], (80 * 20 + 0 + 70 * 30 + 60 * 30) / 100],
    [
      "an unranked quarter is left out with its weight",
      [80, null, 70, 60],
      (80 * 20 + 70 * 30 + 60 * 30) / 80,
    ],
  ])("%s", (_, composites, expected) => {
    const quarters = composites.map((c, k) =>
      quarter(k + 1, [row("E1", c, c === 0 ? { vetoed: true } : {}), row("E2", 50)])
    );
    const result = annualResult(template, 2025, quarters, "dense");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const e1 = result.value.ranked.find((r) => r.id === "E1")!;
    expect(e1.composite).toBe(Math.round(expected * 100) / 100);
    expect(Object.keys(e1.quarters)).toHaveLength(composites.filter((c) => c !== null).length);
  });

  it("lists an id with too few quarters as not ranked, with how many it has", () => {
    const result = annualResult(
      template,
      2025,
      [
        quarter(1, [row("E1", 80), row("E2", 70)]),
        quarter(2, [row("E1", 80)]),
        quarter(3, [row("E1", 90), row("E2", null)]),
      ],
      "dense"
    );
    if (!result.ok) throw new Error("refused");
    expect(result.value.ranked.map((r) => r.id)).toEqual(["E1"]);
    expect(result.value.short).toEqual([{ id: "E2", name: "员工E2", quarters: 1, needed: 3 }]);
  });

  it("takes the latest quarter's identity and notes a post change; ranks and grades the annual composite", () => {
    const result = annualResult(
      template,
      2025,
      [
        quarter(1, [row("E1", 90), row("E2", 85)]),
        quarter(2, [row("E1", 90), row("E2", 85)]),
        quarter(3, [row("E1", 90, { post: Q, branch: "上海分行" }), row("E2", 85)]),
      ],
      "dense"
    );
    if (!result.ok) throw new Error("refused");
    const [e1, e2] = result.value.ranked;
    expect(e1).toMatchObject({
      id: "E1",
      branch: "上海分行",
      post: Q,
      postChanges: ["客户经理", "团队长"],
      composite: 90,
      grade: "优秀",
      rank: { overall: 1, post: 1, branch: 1 },
      trend: 0,
    });
    expect(e2).toMatchObject({
      id: "E2",
      postChanges: null,
      grade: "良好",
      rank: { overall: 2, post: 1 },
    });
  });

  it("refuses a period given twice, naming both, and a ranking of another template", () => {
    const result = annualResult(
      template,
      2025,
      [
        quarter(1, [row("E1", 80)]),
        quarter(1, [row("E1", 81)], { source: "again.xlsx" }),
        quarter(2, [row("E1", 80)], { templateId: "other", source: "other.xlsx" }),
        quarter(3, [row("E1", 80)], { period: "2024Q3", source: "last-year.xlsx" }),
      ],
      "dense"
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([
      {
        key: "cycle.duplicatePeriod",
        params: { period: "2025Q1", first: "2025Q1.xlsx", second: "again.xlsx" },
      },
      { key: "cycle.otherTemplate", params: { source: "other.xlsx", id: "other", expected: "t" } },
      {
        key: "cycle.notQuarterOf",
        params: { source: "last-year.xlsx", period: "2024Q3", year: 2025 },
      },
    ]);
  });
});
