import { rankingPeriod, readPeriod } from "../../src/core/cycle/periods";

describe("periods as typed (cycle.md §1: YYYY or YYYYQ1–YYYYQ4)", () => {
  it.each([
    ["2025", "2025"],
    ["2025Q1", "2025Q1"],
    ["2025Q4", "2025Q4"],
    [" 2025q4 ", "2025Q4"],
  ])("reads %j as %s", (typed, text) => {
    const read = readPeriod(typed);
    expect(read.ok && read.value.text).toBe(text);
  });

  it.each([
    "2025Q5",
    "2025Q0",
    "Q4-2025",
    "2025-Q4",
    "2025 Q4",
    "2025年",
    "25Q4",
    "20254",
    "",
    "排名 2025",
  ])("refuses %j", (typed) => expect(readPeriod(typed)).toEqual({ ok: false, error: typed }));
});

describe("the period of a ranking", () => {
  const quarterly = { period: "2025", annual: { quarterWeights: [25, 25, 25, 25] } };

  it("takes the period typed, checked, and says it was typed", () => {
    expect(rankingPeriod("2025q3", quarterly)).toMatchObject({
      ok: true,
      value: { text: "2025Q3", from: "typed" },
    });
    expect(rankingPeriod("2025Q5", quarterly)).toEqual({
      ok: false,
      error: { code: "invalid", text: "2025Q5" },
    });
  });

  it("asks for the quarter when the template's period is a year of a quarterly cycle", () => {
    expect(rankingPeriod(undefined, quarterly)).toEqual({
      ok: false,
      error: { code: "quarterNeeded", year: 2025 },
    });
    expect(rankingPeriod("  ", quarterly)).toEqual({
      ok: false,
      error: { code: "quarterNeeded", year: 2025 },
    });
  });

  it("uses the template's own period where it can, and says so", () => {
    expect(rankingPeriod(undefined, { period: "2025Q4", annual: {} })).toMatchObject({
      ok: true,
      value: { text: "2025Q4", from: "template" },
    });
    // A template without the annual settings ranks its year as it is.
    expect(rankingPeriod(undefined, { period: "2025" })).toMatchObject({
      ok: true,
      value: { text: "2025", from: "template" },
    });
  });

  it("needs a period when the template has none, or one that is no period", () => {
    expect(rankingPeriod(undefined, {})).toEqual({ ok: false, error: { code: "missing" } });
    expect(rankingPeriod(undefined, { period: "2025年" })).toEqual({
      ok: false,
      error: { code: "templateInvalid", text: "2025年" },
    });
  });
});
