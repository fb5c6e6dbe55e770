import fc from "fast-check";
import { assess } from "../../../src/core/assess/assess";
import type { ScoreRecord } from "../../../src/core/assess/score-record";
import {
  calibrationSettings,
  CALIBRATION_DEFAULTS,
} from "../../../src/core/calibration/calibration-settings";
import {
  BLANK_GROUP,
  calibrationGroups,
  flagCounts,
  normalise,
  quotaExcess,
  stdevP,
  type GroupedRow,
} from "../../../src/core/calibration/calibrate";
import type { RankMethod } from "../../../src/core/ranking/rank";
import { direct, load, templateWith } from "../../support/template-builders";

/** One direct indicator weighted 100: each row's composite is its value; a value under 10 is vetoed. */
const template = load(
  templateWith(
    [direct("a", 100, { veto: { op: "<", value: 10 } })],
    {},
    {
      grades: [
        { label: "优秀", min: 90, maxShare: 0.2 },
        { label: "良好", min: 80, maxShare: 0.5 },
        { label: "合格", min: 60 },
        { label: "不合格", min: 0 },
      ],
      precision: 2,
    }
  )
);
const { grades } = template.template;

/** Rows by group: [group, values…]; ids are the group's initial and a number. */
function ranked(groups: [string, ...number[]][], method: RankMethod = "dense"): GroupedRow[] {
  const records: ScoreRecord[] = [];
  const groupOf = new Map<string, string>();
  groups.forEach(([group, ...values], g) =>
    values.forEach((value, k) => {
      const id = `G${g}-${String(k).padStart(2, "0")}`;
      records.push({ id, post: "测试岗", branch: group, values: { a: value } });
      groupOf.set(id, group);
    })
  );
  const report = assess(template, records, { method });
  expect(report.unranked).toEqual([]);
  return report.ranked.map((row) => ({ row, group: groupOf.get(row.id) as string }));
}

const settings = CALIBRATION_DEFAULTS;
const statsOf = (rows: GroupedRow[], group: string) =>
  calibrationGroups(rows, grades, settings).find((g) => g.group === group)!;

