import { enUS } from "../../src/core/i18n/en-US";
import { formatMessage, localized, resolveLocale } from "../../src/core/i18n/messages";
import { zhCN } from "../../src/core/i18n/zh-CN";

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();

describe("message catalogues", () => {
  it("have the same keys and the same placeholders in zh-CN and en-US", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect([key, placeholders(enUS[key])]).toEqual([key, placeholders(zhCN[key])]);
    }
  });

  it("have no empty message", () => {
    for (const text of [...Object.values(zhCN), ...Object.values(enUS)])
      expect(text.trim()).not.toBe("");
  });

  it("fill placeholders, picking localized text by language and numbers without binary noise", () => {
    const params = { post: localized("授信审批岗", "Credit approval"), sum: 99.99000000000001 };
    expect(formatMessage("zh-CN", "tpl.weightsSum", params)).toBe(
      "岗位「授信审批岗」的指标权重合计为 99.99，应恰为 100（系统不会自动折算）。"
    );
    expect(formatMessage("en-US", "tpl.weightsSum", params)).toContain('Post "Credit approval"');
  });

  it("fall back to zh-CN for any language but English", () => {
    expect(resolveLocale("en-GB")).toBe("en-US");
    expect(resolveLocale("EN")).toBe("en-US");
    expect(resolveLocale("zh-TW")).toBe("zh-CN");
    expect(resolveLocale("fr-FR")).toBe("zh-CN");
    expect(resolveLocale(undefined)).toBe("zh-CN");
  });

  it("join a list as each language writes one: 、 in Chinese, a comma and space in English", () => {
    const params = { sheet: "放假安排", missing: ["日期", "类型"] };
    expect(formatMessage("zh-CN", "arrangement.missingHeaders", params)).toContain("日期、类型");
    expect(formatMessage("en-US", "arrangement.missingHeaders", params)).toContain("日期, 类型");
    expect(formatMessage("en-US", "arrangement.missingHeaders", params)).not.toContain("、");
  });

  it("agree a noun with its number: {errors|error|errors}", () => {
    const summary = (errors: number, warnings: number) =>
      formatMessage("en-US", "ui.validate.summary", { rows: 1, errors, warnings });
    expect(summary(1, 0)).toBe("1 row · 1 error · 0 warnings");
    expect(summary(2, 1)).toBe("1 row · 2 errors · 1 warning");
  });

  it("write English in English: no full-width punctuation outside a quoted Chinese name", () => {
    for (const [key, text] of Object.entries(enUS)) {
      const outsideQuotes = text.replace(/"[^"]*"/g, "").replace(/「[^」]*」/g, "");
      expect([key, outsideQuotes.match(/[，。；：（）、！？]/g)]).toEqual([key, null]);
    }
  });
});
