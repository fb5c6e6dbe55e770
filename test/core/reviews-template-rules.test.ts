import { readFileSync } from "fs";
import { join } from "path";
import { formatMessage } from "../../src/core/i18n/messages";
import { parseTemplate, parseTemplateJson } from "../../src/core/template/parse-template";
import { direct, load, templateWith } from "../support/template-builders";

/** Two posts: 柜员 with a direct `teamwork` and a ratio `sales`, 主管 with a direct `peer_review`. */
const base = {
  ...templateWith([
    direct("teamwork", 60, { name: "团队协作评价" }),
    {
      id: "sales",
      name: "营销业绩",
      weight: 40,
      scoring: { method: "ratio", target: 1, cap: 1.2 },
    },
  ]),
  posts: [
    {
      id: "teller",
      name: "柜员",
      indicators: [
        direct("teamwork", 60, { name: "团队协作评价" }),
        {
          id: "sales",
          name: "营销业绩",
          weight: 40,
          scoring: { method: "ratio", target: 1, cap: 1.2 },
        },
      ],
    },
    { id: "lead", name: "主管", indicators: [direct("peer_review", 100, { name: "民主测评" })] },
  ],
};
const reviews = {
  items: [
    { id: "teamwork", name: "团队协作" },
    { id: "responsibility", name: "责任意识" },
  ],
  raters: { superior: 50, peer: 40, self: 10 },
  trimAt: 5,
  minPeers: 3,
  selfGapWarning: 15,
  targets: { peer_review: ["teamwork", "responsibility"], teamwork: ["teamwork"] },
};
const problemsOf = (changed: object) => {
  const result = parseTemplate({ ...base, reviews: { ...reviews, ...changed } });
  return result.ok ? [] : result.error;
};
const says = (changed: object) =>
  problemsOf(changed).map((p) => [
    formatMessage("zh-CN", p.key, p.params),
    formatMessage("en-US", p.key, p.params),
  ]);

describe("the template's reviews block (reviews.md §1)", () => {
  it("takes the example of reviews.md, targets in any post, and fills the defaults", () => {
    expect(problemsOf({})).toEqual([]);
    const { template } = load({ ...base, reviews: { ...reviews, trimAt: undefined } });
    expect(template.reviews).toMatchObject({ trimAt: 5, minPeers: 3, selfGapWarning: 15 });
  });

  it("takes a target scored directly in one post though another post scores it otherwise", () => {
    const branch = {
      id: "branch",
      name: "网点",
      indicators: [
        {
          id: "peer_review",
          name: "民主测评",
          weight: 100,
          scoring: { method: "ratio", target: 1, cap: 1.2 },
        },
      ],
    };
    expect(parseTemplate({ ...base, posts: [...base.posts, branch], reviews }).ok).toBe(true);
    const result = parseTemplate({ ...base, posts: [base.posts[0], branch], reviews });
    expect(result.ok ? [] : result.error.map((p) => p.key)).toEqual([
      "tpl.reviews.targetNotDirect",
    ]);
  });

  it.each([
    [
      { items: [...reviews.items, { id: "teamwork", name: "协作" }] },
      "tpl.reviews.duplicateItem",
      ["reviews", "items", 2, "id"],
    ],
    [{ raters: { superior: 0, peer: 0 } }, "tpl.reviews.ratersAllZero", ["reviews", "raters"]],
    [{ raters: {} }, "tpl.reviews.ratersAllZero", ["reviews", "raters"]],
    [
      { targets: { nowhere: ["teamwork"] } },
      "tpl.reviews.targetUnknown",
      ["reviews", "targets", "nowhere"],
    ],
    [
      { targets: { sales: ["teamwork"] } },
      "tpl.reviews.targetNotDirect",
      ["reviews", "targets", "sales"],
    ],
    [
      { targets: { teamwork: ["teamwork", "honesty"] } },
      "tpl.reviews.itemUnknown",
      ["reviews", "targets", "teamwork", 1],
    ],
  ])("refuses %j with one message (%s) at its place", (changed, key, path) => {
    const problems = problemsOf(changed);
    expect(problems.map((p) => [p.key, p.path])).toEqual([[key, path]]);
    for (const locale of ["zh-CN", "en-US"] as const)
      expect(formatMessage(locale, problems[0].key, problems[0].params)).not.toMatch(/\{\w+\}/);
  });

  it("says each broken rule in HR's words, naming the indicator, post and item", () => {
    expect(says({ targets: { sales: ["honesty"] } })).toEqual([
      [
        "评价结果要填入岗位「柜员」的指标「营销业绩」（sales），但该指标不是直接打分；评价结果只能填入直接打分的指标。",
        'The reviews fill indicator "营销业绩" (sales) of post "柜员", which is not scored directly; reviews can only fill indicators scored directly.',
      ],
      [
        "指标「sales」要取的评价项目「honesty」不在评价项目里。",
        'Indicator "sales" takes the review item "honesty", which is not one of the review items.',
      ],
    ]);
    expect(says({ raters: { self: 0 } })[0][0]).toBe(
      "各类评价人（上级、同事、下级、本人）的权重不能全为 0，至少要有一类大于 0。"
    );
  });

  it("names a place in the block as the editor does, not as a path", () => {
    const result = parseTemplate({
      ...base,
      reviews: { ...reviews, items: [{ id: "teamwork", name: "协".repeat(101) }], trimAt: 2 },
    });
    const text = result.ok ? [] : result.error.map((p) => formatMessage("zh-CN", p.key, p.params));
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^评价项目「协+」的名称：文字太长/),
        "去掉最高最低分的最少人数：不能为空，或数值太小（至少 3）。",
      ])
    );
  });
});

describe("the reviews block and the template's fingerprint", () => {
  const sample = readFileSync(
    join(__dirname, "../../assets/samples/ops-2025.template.json"),
    "utf8"
  );
  const loaded = (text: string) => {
    const result = parseTemplateJson(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  it("leaves the fingerprint of a template without reviews as it was before the block existed", () => {
    // The sample's fingerprint at 1ba578d, before `reviews` was added to the schema.
    expect(loaded(sample).fingerprint).toBe(
      "fbdd072ad6f4539e960c300f2a3562745fa38a2000551c728ae545b1ee3ad38e"
    );
    expect(loaded(sample).canonical).not.toContain('"reviews"');
  });

  it("fingerprints the block when present, defaults included", () => {
    const plain = load(base);
    const withReviews = load({ ...base, reviews });
    const implicit = load({
      ...base,
      reviews: { ...reviews, trimAt: undefined, minPeers: undefined, selfGapWarning: undefined },
    });
    expect(withReviews.fingerprint).not.toBe(plain.fingerprint);
    expect(implicit.fingerprint).toBe(withReviews.fingerprint);
    expect(load({ ...base, reviews: { ...reviews, minPeers: 4 } }).fingerprint).not.toBe(
      withReviews.fingerprint
    );
  });
});
