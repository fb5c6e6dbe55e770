import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { assess } from "../../src/core/assess/assess";
import { rankAll } from "../../src/core/ranking/rank";
import { describeIssue } from "../../src/core/assess/issue-text";
import type { ScoreRecord } from "../../src/core/assess/score-record";
import { direct, load, templateWith } from "../support/template-builders";

const rec = (
  id: string,
  values: ScoreRecord["values"],
  extra: Partial<ScoreRecord> = {}
): ScoreRecord => ({ id, post: "测试岗", values, ...extra });
const byId = (report: ReturnType<typeof assess>, id: string) =>
  [...report.ranked, ...report.unranked].find((row) => row.id === id)!;

describe("assess: composite (scoring.md §3)", () => {
  const twoDirect = load(templateWith([direct("a", 60), direct("b", 40)]));

  it("is Σ weight × score / 100 without dimensions", () => {
    const report = assess(twoDirect, [rec("E1", { a: 90, b: 80 })]);
    expect(report.ranked[0].composite).toBe(86);
    expect(report.ranked[0].values).toEqual([90, 80]);
    expect(report.ranked[0].scores).toEqual([90, 80]);
  });

  it("weights each dimension, then the dimensions", () => {
    const loaded = load(
      templateWith(
        [
          direct("a", 50, { dimension: "kpi" }),
          direct("b", 50, { dimension: "kpi" }),
          direct("c", 100, { dimension: "beh" }),
        ],
        {
          dimensions: [
            { id: "kpi", name: "KPI", weight: 70 },
            { id: "beh", name: "行为评价", weight: 30 },
          ],
        }
      )
    );
    const row = assess(loaded, [rec("E1", { a: 80, b: 100, c: 70 })]).ranked[0];
    expect(row.dimensions).toEqual([
      { id: "kpi", score: 90 },
      { id: "beh", score: 70 },
    ]);
    expect(row.composite).toBe(84);
  });

  it("rounds once, Excel-style, so 84.999999999 and 85.000000001 tie as 85.00", () => {
    const loaded = load(templateWith([direct("a", 100)]));
    const report = assess(
      loaded,
      [rec("E2", { a: 85.000000001 }), rec("E1", { a: 84.999999999 }), rec("E3", { a: 84.994 })],
      { method: "competition" }
    );
    expect(report.ranked.map((row) => [row.id, row.composite, row.rank?.overall])).toEqual([
      ["E1", 85, 1],
      ["E2", 85, 1],
      ["E3", 84.99, 3],
    ]);
  });

  it("rounds a composite that is 1.005 in decimal to 1.01, not 1.00", () => {
    const loaded = load(templateWith([direct("a", 30), direct("b", 70)]));
    expect(assess(loaded, [rec("E1", { a: 1.005, b: 1.005 })]).ranked[0].composite).toBe(1.01);
  });

  it("uses the template's precision", () => {
    const loaded = load(templateWith([direct("a", 100)], {}, { precision: 0 }));
    expect(assess(loaded, [rec("E1", { a: 84.5 })]).ranked[0].composite).toBe(85);
  });
});

