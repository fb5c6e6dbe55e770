import { readFileSync } from "node:fs";
import path from "node:path";
import { formatMessage } from "../../src/core/i18n/messages";
import { parseTemplate, parseTemplateJson } from "../../src/core/template/parse-template";
import type { TemplateProblem } from "../../src/core/template/problem";
import { direct, load, templateWith } from "../support/template-builders";

const sample = JSON.parse(
  readFileSync(path.join(__dirname, "../../assets/samples/ops-2025.template.json"), "utf8")
);

function problemsOf(input: unknown): TemplateProblem[] {
  const result = parseTemplate(input);
  if (result.ok) throw new Error("expected the template to be rejected");
  return result.error;
}
const zh = (p: TemplateProblem) => formatMessage("zh-CN", p.key, p.params);
const en = (p: TemplateProblem) => formatMessage("en-US", p.key, p.params);

describe("parseTemplate: defaults and fingerprint", () => {
  it("fills every default", () => {
    const { template } = load(
      templateWith([
        direct("a", 60),
        {
          id: "b",
          name: "b",
          weight: 40,
          scoring: { method: "efficacy", floor: 0, satisfactory: 1 },
        },
      ])
    );
    expect(template.fullScore).toBe(100);
    expect(template.precision).toBe(2);
    expect(template.grades.map((g) => [g.label, g.min])).toEqual([
      ["优秀", 90],
      ["良好", 80],
      ["合格", 70],
      ["基本合格", 60],
      ["不合格", 0],
    ]);
    expect(template.posts[0].bonusCap).toBe(5);
    expect(template.posts[0].indicators[0].direction).toBe("higher");
    expect(template.posts[0].indicators[1].scoring).toEqual({
      method: "efficacy",
      floor: 0,
      satisfactory: 1,
      base: 60,
      span: 40,
    });
  });

  it("gives the same fingerprint to templates that mean the same", () => {
    const implicit = templateWith([direct("a", 60), direct("b", 40)]);
    const explicit = {
      posts: [
        {
          bonusCap: 5,
          indicators: [direct("a", 60, { direction: "higher", bonus: false }), direct("b", 40)],
          name: "测试岗",
          id: "p",
        },
      ],
      precision: 2,
      fullScore: 100,
      version: "1.0.0",
      name: "测试模板",
      id: "t",
    };
    expect(load(explicit).fingerprint).toBe(load(implicit).fingerprint);
    expect(load(implicit).fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes the fingerprint when a weight changes", () => {
    const a = load(templateWith([direct("a", 60), direct("b", 40)]));
    const b = load(templateWith([direct("a", 50), direct("b", 50)]));
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it("accepts the bundled sample template with six posts", () => {
    const loaded = load(sample);
    expect(loaded.template.posts.map((p) => p.name)).toEqual([
      "授信审批岗",
      "客户经理",
      "柜面主管岗",
      "合规专员岗",
      "线上运营岗",
      "支行综合考核",
    ]);
    expect(loaded.canonical).not.toMatch(/\s(?=["{[])/);
  });

  it("accepts weights that sum to 100 within 1e-9", () => {
    const third = 100 / 3;
    expect(
      parseTemplate(templateWith([direct("a", third), direct("b", third), direct("c", third)])).ok
    ).toBe(true);
  });
});

describe("parseTemplate: the rules of scoring.md §1", () => {
  it("rejects weights that sum to 99.99 with a message naming the post", () => {
    const problems = problemsOf(templateWith([direct("a", 59.99), direct("b", 40)]));
    expect(problems).toHaveLength(1);
    expect(zh(problems[0])).toBe(
      "岗位「测试岗」的指标权重合计为 99.99，应恰为 100（系统不会自动折算）。"
    );
    expect(en(problems[0])).toContain('Post "测试岗"');
    expect(en(problems[0])).toContain("99.99");
  });

  it("counts bonus indicators in no sum and forbids them a weight or dimension", () => {
    expect(
      parseTemplate(
        templateWith([
          direct("a", 100),
          { id: "b", name: "加分", bonus: true, scoring: { method: "direct" } },
        ])
      ).ok
    ).toBe(true);
    const problems = problemsOf(
      templateWith([
        direct("a", 100),
        { id: "b", name: "加分", bonus: true, weight: 5, scoring: { method: "direct" } },
      ])
    );
    expect(problems.map((p) => p.key)).toEqual(["tpl.bonusHasWeight"]);
  });

  it("requires a weight on every weighted indicator, finite and > 0", () => {
    expect(
      problemsOf(
        templateWith([direct("a", 100), { id: "b", name: "乙", scoring: { method: "direct" } }])
      ).map((p) => p.key)
    ).toEqual(["tpl.weightMissing"]);
    const zero = problemsOf(templateWith([direct("a", 100), direct("b", 0)]));
    expect(zero.map((p) => p.key)).toEqual(["tpl.weightInvalid"]);
    expect(zh(zero[0])).toContain("指标「b」");
    expect(
      problemsOf(templateWith([direct("a", 120), direct("b", -20)])).map((p) => p.key)
    ).toEqual(["tpl.weightInvalid"]);
  });

  it("checks dimension weights and the weights inside each dimension", () => {
    const dims = [
      { id: "kpi", name: "KPI", weight: 60 },
      { id: "okr", name: "OKR", weight: 40 },
    ];
    const good = templateWith(
      [direct("a", 100, { dimension: "kpi" }), direct("b", 100, { dimension: "okr" })],
      { dimensions: dims }
    );
    expect(parseTemplate(good).ok).toBe(true);
    const badInner = templateWith(
      [direct("a", 90, { dimension: "kpi" }), direct("b", 100, { dimension: "okr" })],
      { dimensions: dims }
    );
    const inner = problemsOf(badInner);
    expect(inner.map((p) => p.key)).toEqual(["tpl.dimensionIndicatorsSum"]);
    expect(zh(inner[0])).toBe("岗位「测试岗」维度「KPI」内的指标权重合计为 90，应恰为 100。");
    const badOuter = templateWith(
      [direct("a", 100, { dimension: "kpi" }), direct("b", 100, { dimension: "okr" })],
      {
        dimensions: [dims[0], { ...dims[1], weight: 30 }],
      }
    );
    expect(problemsOf(badOuter).map((p) => p.key)).toEqual(["tpl.dimensionWeightsSum"]);
    const missing = templateWith([direct("a", 100, { dimension: "kpi" }), direct("b", 100)], {
      dimensions: dims,
    });
    expect(problemsOf(missing).map((p) => p.key)).toEqual([
      "tpl.dimensionMissing",
      "tpl.dimensionIndicatorsSum",
    ]);
    const unknown = templateWith(
      [direct("a", 100, { dimension: "kpi" }), direct("b", 100, { dimension: "xyz" })],
      { dimensions: dims }
    );
    expect(problemsOf(unknown).map((p) => p.key)).toEqual([
      "tpl.dimensionUnknown",
      "tpl.dimensionIndicatorsSum",
    ]);
    expect(
      problemsOf(templateWith([direct("a", 100, { dimension: "kpi" })])).map((p) => p.key)
    ).toEqual(["tpl.dimensionUnexpected"]);
  });

  it("requires unique ids for posts, indicators and dimensions, and unambiguous post names", () => {
    const twoPosts = {
      ...templateWith([direct("a", 100)]),
      posts: [
        { id: "p", name: "甲岗", indicators: [direct("a", 100)] },
        { id: "p", name: "乙岗", indicators: [direct("a", 100)] },
      ],
    };
    expect(problemsOf(twoPosts).map((p) => p.key)).toEqual(["tpl.duplicatePostId"]);
    const clash = {
      ...twoPosts,
      posts: [twoPosts.posts[0], { id: "甲岗", name: "乙岗", indicators: [direct("a", 100)] }],
    };
    expect(problemsOf(clash).map((p) => p.key)).toEqual(["tpl.postNameClash"]);
    expect(problemsOf(templateWith([direct("a", 50), direct("a", 50)])).map((p) => p.key)).toEqual([
      "tpl.duplicateIndicatorId",
    ]);
    const dims = [
      { id: "kpi", name: "KPI", weight: 50 },
      { id: "kpi", name: "KPI2", weight: 50 },
    ];
    expect(
      problemsOf(templateWith([direct("a", 100, { dimension: "kpi" })], { dimensions: dims })).map(
        (p) => p.key
      )
    ).toContain("tpl.duplicateDimensionId");
  });

  it("requires grade bands with strictly decreasing min, the last 0", () => {
    const grades = (bands: { label: string; min: number }[]) =>
      templateWith([direct("a", 100)], {}, { grades: bands });
    expect(
      problemsOf(
        grades([
          { label: "A", min: 80 },
          { label: "B", min: 80 },
          { label: "C", min: 0 },
        ])
      ).map((p) => p.key)
    ).toEqual(["tpl.gradesOrder"]);
    expect(
      problemsOf(
        grades([
          { label: "A", min: 80 },
          { label: "B", min: 10 },
        ])
      ).map((p) => p.key)
    ).toEqual(["tpl.gradesLastZero"]);
    expect(
      problemsOf(
        grades([
          { label: "A", min: 80 },
          { label: "A", min: 0 },
        ])
      ).map((p) => p.key)
    ).toEqual(["tpl.duplicateGrade"]);
  });

  it.each([
    [{ method: "ratio", target: 0 }, "tpl.ratioTarget"],
    [{ method: "ratio", target: 1, cap: 0.9 }, "tpl.ratioCap"],
    [{ method: "efficacy", floor: 0.01, satisfactory: 0.01 }, "tpl.efficacyEqual"],
    [{ method: "efficacy", floor: 0, satisfactory: 1, base: -1 }, "tpl.efficacyBaseSpan"],
    [{ method: "linear", points: [[0, 0]] }, "tpl.linearCount"],
    [
      {
        method: "linear",
        points: [
          [0, 0],
          [2, 50],
          [1, 100],
        ],
      },
      "tpl.linearOrder",
    ],
    [
      {
        method: "linear",
        points: [
          [0, -5],
          [1, 100],
        ],
      },
      "tpl.linearNegative",
    ],
    [{ method: "deduction", per: 0 }, "tpl.deductionPer"],
    [{ method: "deduction", per: 5, floor: 120 }, "tpl.deductionFloor"],
    [{ method: "peer", min: -1 }, "tpl.peerMin"],
  ])("checks the parameters of %j", (scoring, key) => {
    const problems = problemsOf(
      templateWith([{ id: "a", name: "甲", weight: 100, scoring: scoring as never }])
    );
    expect(problems.map((p) => p.key)).toEqual([key]);
    expect(zh(problems[0])).toContain("岗位「测试岗」的指标「甲」");
  });
});

describe("parseTemplate: structural problems in HR's words", () => {
  it("names the post and indicator of a wrong type", () => {
    const problems = problemsOf(
      templateWith([
        { id: "a", name: "审批时效", weight: "30" as never, scoring: { method: "direct" } },
      ])
    );
    expect(zh(problems[0])).toBe("岗位「测试岗」指标「审批时效」的权重：应为数字，当前为「30」。");
    expect(en(problems[0])).toBe(
      'Post "测试岗", indicator "审批时效", weight: expected a number, found "30".'
    );
  });
  it("reports a missing field, an unknown method, an unknown field and a bad version", () => {
    expect(
      problemsOf({ ...templateWith([direct("a", 100)]), name: undefined }).map((p) => p.key)
    ).toEqual(["tpl.required"]);
    const method = problemsOf(
      templateWith([{ id: "a", name: "甲", weight: 100, scoring: { method: "magic" } as never }])
    );
    expect(method.map((p) => p.key)).toEqual(["tpl.method"]);
    expect(zh(method[0])).toContain("「magic」");
    expect(
      problemsOf({ ...templateWith([direct("a", 100)]), colour: "red" }).map((p) => p.key)
    ).toEqual(["tpl.unknownKeys"]);
    expect(
      problemsOf({ ...templateWith([direct("a", 100)]), version: "1.0" }).map((p) => p.key)
    ).toEqual(["tpl.version"]);
    expect(
      problemsOf({ ...templateWith([direct("a", 100)]), precision: 1.5 }).map((p) => p.key)
    ).toEqual(["tpl.integer"]);
  });
  it("rejects text that is not JSON", () => {
    const result = parseTemplateJson("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0].key).toBe("tpl.notJson");
  });
});
