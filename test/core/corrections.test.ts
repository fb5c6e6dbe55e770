import { applyCorrections, changesBetween } from "../../src/core/appeals/corrections";
import { assess } from "../../src/core/assess/assess";
import { direct, load, templateWith } from "../support/template-builders";

const loaded = load(
  templateWith([
    direct("a", 50),
    { id: "p", name: "互评", weight: 50, scoring: { method: "peer", min: 60 } },
  ])
);
const records = [
  { id: "E1", name: "甲", post: "测试岗", values: { a: 90, p: 5 } },
  { id: "E2", name: "乙", post: "测试岗", values: { a: 80, p: 3 } },
  { id: "E3", name: "丙", post: "测试岗", values: { a: 70, p: 1 } },
  { id: "E4", name: "丁", post: "测试岗", values: { a: 60, p: 4 } },
];

describe("applying corrections and the changes they make (cycle.md §5)", () => {
  it("replaces only the corrected values", () => {
    const corrected = applyCorrections(records, [
      { appeal: "SS-1", employeeId: "E3", indicatorId: "a", value: 99 },
    ]);
    expect(corrected[2].values).toEqual({ a: 99, p: 1 });
    expect(corrected[0]).toBe(records[0]);
    expect(records[2].values.a).toBe(70);
  });

  it("lists the corrected object with its appeal, and those it moved (ranks and peer scores) as 'others'", () => {
    const corrections = [{ appeal: "SS-1", employeeId: "E3", indicatorId: "p", value: 6 }];
    const before = assess(loaded, records);
    const after = assess(loaded, applyCorrections(records, corrections));
    const changes = changesBetween(before, after, corrections);
    const byId = new Map(changes.map((c) => [c.id, c]));
    expect(byId.get("E3")?.cause).toEqual(["SS-1"]);
    // E3's peer value is now the best: everyone else's peer score falls, and so do their composites.
    for (const id of ["E1", "E2", "E4"]) {
      expect(byId.get(id)?.cause).toBe("others");
      expect(byId.get(id)!.after.composite).toBeLessThan(byId.get(id)!.before.composite as number);
    }
    expect(byId.get("E3")!.after.rank!.overall).toBeLessThan(byId.get("E3")!.before.rank!.overall);
  });

  it("lists nobody when a correction changes nothing", () => {
    const corrections = [{ appeal: "SS-1", employeeId: "E1", indicatorId: "a", value: 90 }];
    const before = assess(loaded, records);
    const after = assess(loaded, applyCorrections(records, corrections));
    expect(changesBetween(before, after, corrections)).toEqual([]);
  });
});
