import fc from "fast-check";
import { rankAll, rankOne, type RankMethod } from "../../src/core/ranking/rank";

describe("rankAll (scoring.md §4)", () => {
  const scores = [95, 90, 90, 80];
  it.each<[RankMethod, number[]]>([
    ["dense", [1, 2, 2, 3]],
    ["competition", [1, 2, 2, 4]],
    ["average", [1, 2.5, 2.5, 4]],
  ])("%s ranks 95, 90, 90, 80 as %j", (method, expected) => {
    expect(rankAll(scores, method)).toEqual(expected);
    expect(rankAll([80, 90, 95, 90], method)).toEqual([
      expected[3],
      expected[1],
      expected[0],
      expected[2],
    ]);
  });

  it("ranks lowest first with order 1", () => {
    expect(rankAll(scores, "competition", 1)).toEqual([4, 2, 2, 1]);
    expect(rankAll(scores, "dense", 1)).toEqual([3, 2, 2, 1]);
  });

  it("handles empty, single and all-equal inputs", () => {
    expect(rankAll([], "dense")).toEqual([]);
    expect(rankAll([7], "average")).toEqual([1]);
    expect(rankAll([5, 5, 5], "average")).toEqual([2, 2, 2]);
    expect(rankAll([5, 5, 5], "competition")).toEqual([1, 1, 1]);
  });

  it("treats 0 and -0 as one value", () => {
    expect(rankAll([0, -0, 1], "competition")).toEqual([2, 2, 1]);
  });
});

describe("rankOne", () => {
  it("ranks one value in one pass over a range, ignoring text and blanks, and gives null for a value not in it", () => {
    expect(rankOne(90, [[95], [90], [90], [80]], "dense")).toBe(2);
    expect(
      rankOne(
        80,
        [
          [95, 90],
          [90, 80],
        ],
        "competition"
      )
    ).toBe(4);
    expect(
      rankOne(
        90,
        [
          [95, "缺考", 90],
          [null, 90, 80],
        ],
        "average"
      )
    ).toBe(2.5);
    expect(rankOne(85, [[95, 90, 90, 80]], "dense")).toBeNull();
  });
});

describe("rank laws (property)", () => {
  const values = fc.array(
    fc.integer({ min: 0, max: 20 }).map((v) => v * 2.5),
    { maxLength: 60 }
  );
  const method = fc.constantFrom<RankMethod>("dense", "competition", "average");

  it("ranks are a permutation-invariant function of the values", () => {
    fc.assert(
      fc.property(values, method, fc.integer(), (xs, m, seed) => {
        const order = xs
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const shuffled = order.map((i) => xs[i]);
        const ranks = rankAll(xs, m);
        const shuffledRanks = rankAll(shuffled, m);
        order.forEach((i, k) => expect(shuffledRanks[k]).toBe(ranks[i]));
      })
    );
  });

  it("dense ranks have no gaps", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const distinct = [...new Set(rankAll(xs, "dense"))].sort((a, b) => a - b);
        expect(distinct).toEqual(distinct.map((_, k) => k + 1));
      })
    );
  });

  it("competition rank = 1 + the count of strictly better values", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const ranks = rankAll(xs, "competition");
        xs.forEach((x, i) => expect(ranks[i]).toBe(1 + xs.filter((y) => y > x).length));
      })
    );
  });

  it("average rank is the mean of the competition positions of the tie", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const ranks = rankAll(xs, "average");
        xs.forEach((x, i) => {
          const better = xs.filter((y) => y > x).length;
          const equal = xs.filter((y) => y === x).length;
          expect(ranks[i]).toBe(better + (equal + 1) / 2);
        });
      })
    );
  });

  it("rankOne agrees with rankAll", () => {
    fc.assert(
      fc.property(values, method, fc.constantFrom<0 | 1>(0, 1), (xs, m, order) => {
        const ranks = rankAll(xs, m, order);
        xs.forEach((x, i) => expect(rankOne(x, [xs, ["text", null]], m, order)).toBe(ranks[i]));
      })
    );
  });
});