describe("calibration groups (calibration.md §1)", () => {
  // 22 ranked rows: every kind of group at once.
  const bank = ranked([
    ["甲分行", 96, 94, 95, 97, 93], // mean 95: far above the rest
    ["乙分行", 70, 72, 68, 71, 69], // mean 70: far below
    ["丙分行", 82, 84, 80, 83, 81], // mean 82: close to the rest
    ["丁分行", 85, 85, 85, 85, 85], // all equal
    ["戊支行", 99, 50], // two people: never flagged
  ]);
  const groups = calibrationGroups(bank, grades, settings);

  it("counts the groups of each flag, every flag named", () => {
    expect(flagCounts(groups)).toEqual({ lenient: 1, harsh: 1, normal: 2, "too-small": 1 });
    expect(flagCounts([])).toEqual({ lenient: 0, harsh: 0, normal: 0, "too-small": 0 });
  });

  it.each([
    // group, n, mean, rest, flag
    ["甲分行", 5, 95, 1334 / 17, "lenient"],
    ["乙分行", 5, 70, 1459 / 17, "harsh"],
    ["丙分行", 5, 82, 1399 / 17, "normal"],
    ["丁分行", 5, 85, 1384 / 17, "normal"],
    ["戊支行", 2, 74.5, 1660 / 20, "too-small"],
  ])("%s: n %d, mean %d, rest %d → %s", (group, n, m, rest, flag) => {
    const stats = groups.find((g) => g.group === group)!;
    expect(stats.n).toBe(n);
    expect(stats.mean).toBeCloseTo(m as number, 12);
    expect(stats.rest).toBeCloseTo(rest as number, 12);
    expect(stats.gap).toBeCloseTo((m as number) - (rest as number), 12);
    expect(stats.flag).toBe(flag);
  });

  it("gives the median and the population standard deviation (STDEV.P)", () => {
    expect(statsOf(bank, "甲分行").median).toBe(95);
    expect(statsOf(bank, "甲分行").sd).toBeCloseTo(Math.SQRT2, 12); // STDEV.P(93…97) = √2
    expect(statsOf(bank, "戊支行").median).toBe(74.5);
    expect(statsOf(bank, "戊支行").sd).toBe(24.5);
  });

  it("keeps a zero-spread group's sd at exactly 0", () => {
    expect(statsOf(bank, "丁分行").sd).toBe(0);
    // 0.1 × 3 in binary: a computed sd would be 1e-17, not 0.
    const noisy = ranked([["X", 0.1 + 0.2, 0.3, 0.1 + 0.2, 0.3, 0.3]]);
    expect(statsOf(noisy, "X").sd).toBe(0);
  });

  it("orders the groups most lenient first", () => {
    expect(groups.map((g) => g.group)).toEqual(["甲分行", "丁分行", "丙分行", "戊支行", "乙分行"]);
  });

  it("never flags a too-small group, however far it is", () => {
    const far = ranked([
      ["大", 60, 61, 62, 63, 64, 65],
      ["小", 100, 100, 100, 100],
    ]);
    expect(statsOf(far, "小").flag).toBe("too-small");
    expect(
      calibrationGroups(far, grades, { gap: 5, minGroup: 4 }).find((g) => g.group === "小")!.flag
    ).toBe("lenient");
  });

  it("flags a gap of exactly `gap` that binary arithmetic puts at 4.999999999999993", () => {
    const edge = ranked([
      ["X", 64.1, 64.1, 64.1, 64.2, 64.0],
      ["Y", 59.1, 59.1, 59.1, 59.2, 59.0],
    ]);
    expect(statsOf(edge, "X").gap).toBeLessThan(5);
    expect(statsOf(edge, "X").flag).toBe("lenient");
    expect(statsOf(edge, "Y").flag).toBe("harsh");
  });

  it("says normal for a group that is the whole population (no rest to compare with)", () => {
    const alone = ranked([["唯一", 90, 91, 92, 93, 94]]);
    expect(statsOf(alone, "唯一")).toMatchObject({ rest: null, gap: null, flag: "normal" });
  });

  it("puts blank groups under （空）", () => {
    const blank = ranked([
      ["", 80, 81],
      ["  ", 82],
      ["A", 70],
    ]);
    expect(statsOf(blank, BLANK_GROUP).n).toBe(3);
  });

  it("counts each grade's share in the group", () => {
    expect(statsOf(bank, "甲分行").grades).toEqual([
      { label: "优秀", count: 5, share: 1 },
      { label: "良好", count: 0, share: 0 },
      { label: "合格", count: 0, share: 0 },
      { label: "不合格", count: 0, share: 0 },
    ]);
  });
});

describe("quota excess (calibration.md §1)", () => {
  it("is count − floor(maxShare × n) for each band over its share inside the group", () => {
    // 甲分行: 5 优秀 of 5 with maxShare 0.2 → floor(1) = 1 may stay, 4 must leave.
    const bank = ranked([
      ["甲分行", 96, 94, 95, 97, 93],
      ["乙分行", 85, 85, 82, 81, 70],
    ]);
    expect(statsOf(bank, "甲分行").excess).toEqual({ 优秀: 4 });
    // 乙分行: 4 良好 of 5, maxShare 0.5 → floor(2.5) = 2, 2 must leave; no 优秀.
    expect(statsOf(bank, "乙分行").excess).toEqual({ 良好: 2 });
  });

  it.each([
    // maxShare, n, count in band, excess — floor(0.29 × 100) is 29, though binary says 28.999999999999996
    [0.29, 100, 29, 0],
    [0.29, 100, 30, 1],
    [0.57, 100, 57, 0],
    [0.2, 4, 1, 1], // floor(0.8) = 0: one 优秀 in a group of 4 is one too many
    [0.2, 5, 1, 0],
  ])("maxShare %d, n %d, %d in the band → %d to move", (maxShare, n, count, excess) => {
    const result = quotaExcess(new Map([["优秀", count]]), n, [
      { label: "优秀", min: 90, maxShare },
      { label: "其他", min: 0 },
    ]);
    expect(result).toEqual(excess > 0 ? { 优秀: excess } : {});
  });

  it("reports nothing for bands without a maxShare", () => {
    expect(quotaExcess(new Map([["合格", 50]]), 50, grades)).toEqual({});
  });
});

