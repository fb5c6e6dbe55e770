import fc from "fast-check";
import type { ScoreRecord } from "../../../src/core/assess/score-record";
import { canonicalJson } from "../../../src/core/util/canonical-json";
import { sha256Hex } from "../../../src/core/util/sha256";
import { inputHash, recordsJson } from "../../../src/jobs/shared/input-hash";

/** The input hash as it was first defined (and is recorded in workbooks): it may never change. */
const definedHash = (records: readonly ScoreRecord[]) =>
  sha256Hex(
    canonicalJson(
      records.map((r) => [
        r.id,
        r.name ?? null,
        r.branch ?? null,
        r.department ?? null,
        r.post,
        r.values,
      ])
    )
  );

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", '"', "\\", "\u0000", "\u2028", "😀", "九十六", "12%")
);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 5e-7, 93.5)
);
const value = fc.oneof(
  number,
  text,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!") })
);
const ids = fc.constantFrom("a", "b", "npl_ratio", "Z", "é", "_", "10", "2", "constructor", "键");
const record: fc.Arbitrary<ScoreRecord> = fc.record(
  {
    id: text,
    name: text,
    branch: text,
    department: text,
    post: text,
    values: fc.dictionary(ids, value, { maxKeys: 8 }),
  },
  { requiredKeys: ["id", "post", "values"] }
);

describe("inputHash", () => {
  it("is the SHA-256 of the records' canonical JSON, as first defined", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        expect(recordsJson(records)).toBe(
          canonicalJson(
            records.map((r) => [
              r.id,
              r.name ?? null,
              r.branch ?? null,
              r.department ?? null,
              r.post,
              r.values,
            ])
          )
        );
        expect(inputHash(records)).toBe(definedHash(records));
      }),
      { numRuns: 500 }
    );
  });

  it("sorts each row's indicator ids, however rows list them", () => {
    const rows: ScoreRecord[] = [
      { id: "1", post: "p", values: { b: 1, a: 2, c: undefined } },
      { id: "2", post: "p", values: { a: 3, b: "九十六" } },
      { id: "3", post: "p", values: { b: null, a: { error: "#N/A" } } },
    ];
    expect(recordsJson(rows)).toBe(
      '[["1",null,null,null,"p",{"a":2,"b":1}],["2",null,null,null,"p",{"a":3,"b":"九十六"}],' +
        '["3",null,null,null,"p",{"a":{"error":"#N/A"},"b":null}]]'
    );
    expect(inputHash(rows)).toBe(definedHash(rows));
  });

  it("is the same when the text is hashed in parts (a large input, emoji and CJK at every edge)", () => {
    const records: ScoreRecord[] = Array.from({ length: 3_000 }, (_, k) => ({
      id: `E${k}`,
      name: `${"😀岗".repeat(k % 17)}${k}`,
      branch: "第01支行",
      post: "授信审批岗",
      values: { npl_ratio: k / 7, score: k % 3 === 0 ? null : 90 + (k % 10), text: "九十六" },
    }));
    expect(recordsJson(records).length).toBeGreaterThan(3 * 65_536);
    expect(inputHash(records)).toBe(definedHash(records));
  });

  it("refuses a non-finite number as canonical JSON does", () => {
    const rows: ScoreRecord[] = [{ id: "1", post: "p", values: { a: Number.POSITIVE_INFINITY } }];
    expect(() => recordsJson(rows)).toThrow(TypeError);
    expect(() => definedHash(rows)).toThrow(TypeError);
  });
});
