import {
  aggregateReviews,
  ratersWithTwoForms,
  straightLiners,
  type Rating,
} from "../../../src/core/reviews/aggregate-reviews";
import {
  reviewsSchema,
  type RaterType,
  type Reviews,
} from "../../../src/core/reviews/reviews-schema";

const reviews = (overrides: Partial<Reviews> = {}): Reviews =>
  reviewsSchema.parse({
    items: [
      { id: "teamwork", name: "团队协作" },
      { id: "responsibility", name: "责任意识" },
    ],
    raters: { superior: 50, peer: 40, self: 10 },
    targets: { peer_review: ["teamwork", "responsibility"], teamwork: ["teamwork"] },
    ...overrides,
  });

let formNo = 0;
const rate = (
  rater: string,
  person: string,
  type: RaterType,
  teamwork: number | null,
  responsibility: number | null = teamwork
): Rating => ({
  form: `form-${++formNo}.xlsx`,
  rater,
  person,
  type,
  values: { teamwork, responsibility },
});
const peers = (person: string, values: number[]) =>
  values.map((v, k) => rate(`P${k}`, person, "peer", v));

const only = (cfg: Reviews, ratings: Rating[], precision = 2) => {
  const [result, ...rest] = aggregateReviews(cfg, ratings, precision);
  expect(rest).toEqual([]);
  return result;
};

describe("aggregateReviews (reviews.md §3)", () => {
  it.each([
    ["4 peers, one below trimAt: the plain mean", [60, 70, 80, 90], 75],
    ["exactly trimAt (5) peers: one highest and one lowest dropped", [10, 70, 80, 90, 100], 80],
    ["6 peers: still only one of each dropped", [0, 0, 70, 80, 100, 100], 62.5],
  ])("%s", (_, values, peerMean) => {
    const result = only(reviews({ raters: { peer: 1 } }), peers("E1", values));
    expect(result.items.teamwork).toBe(peerMean);
    expect(result.raters.peer).toBe(values.length);
  });

  it("never trims self: one self value is its own mean", () => {
    const result = only(reviews({ raters: { self: 1 }, trimAt: 3 }), [
      rate("E1", "E1", "self", 70),
    ]);
    expect(result.items.teamwork).toBe(70);
  });

  it("drops a peer group of minPeers − 1 raters, saying so, and shares its weight out", () => {
    const result = only(reviews(), [rate("S1", "E1", "superior", 90), ...peers("E1", [50, 50])]);
    expect(result.raters).toMatchObject({ superior: 1, peer: 0 });
    expect(result.reasons).toContainEqual({
      key: "reviews.tooFewRaters",
      params: { type: "peer", count: 2, min: 3 },
    });
    // superior alone: its weight is all there is
    expect(result.items.teamwork).toBe(90);
  });

  it("keeps a peer group of exactly minPeers", () => {
    const result = only(reviews(), [
      rate("S1", "E1", "superior", 90),
      ...peers("E1", [60, 60, 60]),
    ]);
    // (50·90 + 40·60) / 90 = 76.666… → 76.67
    expect(result.items.teamwork).toBe(76.67);
    expect(result.reasons).toEqual([]);
  });

  it("shares a missing rater type's weight among the types present", () => {
    const result = only(reviews(), [
      rate("S1", "E1", "superior", 80),
      rate("E1", "E1", "self", 100),
    ]);
    // (50·80 + 10·100) / 60 = 83.333…
    expect(result.items.teamwork).toBe(83.33);
  });

  it("counts a row whose person is the rater as self, even when it says 同事", () => {
    const result = only(reviews({ raters: { peer: 40, self: 10 }, minPeers: 1 }), [
      rate("E1", "E1", "peer", 100),
      rate("P1", "E1", "peer", 50),
    ]);
    expect(result.raters).toMatchObject({ self: 1, peer: 1 });
    // (40·50 + 10·100) / 50 = 60
    expect(result.items.teamwork).toBe(60);
  });

  it("leaves a target blank when one of its items has no score, with the reason", () => {
    const result = only(reviews(), [rate("S1", "E1", "superior", 80, null)]);
    expect(result.targets).toEqual({ peer_review: null, teamwork: 80 });
    expect(result.reasons).toContainEqual({
      key: "reviews.targetMissingItem",
      params: { indicator: "peer_review", item: "responsibility" },
    });
  });

  it("rounds once, at the end, as Excel's ROUND: 1.005 → 1.01", () => {
    const result = only(reviews({ raters: { superior: 1 } }), [
      rate("S1", "E1", "superior", 1.005),
    ]);
    expect(result.items.teamwork).toBe(1.01);
    // the target is the mean of the unrounded item scores, rounded once
    const two = only(reviews({ raters: { superior: 1 } }), [
      rate("S1", "E2", "superior", 1.004, 1.006),
    ]);
    expect(two.targets.peer_review).toBe(1.01);
    expect(two.items).toEqual({ teamwork: 1, responsibility: 1.01 });
  });

  it("warns of a self gap of selfGapWarning points or more, not below", () => {
    const at = only(reviews(), [rate("S1", "E1", "superior", 70), rate("E1", "E1", "self", 85)]);
    expect([at.selfGap, at.selfGapWarning]).toEqual([15, true]);
    const below = only(reviews(), [
      rate("S1", "E2", "superior", 70),
      rate("E2", "E2", "self", 84.9),
    ]);
    expect([below.selfGap, below.selfGapWarning]).toEqual([14.9, false]);
    const none = only(reviews(), [rate("S1", "E3", "superior", 70)]);
    expect([none.selfGap, none.selfGapWarning]).toEqual([null, false]);
  });

  it("names no rater in a result: only counts, scores and reasons", () => {
    const result = only(reviews(), [
      rate("S-SECRET", "E1", "superior", 70),
      ...peers("E1", [1, 2]),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/S-SECRET|P0|P1/);
  });
});

describe("straight-liners and two forms from one rater (reviews.md §3)", () => {
  const form = (file: string, people: number, value: number) =>
    Array.from({ length: people }, (_, k) => ({
      ...rate("R1", `E${k}`, "peer", value),
      form: file,
    }));

  it("warns of a form whose every value is one number over at least 5 people", () => {
    expect(straightLiners([...form("a.xlsx", 5, 80), ...form("b.xlsx", 4, 80)])).toEqual([
      "a.xlsx",
    ]);
    const varied = form("c.xlsx", 6, 80);
    varied[2] = { ...varied[2], values: { teamwork: 80, responsibility: 79 } };
    expect(straightLiners(varied)).toEqual([]);
  });

  it("refuses both forms of a rater who sent two, and not one form read twice", () => {
    const twice = ratersWithTwoForms([
      { form: "a.xlsx", rater: "R1" },
      { form: "b.xlsx", rater: "R1" },
      { form: "c.xlsx", rater: "R2" },
      { form: "c.xlsx", rater: "R2" },
    ]);
    expect([...twice]).toEqual([["R1", ["a.xlsx", "b.xlsx"]]]);
  });
});