describe("normalisation (calibration.md §1 --normalize)", () => {
  const opts = { bands: grades, precision: 2, method: "dense" as RankMethod, settings };
  const byId = (rows: ReturnType<typeof normalise>) => new Map(rows.map((row) => [row.id, row]));

  it("maps each group onto the bank's mean and spread: c = M + (x − mean_g) × S / sd_g", () => {
    const rows = ranked([
      ["甲", 96, 94, 95, 97, 93],
      ["乙", 70, 72, 68, 71, 69],
    ]);
    const all = rows.map((r) => r.row.composite as number);
    const M = 82.5;
    const S = stdevP(all);
    const out = byId(normalise(rows, opts));
    // 甲's best (97) is mean + 2/√2 sd of its group; c = M + 2 × S / √2, rounded to 2 places.
    const expected = Math.round((M + (2 * S) / Math.SQRT2) * 100) / 100;
    expect(out.get("G0-03")!.calibrated).toBe(expected);
    // Both groups become alike: 乙's best (72) lands where 甲's best does.
    expect(out.get("G1-01")!.calibrated).toBe(expected);
  });

  it("gives every row of a zero-spread group the bank mean M, and keeps a too-small group's values", () => {
    const rows = ranked([
      ["等", 85, 85, 85, 85, 85],
      ["散", 60, 70, 80, 90, 100],
      ["小", 99, 40],
    ]);
    const M = Math.round(((85 * 5 + 400 + 139) / 12) * 100) / 100; // 80.33
    const out = byId(normalise(rows, opts));
    for (let k = 0; k < 5; k++) expect(out.get(`G0-0${k}`)!.calibrated).toBe(M);
    expect(out.get("G2-00")!.calibrated).toBe(99);
    expect(out.get("G2-01")!.calibrated).toBe(40);
  });

  it("keeps a vetoed row at 0 and the lowest grade, while its 0 counts in the statistics", () => {
    const rows = ranked([
      ["甲", 5, 90, 92, 94, 96],
      ["乙", 80, 82, 84, 86, 88],
    ]);
    const out = byId(normalise(rows, opts));
    const vetoed = out.get("G0-00")!;
    expect(vetoed.composite).toBe(0);
    expect(vetoed.calibrated).toBe(0);
    expect(vetoed.calibratedGrade).toBe("不合格");
    // The vetoed 0 pulls 甲's mean to 74.4: its 90 sits above its mean.
    expect(out.get("G0-01")!.calibrated).toBeGreaterThan(out.get("G1-00")!.calibrated);
  });

  it("floors a calibrated composite at 0", () => {
    // 紧's 90 is three of its sds below its mean; the bank's sd is 42.6: M − 3S is below 0.
    const rows = ranked([
      ["紧", 90, 100, 100, 100, 100, 100, 100, 100, 100, 100],
      ["宽", 10, 10, 10, 10, 10, 10, 100],
    ]);
    const out = byId(normalise(rows, opts));
    expect(out.get("G0-00")!.calibrated).toBe(0);
    expect(Object.is(out.get("G0-00")!.calibrated, -0)).toBe(false);
  });

  it.each(["dense", "competition", "average"] as RankMethod[])(
    "ranks ties after calibration alike (%s) and orders them by id",
    (method) => {
      // The same shape shifted by 20: each 乙 row calibrates onto its 甲 twin.
      const rows = ranked(
        [
          ["甲", 60, 70, 80, 70, 70],
          ["乙", 80, 90, 100, 90, 90],
        ],
        method
      );
      const out = normalise(rows, { ...opts, method });
      const twins = [out.find((r) => r.id === "G0-02")!, out.find((r) => r.id === "G1-02")!];
      expect(twins[0].calibrated).toBe(twins[1].calibrated);
      expect(twins[0].calibratedRank.overall).toBe(twins[1].calibratedRank.overall);
      expect(out[0].id).toBe("G0-02");
      expect(out[1].id).toBe("G1-02");
      expect(out[0].calibratedRank.overall).toBe(method === "average" ? 1.5 : 1);
      // Then six rows tie at 3rd–8th: 5.5 on average.
      expect(out[2].calibratedRank.overall).toBe(
        method === "average" ? 5.5 : method === "dense" ? 2 : 3
      );
    }
  );

  it("ranks in three scopes on c and reports Δrank = published − calibrated", () => {
    const rows = ranked([
      ["甲", 96, 94, 95, 97, 93],
      ["乙", 70, 72, 68, 71, 69],
    ]);
    const out = byId(normalise(rows, opts));
    const harshBest = out.get("G1-01")!; // 72: 6th published, tied 1st calibrated
    expect(harshBest.rank.overall).toBe(6);
    expect(harshBest.calibratedRank.overall).toBe(1);
    expect(harshBest.calibratedRank.post).toBe(1);
    expect(harshBest.calibratedRank.branch).toBe(1);
    expect(harshBest.deltaRank).toBe(5);
    expect(harshBest.grade).toBe("合格");
    expect(harshBest.calibratedGrade).toBe(out.get("G0-03")!.calibratedGrade);
  });

  it("returns nothing for no rows", () => {
    expect(normalise([], opts)).toEqual([]);
  });

  it("law: every c is ≥ 0, at the precision; too-small rows keep x; vetoed rows 0; ranks follow c", () => {
    const group = fc.constantFrom("A", "B", "C", "D");
    const value = fc.integer({ min: 0, max: 10000 }).map((v) => v / 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(group, value), { minLength: 1, maxLength: 60 }), (pairs) => {
        const byGroup = new Map<string, number[]>();
        for (const [g, v] of pairs) byGroup.set(g, [...(byGroup.get(g) ?? []), v]);
        const rows = ranked(
          [...byGroup].map(([g, values]) => [g, ...values] as [string, ...number[]])
        );
        const out = normalise(rows, opts);
        expect(out).toHaveLength(rows.length);
        const small = new Set([...byGroup].filter(([, v]) => v.length < 5).map(([g]) => g));
        for (const row of out) {
          expect(row.calibrated).toBeGreaterThanOrEqual(0);
          expect(Math.round(row.calibrated * 100) / 100).toBe(row.calibrated);
          if (row.row.veto) expect(row.calibrated).toBe(0);
          else if (small.has(row.group)) expect(row.calibrated).toBe(row.composite);
        }
        for (let k = 1; k < out.length; k++) {
          expect(out[k - 1].calibrated).toBeGreaterThanOrEqual(out[k].calibrated);
          if (out[k - 1].calibrated > out[k].calibrated)
            expect(out[k - 1].calibratedRank.overall).toBeLessThan(out[k].calibratedRank.overall);
        }
      })
    );
  });
});

describe("calibration settings", () => {
  it("defaults to a gap of 5 and groups of at least 5", () => {
    expect(calibrationSettings({})).toEqual({ gap: 5, minGroup: 5 });
    expect(calibrationSettings({ calibration: { gap: 3 } })).toEqual({ gap: 3, minGroup: 5 });
  });
});