describe("assess: bonus and veto (scoring.md §2)", () => {
  const loaded = load(
    templateWith(
      [
        direct("a", 100, { veto: { op: "<=", value: 3 } }),
        { id: "plus1", name: "加分一", bonus: true, scoring: { method: "direct" } },
        { id: "plus2", name: "加分二", bonus: true, scoring: { method: "direct" } },
      ],
      { bonusCap: 5 }
    )
  );

  it("adds bonus points after weighting, capped at the post's bonusCap", () => {
    expect(assess(loaded, [rec("E1", { a: 80, plus1: 2, plus2: 1 })]).ranked[0].composite).toBe(83);
    const capped = assess(loaded, [rec("E1", { a: 80, plus1: 4, plus2: 3 })]).ranked[0];
    expect(capped.bonus).toBe(5);
    expect(capped.composite).toBe(85);
  });

  it("counts a blank bonus as 0 points", () => {
    const row = assess(loaded, [rec("E1", { a: 80, plus1: null, plus2: "" })]).ranked[0];
    expect(row.bonus).toBe(0);
    expect(row.composite).toBe(80);
  });

  it("applies veto after the bonus: composite 0, lowest grade, still ranked, naming the indicator", () => {
    // veto compares the actual value (a = 3 ≤ 3), not its score.
    const report = assess(loaded, [rec("E1", { a: 3, plus1: 5 }), rec("E2", { a: 50 })]);
    const vetoed = byId(report, "E1");
    expect(vetoed.composite).toBe(0);
    expect(vetoed.grade).toBe("不合格");
    expect(vetoed.rank).toEqual({ overall: 2, post: 2, branch: null });
    expect(vetoed.veto).toEqual({ indicatorId: "a", op: "<=", threshold: 3, value: 3 });
    expect(byId(report, "E2").veto).toBeNull();
  });

  it.each([
    [">", 3, 3, false],
    [">", 3, 3.1, true],
    ["<=", 3, 3, true],
    ["<", 3, 3, false],
    ["=", 3, 3, true],
  ] as const)("veto %s %p on %p holds: %p", (op, value, x, holds) => {
    const t = load(templateWith([direct("a", 100, { veto: { op, value } })]));
    expect(assess(t, [rec("E1", { a: x })]).ranked[0].veto !== null).toBe(holds);
  });
});

describe("assess: bad rows fail alone (scoring.md §2–§3)", () => {
  const loaded = load(
    templateWith([
      direct("a", 50),
      { id: "n", name: "扣分", weight: 50, scoring: { method: "deduction", per: 10 } },
    ])
  );

  it("a missing value: no composite, no rank, an issue", () => {
    const report = assess(loaded, [rec("E1", { a: 90, n: 1 }), rec("E2", { a: null, n: 0 })]);
    expect(report.ranked.map((row) => row.id)).toEqual(["E1"]);
    const missing = byId(report, "E2");
    expect(missing.composite).toBeNull();
    expect(missing.rank).toBeNull();
    expect(missing.grade).toBeNull();
    expect(report.issues.map((i) => [i.key, i.recordId, i.indicatorId])).toEqual([
      ["row.valueMissing", "E2", "a"],
    ]);
  });

  it("a direct value above full marks fails that row only", () => {
    const report = assess(loaded, [rec("E1", { a: 101, n: 0 }), rec("E2", { a: 100, n: 0 })]);
    expect(report.ranked.map((row) => row.id)).toEqual(["E2"]);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0].key).toBe("row.directRange");
    expect(describeIssue(report.issues[0], "zh-CN")).toBe(
      "「a」为 101，直接打分须在 0 到满分 100 之间。"
    );
  });

  it("a negative or fractional deduction count is an error", () => {
    const report = assess(loaded, [
      rec("E1", { a: 90, n: -1 }),
      rec("E2", { a: 90, n: 1.5 }),
      rec("E3", { a: 90, n: 2 }),
    ]);
    expect(report.issues.map((i) => [i.key, i.recordId])).toEqual([
      ["row.deductionCount", "E1"],
      ["row.deductionCount", "E2"],
    ]);
    expect(report.ranked[0].composite).toBe(85);
  });

  it("text or an Excel error where a number belongs names the cell and quotes the value", () => {
    const record = rec(
      "E1",
      { a: "九十六", n: { error: "#N/A" } },
      { source: { sheet: "评分表", row: 7, columns: { a: "G", n: "H" } } }
    );
    const report = assess(loaded, [record]);
    expect(report.issues.map((i) => describeIssue(i, "zh-CN"))).toEqual([
      "评分表!G7：「a」应为数字，当前为「九十六」。",
      "评分表!H7：「扣分」是错误值 #N/A，请先修正公式或数据。",
    ]);
    expect(describeIssue(report.issues[0], "en-US")).toBe(
      '评分表!G7: "a" must be a number, found "九十六".'
    );
    expect(report.issues[0].row).toBe(7);
  });

  it("booleans are not numbers", () => {
    expect(assess(loaded, [rec("E1", { a: true, n: 0 })]).issues[0].key).toBe("row.notNumber");
  });

  it("an unknown or missing post, a missing id and duplicate ids are errors of those rows", () => {
    const report = assess(loaded, [
      rec("E1", { a: 90, n: 0 }, { post: "不存在岗" }),
      rec("E2", { a: 90, n: 0 }, { post: " " }),
      rec(" ", { a: 90, n: 0 }),
      rec("E4", { a: 90, n: 0 }),
      rec("E4", { a: 80, n: 0 }),
      rec("E6", { a: 80, n: 0 }),
    ]);
    expect(report.issues.map((i) => [i.key, i.recordId])).toEqual([
      ["row.unknownPost", "E1"],
      ["row.postMissing", "E2"],
      ["row.idMissing", " "],
      ["row.duplicateId", "E4"],
      ["row.duplicateId", "E4"],
    ]);
    expect(report.ranked.map((row) => row.id)).toEqual(["E6"]);
    expect(describeIssue(report.issues[3], "zh-CN")).toContain("（第 4、5 行）");
    expect(describeIssue(report.issues[3], "en-US")).toContain("(rows 4, 5)");
  });

  it("matches the post by id or by name, folding full-width characters and spaces", () => {
    const t = load({
      ...templateWith([direct("a", 100)]),
      posts: [{ id: "cm-1", name: "客户经理", indicators: [direct("a", 100)] }],
    });
    const report = assess(t, [
      rec("E1", { a: 90 }, { post: "cm-1" }),
      rec("E2", { a: 80 }, { post: " 客户经理　" }),
      rec("E3", { a: 70 }, { post: "ｃｍ－１" }),
    ]);
    expect(report.issues).toEqual([]);
    expect(report.ranked.map((row) => row.post?.id)).toEqual(["cm-1", "cm-1", "cm-1"]);
  });
});

