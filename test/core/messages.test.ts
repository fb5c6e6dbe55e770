import { enUS } from "../../src/core/i18n/en-US";
import { formatMessage, localized, resolveLocale } from "../../src/core/i18n/messages";
import { zhCN } from "../../src/core/i18n/zh-CN";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
});
