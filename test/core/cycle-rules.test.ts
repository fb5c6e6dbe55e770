import { formatMessage } from "../../src/core/i18n/messages";
import { annualRules, bandPasses, outcomeRules } from "../../src/core/cycle/cycle-rules";
import { parseTemplate } from "../../src/core/template/parse-template";
import { DEFAULT_GRADES } from "../../src/core/template/schema";
import { direct, load, templateWith } from "../support/template-builders";

const base = templateWith([direct("a", 100)]);
const problemsOf = (extra: object) => {
  const result = parseTemplate({ ...base, ...extra });
  return result.ok ? [] : result.error;
};

describe("the template's annual and outcome settings (cycle.md §2–§3)", () => {
  it.each([
    [{ annual: { quarterWeights: [25, 25, 25] } }, "tpl.annualWeights"],
    [{ annual: { quarterWeights: [25, -1, 25, 25] } }, "tpl.annualWeights"],
    [{ annual: { quarterWeights: [0, 0, 0, 0] } }, "tpl.annualWeights"],
    [{ annual: { minQuarters: 0 } }, "tpl.annualMinQuarters"],
    [{ annual: { minQuarters: 5 } }, "tpl.annualMinQuarters"],
    [{ annual: { minQuarters: 2.5 } }, "tpl.annualMinQuarters"],
    [{ outcomes: { reward: { grades: ["卓越"] } } }, "tpl.rewardGrade"],
    [{ outcomes: { warning: { rectifyWorkdays: 0 } } }, "tpl.workdays"],
    [{ outcomes: { appealWorkdays: 2.5 } }, "tpl.workdays"],
    [{ outcomes: { penalty: { consecutiveFailures: 0 } } }, "tpl.consecutiveFailures"],
  ])("refuses %j with one message (%s)", (extra, key) => {
    const problems = problemsOf(extra);
    expect(problems.map((p) => p.key)).toEqual([key]);
    for (const locale of ["zh-CN", "en-US"] as const)
      expect(formatMessage(locale, problems[0].key, problems[0].params)).not.toMatch(/\{\w+\}/);
  });

  it("names the reward grade and the grades there are", () => {
    const [problem] = problemsOf({ outcomes: { reward: { grades: ["卓越"] } } });
    expect(formatMessage("zh-CN", problem.key, problem.params)).toBe(
      "表彰奖励的等级「卓越」不是本模板的等级（优秀、良好、合格、基本合格、不合格）。"
    );
  });

  it("keeps the fingerprint of a template without them, and fingerprints them when present", () => {
    const plain = load(base);
    const withDefaults = load({
      ...base,
      annual: { quarterWeights: [25, 25, 25, 25], minQuarters: 3 },
    });
    expect(load(base).fingerprint).toBe(plain.fingerprint);
    expect(withDefaults.fingerprint).not.toBe(plain.fingerprint);
    expect(withDefaults.canonical).toContain('"annual"');
  });

  it("applies the defaults where the template says nothing", () => {
    const t = load(base).template;
    expect(annualRules(t)).toEqual({ quarterWeights: [25, 25, 25, 25], minQuarters: 3 });
    expect(outcomeRules(t)).toEqual({
      rewardGrades: ["优秀"],
      rectifyWorkdays: 15,
      consecutiveFailures: 2,
      appealWorkdays: 5,
    });
    expect(DEFAULT_GRADES.map((band) => bandPasses(t.grades, band.label))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    const own = load({
      ...base,
      grades: [
        { label: "A", min: 90 },
        { label: "B", min: 60, pass: false },
        { label: "C", min: 0, pass: true },
      ],
    }).template;
    expect(["A", "B", "C", "D"].map((label) => bandPasses(own.grades, label))).toEqual([
      true,
      false,
      true,
      null,
    ]);
    expect(outcomeRules(own).rewardGrades).toEqual(["A"]);
  });
});