describe("assess: peer scoring (scoring.md §2)", () => {
  const peer = (direction: "higher" | "lower") =>
    load(
      templateWith([
        direct("a", 50),
        { id: "p", name: "互评", weight: 50, direction, scoring: { method: "peer", min: 60 } },
      ])
    );

  it("best → full, worst → min, linear between, within the post", () => {
    const report = assess(peer("higher"), [
      rec("E1", { a: 100, p: 90 }),
      rec("E2", { a: 100, p: 80 }),
      rec("E3", { a: 100, p: 70 }),
    ]);
    expect(["E1", "E2", "E3"].map((id) => byId(report, id).scores[1])).toEqual([100, 80, 60]);
  });

  it("lower is better when the direction says so", () => {
    const report = assess(peer("lower"), [
      rec("E1", { a: 100, p: 3 }),
      rec("E2", { a: 100, p: 8 }),
    ]);
    expect(byId(report, "E1").scores[1]).toBe(100);
    expect(byId(report, "E2").scores[1]).toBe(60);
  });

  it("all-equal peers score full", () => {
    const report = assess(peer("higher"), [
      rec("E1", { a: 100, p: 5 }),
      rec("E2", { a: 100, p: 5 }),
    ]);
    expect(report.ranked.every((row) => row.scores[1] === 100)).toBe(true);
  });

  it("counts rows that end up unranked in the peer group, and ignores blanks", () => {
    const report = assess(peer("higher"), [
      rec("E1", { a: null, p: 100 }),
      rec("E2", { a: 100, p: 50 }),
      rec("E3", { a: 100, p: 75 }),
      rec("E4", { a: 100, p: null }),
    ]);
    expect(byId(report, "E2").scores[1]).toBe(60);
    expect(byId(report, "E3").scores[1]).toBe(80);
  });
});

