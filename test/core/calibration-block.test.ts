import { readFileSync } from "fs";
import { join } from "path";
import {
  CALIBRATION_DEFAULTS,
  calibrationSettings,
} from "../../src/core/calibration/calibration-settings";
import { formatMessage } from "../../src/core/i18n/messages";
import { parseTemplate, parseTemplateJson } from "../../src/core/template/parse-template";
import { direct, load, templateWith } from "../support/template-builders";

const base = templateWith([direct("a", 60), direct("b", 40)]);
const problemsOf = (calibration: unknown) => {
  const result = parseTemplate({ ...base, calibration });
  return result.ok ? [] : result.error;
};
/** Each refusal as [path, zh-CN, en-US]. */
const says = (calibration: unknown) =>
  problemsOf(calibration).map((p) => [
    p.path.join("."),
    formatMessage("zh-CN", p.key, p.params),
    formatMessage("en-US", p.key, p.params),
  ]);

const gapRefused = (value: string) => [
  "calibration.gap",
  `校准设置的差距阈值：应为大于 0 的数，单位是综合得分的分（默认 5 分），当前为「${value}」。`,
  `Calibration settings, flagging gap: must be a number greater than 0 (in composite points; default 5), found "${value}".`,
];
const minGroupRefused = (value: string) => [
  "calibration.minGroup",
  `校准设置的最小组人数：应为 2 到 100000 之间的整数，单位是人（默认 5 人），当前为「${value}」。`,
  `Calibration settings, smallest group: must be a whole number from 2 to 100000 (people; default 5), found "${value}".`,
];

describe("the template's calibration block (calibration.md §1)", () => {
  it.each([
    ["no number (the defaults)", {}],
    ["a gap of composite points, decimals allowed", { gap: 2.5 }],
    ["a tiny gap", { gap: 0.01 }],
    ["the smallest group at 2", { minGroup: 2 }],
    ["both", { gap: 8, minGroup: 10 }],
  ])("takes %s", (_, calibration) => {
    expect(says(calibration)).toEqual([]);
    expect(load({ ...base, calibration }).template.calibration).toEqual(calibration);
  });

  it("refuses a gap that is not a number greater than 0, saying so in both languages", () => {
    expect(says({ gap: 0 })).toEqual([gapRefused("0")]);
    expect(says({ gap: -3 })).toEqual([gapRefused("-3")]);
    expect(says({ gap: "5" })).toEqual([gapRefused("5")]);
    expect(says({ gap: null })).toEqual([gapRefused("null")]);
    expect(says({ gap: true })).toEqual([gapRefused("true")]);
  });

  it("refuses a smallest group that is not a whole number from 2, saying so in both languages", () => {
    expect(says({ minGroup: 1 })).toEqual([minGroupRefused("1")]);
    expect(says({ minGroup: 0 })).toEqual([minGroupRefused("0")]);
    expect(says({ minGroup: 4.5 })).toEqual([minGroupRefused("4.5")]);
    expect(says({ minGroup: 100001 })).toEqual([minGroupRefused("100001")]);
    expect(says({ minGroup: "五" })).toEqual([minGroupRefused("五")]);
  });

  it("names both numbers when both are wrong, each once", () => {
    expect(says({ gap: -1, minGroup: 1 })).toEqual([gapRefused("-1"), minGroupRefused("1")]);
  });

  it("names the block for a field it does not have and for a block that is not an object", () => {
    expect(says({ gap: 5, minGroups: 3 })).toEqual([
      [
        "calibration",
        "校准设置：不认识的字段 minGroups，请检查拼写。",
        "Calibration settings: the template has no field called minGroups; check the spelling.",
      ],
    ]);
    expect(says(5)).toEqual([
      [
        "calibration",
        "校准设置：应为对象，当前为「5」。",
        'Calibration settings: expected an object, found "5".',
      ],
    ]);
  });

  it("applies the defaults where they are used, not in the template", () => {
    expect(CALIBRATION_DEFAULTS).toEqual({ gap: 5, minGroup: 5 });
    expect(calibrationSettings(load(base).template)).toEqual({ gap: 5, minGroup: 5 });
    expect(calibrationSettings(load({ ...base, calibration: {} }).template)).toEqual({
      gap: 5,
      minGroup: 5,
    });
    expect(calibrationSettings(load({ ...base, calibration: { minGroup: 3 } }).template)).toEqual({
      gap: 5,
      minGroup: 3,
    });
    expect(load({ ...base, calibration: { gap: 4 } }).template.calibration).toEqual({ gap: 4 });
  });
});

describe("the calibration block and the template's fingerprint", () => {
  const sample = readFileSync(
    join(__dirname, "../../assets/samples/ops-2025.template.json"),
    "utf8"
  );
  const loaded = (text: string) => {
    const result = parseTemplateJson(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  it("leaves the fingerprint of a template without the block as it was before the block existed", () => {
    // The sample's fingerprint at 1ba578d, before `reviews` and `calibration` were added to the schema.
    expect(loaded(sample).fingerprint).toBe(
      "fbdd072ad6f4539e960c300f2a3562745fa38a2000551c728ae545b1ee3ad38e"
    );
    expect(loaded(sample).canonical).not.toContain('"calibration"');
    expect(load(base).canonical).not.toContain('"calibration"');
  });

  it("fingerprints the block when present, as written (its defaults are not filled in)", () => {
    const plain = load(base);
    const empty = load({ ...base, calibration: {} });
    const explicit = load({ ...base, calibration: { gap: 5, minGroup: 5 } });
    const other = load({ ...base, calibration: { gap: 6 } });
    expect(empty.canonical).toContain('"calibration":{}');
    expect(explicit.canonical).toContain('"calibration":{"gap":5,"minGroup":5}');
    const prints = [plain, empty, explicit, other].map((t) => t.fingerprint);
    expect(new Set(prints).size).toBe(4);
    expect(load({ ...base, calibration: { minGroup: 5, gap: 5 } }).fingerprint).toBe(
      explicit.fingerprint
    );
  });
});
