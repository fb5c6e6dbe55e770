import { trainingNeeds } from "../../src/core/cycle/training";

const fb = (...training: { indicator: string; courses: string[] }[]) => ({ training });

describe("trainingNeeds (cycle.md §4: per course, the people whose weaknesses name it)", () => {
  it("counts each person once per course, in total and per branch", () => {
    const needs = trainingNeeds(
      [
        { id: "1", branch: "城东支行" },
        { id: "2", branch: "城西支行" },
        { id: "3", branch: "城东支行" },
      ],
      new Map([
        ["1", fb({ indicator: "npl", courses: ["信贷风险研判"] })],
        // Both weaknesses name the same course: one person, counted once.
        [
          "2",
          fb(
            { indicator: "npl", courses: ["信贷风险研判"] },
            { indicator: "deposit", courses: ["信贷风险研判", "存款营销"] }
          ),
        ],
        ["3", fb({ indicator: "deposit", courses: ["存款营销"] })],
      ])
    );
    expect(needs.map((n) => [n.course, n.total, n.indicators])).toEqual([
      ["信贷风险研判", 2, ["npl"]],
      ["存款营销", 2, ["deposit"]],
    ]);
    expect(Object.fromEntries(needs[0].byBranch)).toEqual({ 城东支行: 1, 城西支行: 1 });
    expect(Object.fromEntries(needs[1].byBranch)).toEqual({ 城西支行: 1, 城东支行: 1 });
  });

  it("orders by the number of people, most first, then by first appearance", () => {
    const needs = trainingNeeds(
      [{ id: "1" }, { id: "2" }],
      new Map([
        ["1", fb({ indicator: "a", courses: ["甲"] })],
        ["2", fb({ indicator: "b", courses: ["乙"] }, { indicator: "a", courses: ["甲"] })],
      ])
    );
    expect(needs.map((n) => [n.course, n.total])).toEqual([
      ["甲", 2],
      ["乙", 1],
    ]);
    expect(Object.fromEntries(needs[0].byBranch)).toEqual({ "": 2 });
  });

  it("is empty when no weakness has a course", () => {
    expect(trainingNeeds([{ id: "1" }], new Map([["1", fb()]]))).toEqual([]);
  });
});