describe("assess: ranks, order and grades (scoring.md §4–§5)", () => {
  const twoPosts = load({
    id: "t",
    name: "测试",
    version: "1.0.0",
    grades: [
      { label: "优秀", min: 90, maxShare: 0.25 },
      { label: "良好", min: 80 },
      { label: "不合格", min: 0 },
    ],
    posts: [
      { id: "a", name: "甲岗", indicators: [direct("x", 100)] },
      { id: "b", name: "乙岗", indicators: [direct("x", 100)] },
    ],
  });
  const records: ScoreRecord[] = [
    { id: "E4", post: "甲岗", branch: "北京分行", values: { x: 80 } },
    { id: "E2", post: "乙岗", branch: "上海分行", values: { x: 90 } },
    { id: "E10", post: "甲岗", branch: "北京分行", values: { x: 90 } },
    { id: "E1", post: "乙岗", branch: "北京分行", values: { x: 95 } },
    { id: "E5", post: "甲岗", values: { x: 70 } },
  ];

  it("ranks in three scopes, dense by default", () => {
    const report = assess(twoPosts, records);
    expect(report.method).toBe("dense");
    expect(report.ranked.map((row) => [row.id, row.rank])).toEqual([
      ["E1", { overall: 1, post: 1, branch: 1 }],
      ["E10", { overall: 2, post: 1, branch: 2 }],
      ["E2", { overall: 2, post: 2, branch: 1 }],
      ["E4", { overall: 3, post: 2, branch: 3 }],
      ["E5", { overall: 4, post: 3, branch: null }],
    ]);
  });

  it("lists ties by id compared as text", () => {
    expect(
      assess(twoPosts, records, { method: "competition" }).ranked.map((row) => [
        row.id,
        row.rank?.overall,
      ])
    ).toEqual([
      ["E1", 1],
      ["E10", 2],
      ["E2", 2],
      ["E4", 4],
      ["E5", 5],
    ]);
    expect(
      assess(twoPosts, records, { method: "average" }).ranked.map((row) => row.rank?.overall)
    ).toEqual([1, 2.5, 2.5, 4, 5]);
  });

  it("grades by the first band whose min ≤ composite, and reports a forced-distribution violation", () => {
    const report = assess(twoPosts, records);
    expect(report.ranked.map((row) => row.grade)).toEqual([
      "优秀",
      "优秀",
      "优秀",
      "良好",
      "不合格",
    ]);
    expect(report.gradeCounts).toEqual([
      { label: "优秀", count: 3 },
      { label: "良好", count: 1 },
      { label: "不合格", count: 1 },
    ]);
    const warning = report.issues.find((i) => i.key === "dist.violation")!;
    expect(warning.severity).toBe("warning");
    expect(describeIssue(warning, "zh-CN")).toBe(
      "等级「优秀」有 3 人，占已排名 5 人的 60%，超过强制分布上限 25%。"
    );
  });

  it("summarises the ranked composites", () => {
    expect(assess(twoPosts, records).summary).toEqual({
      count: 5,
      mean: 85,
      median: 90,
      min: 70,
      max: 95,
    });
  });

  it("unranked when asked (validate): the same problems, grades and summary; input order, no ranks", () => {
    const ranked = assess(twoPosts, records);
    const checked = assess(twoPosts, records, { rank: false });
    expect(checked.ranked.map((row) => row.id)).toEqual(records.map((record) => record.id));
    expect(checked.ranked.every((row) => row.rank === null)).toBe(true);
    expect(checked.issues).toEqual(ranked.issues);
    expect(checked.summary).toEqual(ranked.summary);
    expect(checked.gradeCounts).toEqual(ranked.gradeCounts);
    const grades = (report: typeof ranked) =>
      Object.fromEntries(report.ranked.map((row) => [row.id, row.grade]));
    expect(grades(checked)).toEqual(grades(ranked));
  });

  it("gives the same ranks whatever the input order (property)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        const a = assess(twoPosts, records).ranked.map((row) => [row.id, row.rank]);
        expect(assess(twoPosts, shuffled).ranked.map((row) => [row.id, row.rank])).toEqual(a);
      })
    );
  });
});

