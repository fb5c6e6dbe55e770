import fc from "fast-check";
import { assess } from "../../../src/core/assess/assess";
import type { ScoreRecord } from "../../../src/core/assess/score-record";
import type { LoadedTemplate } from "../../../src/core/template/parse-template";
import { compareTemplates, weightChanges } from "../../../src/core/whatif/compare-templates";
import { direct, load, templateWith } from "../../support/template-builders";

const grades = [
  { label: "优秀", min: 90, maxShare: 0.2 },
  { label: "良好", min: 80 },
  { label: "合格", min: 60 },
  { label: "不合格", min: 0 },
];
/** A: a 60 / b 40; B: a 40 / b 60 — the proposal moves weight to b. */
const A = load(templateWith([direct("a", 60), direct("b", 40)], {}, { grades }));
const B = load(templateWith([direct("a", 40), direct("b", 60)], {}, { grades, version: "2.0.0" }));

const rec = (id: string, a: number | null, b: number | null, c?: number): ScoreRecord => ({
  id,
  post: "测试岗",
  values: { a, b, ...(c === undefined ? {} : { c }) },
});
const records = [
  rec("E01", 100, 80), // A 92 优秀, B 88 良好
  rec("E02", 80, 100), // A 88 良好, B 92 优秀
  rec("E03", 90, 90), // 90 both
  rec("E04", 70, 50), // A 62 合格, B 58 不合格
  rec("E05", 60, 60), // 60 合格 both: 5th under A, 4th under B
];
const run = (a: LoadedTemplate, b: LoadedTemplate, rows = records) =>
  compareTemplates(
    { template: a.template, report: assess(a, rows) },
    { template: b.template, report: assess(b, rows) }
  );

describe("what-if (calibration.md §2)", () => {
  const result = run(A, B);

  it("gives each id's composite, rank and grade under both, with Δrank = A − B and Δcomposite = B − A", () => {
    const e02 = result.rows.find((row) => row.id === "E02")!;
    expect(e02.a).toMatchObject({ composite: 88, grade: "良好", rank: { overall: 3, post: 3 } });
    expect(e02.b).toMatchObject({ composite: 92, grade: "优秀", rank: { overall: 1, post: 1 } });
    expect(e02.deltaRank).toBe(2);
    expect(e02.deltaComposite).toBe(4);
    const e01 = result.rows.find((row) => row.id === "E01")!;
    expect(e01.deltaRank).toBe(-2);
    expect(e01.deltaComposite).toBe(-4);
  });

  it("orders rows by |Δrank| descending, ties by id as text", () => {
    expect(result.rows.map((row) => [row.id, row.deltaRank])).toEqual([
      ["E01", -2],
      ["E02", 2],
      ["E04", -1],
      ["E05", 1],
      ["E03", 0],
    ]);
  });

  it("counts who moved up, down and stayed", () => {
    expect(result.moved).toEqual({ up: 2, down: 2, stayed: 1 });
  });

  it("counts grade transitions, A's bands by B's, summing to the rows compared", () => {
    expect(result.transitions).toEqual([
      ["优秀", "优秀", 1],
      ["优秀", "良好", 1],
      ["良好", "优秀", 1],
      ["合格", "合格", 1],
      ["合格", "不合格", 1],
    ]);
    expect(result.transitions.reduce((sum, [, , n]) => sum + n, 0)).toBe(result.rows.length);
  });

  it("checks each band's maxShare under both templates", () => {
    // 2 优秀 of 5 is 40% > 20% under both.
    expect(result.gradesA.violations.map((v) => [v.label, v.count])).toEqual([["优秀", 2]]);
    expect(result.gradesB.violations.map((v) => [v.label, v.count])).toEqual([["优秀", 2]]);
    expect(result.gradesB.counts).toEqual([
      { label: "优秀", count: 2 },
      { label: "良好", count: 1 },
      { label: "合格", count: 1 },
      { label: "不合格", count: 1 },
    ]);
  });

  it("lists the weights that differ, per post", () => {
    expect(result.weights).toEqual([
      { post: "测试岗", id: "a", name: "a", kind: "indicator", a: 60, b: 40 },
      { post: "测试岗", id: "b", name: "b", kind: "indicator", a: 40, b: 60 },
    ]);
  });

  it("lists rows valid under one template only, with the error that kept them out of the other", () => {
    // B adds indicator c: rows without it cannot be scored under B; E06 has no b, so A refuses it.
    const withC = load(
      templateWith([direct("a", 40), direct("b", 40), direct("c", 20)], {}, { grades })
    );
    const rows = [rec("E01", 100, 80, 90), rec("E02", 80, 100), rec("E06", 90, null, 80)];
    const both = run(A, withC, rows);
    expect(both.rows.map((row) => row.id)).toEqual(["E01"]);
    expect(both.onlyA.map((row) => row.id)).toEqual(["E02"]);
    expect(both.onlyA[0].issue?.severity).toBe("error");
    expect(both.onlyA[0].issue?.recordId).toBe("E02");
    expect(both.onlyB).toEqual([]);
    // E06 is refused under both: in neither list, nor compared.
    expect(both.transitions.reduce((sum, [, , n]) => sum + n, 0)).toBe(1);
  });

  it("names a post in one template only once, not weight by weight", () => {
    const twoPosts = load({
      ...templateWith([direct("a", 60), direct("b", 40)], {}, { grades }),
      posts: [
        { id: "p", name: "测试岗", indicators: [direct("a", 60), direct("b", 40)] },
        { id: "q", name: "新岗", indicators: [direct("a", 100)] },
      ],
    });
    expect(weightChanges(A.template, twoPosts.template)).toEqual([
      { post: "新岗", id: "q", name: "新岗", kind: "post", a: null, b: null, only: "b" },
    ]);
    expect(weightChanges(twoPosts.template, A.template)).toEqual([
      { post: "新岗", id: "q", name: "新岗", kind: "post", a: null, b: null, only: "a" },
    ]);
  });

  it("compares a template with itself as no change at all", () => {
    const same = run(A, A);
    expect(same.moved).toEqual({ up: 0, down: 0, stayed: 5 });
    expect(same.weights).toEqual([]);
    expect(
      same.rows.every((row) => row.deltaComposite === 0 && !Object.is(row.deltaComposite, -0))
    ).toBe(true);
  });

  it("law: transitions sum to the rows compared; up + down + stayed = rows; Δrank sums match ranks", () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 40 }), (pairs) => {
        const rows = pairs.map(([a, b], k) => rec(`E${k}`, a, b));
        const r = run(A, B, rows);
        expect(r.transitions.reduce((sum, [, , n]) => sum + n, 0)).toBe(r.rows.length);
        expect(r.moved.up + r.moved.down + r.moved.stayed).toBe(r.rows.length);
        expect(r.rows).toHaveLength(rows.length);
        for (const row of r.rows)
          expect(row.deltaRank).toBe(row.a.rank.overall - row.b.rank.overall);
      })
    );
  });
});
