import { canonicalJson } from "../../src/core/util/canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth, drops undefined members and white space", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined, x: "授信" }], c: true } })).toBe(
      '{"a":{"c":true,"d":[1,{"x":"授信","z":0}]},"b":1}'
    );
  });

  it("writes numbers in JavaScript's shortest form and text unescaped", () => {
    expect(canonicalJson([1.0, 0.1, 1e21, -0, 100])).toBe("[1,0.1,1e+21,0,100]");
    expect(canonicalJson("权重「模板」\n")).toBe('"权重「模板」\\n"');
  });

  it("refuses values JSON cannot carry", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });
});