describe("assess: the sample template", () => {
  const sample = load(
    JSON.parse(
      readFileSync(path.join(__dirname, "../../assets/samples/ops-2025.template.json"), "utf8")
    )
  );

  it("scores the policy's credit-approval example by hand", () => {
    // approval 3 days vs target 2 (lower): 100 × 2/3 = 66.67; NPL 2 % between 3 % and 1 %: 60 + 0.5 × 40 = 80;
    // compliance 95; composite 0.3 × 66.666… + 0.4 × 80 + 0.3 × 95 = 80.50, bonus 2 → 82.50.
    const report = assess(sample, [
      {
        id: "A001",
        post: "授信审批岗",
        values: {
          approval_days: 3,
          npl_ratio: 0.02,
          compliance_accuracy: 95,
          exceeded_without_risk: 2,
        },
      },
    ]);
    expect(report.issues).toEqual([]);
    expect(report.ranked[0].composite).toBe(82.5);
    expect(report.ranked[0].grade).toBe("良好");
    expect(report.template.fingerprint).toBe(sample.fingerprint);
  });

  it("scores the counter supervisor's reported 0.08 % error rate and 100 % dual review", () => {
    // error 0.0008 better than satisfactory 0.001 → 100; dual review 100 % → 100; 3 minutes vs 5 (lower, cap 1) → 100.
    const report = assess(sample, [
      {
        id: "C001",
        post: "柜面主管岗",
        values: { counter_error_rate: 0.0008, dual_review_rate: 1, handling_minutes: 3 },
      },
    ]);
    expect(report.ranked[0].composite).toBe(100);
  });
});

describe("assess: ranks in every scope agree with ranking each group alone (property)", () => {
  const loaded = load({
    id: "t",
    name: "测试",
    version: "1.0.0",
    posts: [
      { id: "a", name: "甲岗", indicators: [direct("x", 100)] },
      { id: "b", name: "乙岗", indicators: [direct("x", 100)] },
    ],
  });
  const row = fc.record({
    post: fc.constantFrom("甲岗", "乙岗"),
    branch: fc.constantFrom("一支行", "二支行", "三支行", ""),
    x: fc.integer({ min: 0, max: 20 }).map((v) => v * 5),
  });
  it.each(["dense", "competition", "average"] as const)("%s", (method) => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const records = rows.map((r, i) => ({
          id: `E${i}`,
          post: r.post,
          branch: r.branch,
          values: { x: r.x },
        }));
        const report = assess(loaded, records, { method });
        const rankIn = (x: number, group: number[]) => rankAll([x, ...group], method)[0];
        for (const result of report.ranked) {
          const i = Number(result.id.slice(1));
          const all = rows.map((r) => r.x);
          const samePost = rows
            .filter((r, k) => r.post === rows[i].post && k !== i)
            .map((r) => r.x);
          const sameBranch = rows
            .filter((r, k) => r.branch === rows[i].branch && k !== i)
            .map((r) => r.x);
          expect(result.rank?.overall).toBe(
            rankIn(
              rows[i].x,
              all.filter((_, k) => k !== i)
            )
          );
          expect(result.rank?.post).toBe(rankIn(rows[i].x, samePost));
          expect(result.rank?.branch).toBe(
            rows[i].branch === "" ? null : rankIn(rows[i].x, sameBranch)
          );
        }
        const listed = report.ranked.map((r) => [r.composite as number, r.id] as const);
        const sorted = [...listed].sort(
          (p, q) => q[0] - p[0] || (p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0)
        );
        expect(listed).toEqual(sorted);
      })
    );
  });
});
