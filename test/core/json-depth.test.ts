import { readFileSync } from "node:fs";
import { parseArrangementJson } from "../../src/core/calendar/arrangement-text";
import { formatMessage } from "../../src/core/i18n/messages";
import { jsonDepth, MAX_JSON_DEPTH, valueDepth } from "../../src/core/util/json-depth";
import { parseTemplate, parseTemplateJson } from "../../src/core/template/parse-template";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const arrays = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("how deeply JSON nests, counted without recursion", () => {
  it("counts arrays and objects, and not the brackets inside strings", () => {
    expect(jsonDepth("1")).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('["[[[", "\\"[[[", "\\\\"]')).toBe(1);
    expect(jsonDepth(arrays(1_000_000))).toBe(1_000_000);
    expect(valueDepth({ a: [1, { b: [] }] })).toBe(4);
    expect(valueDepth("text")).toBe(0);
  });

  it("finds the sample template well within the limit", () => {
    const text = readFileSync(SAMPLE_TEMPLATE_PATH, "utf8");
    expect(jsonDepth(text)).toBe(8);
    expect(parseTemplateJson(text).ok).toBe(true);
  });

  it("refuses a template nested a million levels deep in the user's words, in both languages", () => {
    const parsed = parseTemplateJson(arrays(1_000_000));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toEqual([
      { key: "tpl.tooDeep", params: { depth: 1_000_000, maximum: MAX_JSON_DEPTH }, path: [] },
    ]);
    const [problem] = parsed.error;
    expect(formatMessage("zh-CN", problem.key, problem.params)).toMatch(
      /^不是权重模板：嵌套了 1000000 层/
    );
    expect(formatMessage("en-US", problem.key, problem.params)).toMatch(
      /^Not a weight template: nested 1000000 levels deep/
    );
  });

  it("refuses a deep value parsed elsewhere (the pane's draft) before the schema walks it", () => {
    const name: unknown[] = [];
    let inner = name;
    for (let k = 0; k < 200_000; k++) {
      const next: unknown[] = [];
      inner.push(next);
      inner = next;
    }
    const draft = { ...JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8")), name };
    const parsed = parseTemplate(draft);
    expect(!parsed.ok && parsed.error[0]).toEqual({
      key: "tpl.tooDeep",
      params: { depth: 200_002, maximum: MAX_JSON_DEPTH },
      path: [],
    });
  });

  it("refuses a holiday arrangement nested past the limit, naming the file", () => {
    const parsed = parseArrangementJson(
      `{"year":2027,"days":${arrays(MAX_JSON_DEPTH)}}`,
      "2027.json"
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error[0].key).toBe("arrangement.json.tooDeep");
    expect(formatMessage("zh-CN", parsed.error[0].key, parsed.error[0].params)).toMatch(
      /^2027\.json 不是放假安排：嵌套了 65 层/
    );
  });
});
