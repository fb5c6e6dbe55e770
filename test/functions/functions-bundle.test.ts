import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { DIST, ensureProductionBuild } from "../support/built-functions";
import {
  cell,
  installCustomFunctionsStub,
  makeCustomFunctionsStub,
} from "../support/custom-functions-stub";

installCustomFunctionsStub();
const units =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

type Fn = (...args: unknown[]) => unknown;

/** For every function id: the unit under test and sample arguments that exercise it (errors included). */
const SAMPLES: Record<string, [Fn, unknown[][]]> = {
  NPLRATIO: [
    units.nplRatio as Fn,
    [
      [150, 10000],
      [-1, 0],
      ["x", 1],
    ],
  ],
  PROVISIONCOVERAGE: [
    units.provisionCoverage as Fn,
    [
      [300, 200],
      [1, 0],
    ],
  ],
  LOANPROVISIONRATIO: [units.loanProvisionRatio as Fn, [[250, 10000]]],
  CAR: [
    units.car as Fn,
    [
      [1200, 100, 9000, 10, 6],
      [1200, 100, 9000, 10, null],
    ],
  ],
  GROWTH: [
    units.growth as Fn,
    [
      [92, 87],
      [-50, -100],
      [1, 0],
    ],
  ],
  LOANYIELD: [units.loanYield as Fn, [[480, 10000]]],
  FEESHARE: [units.feeShare as Fn, [[30, 200]]],
  MIX: [
    units.mix as Fn,
    [
      [
        [
          [40, 30],
          [null, 30],
        ],
      ],
      [[[1, "x"]]],
    ],
  ],
  COMPLAINTRATE: [
    units.complaintRate as Fn,
    [
      [3, 20000, 10000],
      [3, 20000, null],
    ],
  ],
  ERRORRATE: [units.errorRate as Fn, [[8, 10000]]],
  RISKLOSSRATE: [units.riskLossRate as Fn, [[5, 1000]]],
  EXECRATE: [
    units.execRate as Fn,
    [
      [99, 100],
      [101, 100],
    ],
  ],
  IDACCURACY: [units.idAccuracy as Fn, [[45, 50]]],
  "ASSESS.RATIO": [
    units.assessRatio as Fn,
    [
      [3, 2, "lower", 1.2, null],
      [0.08, 0.1, null, null, null],
    ],
  ],
  "ASSESS.EFFICACY": [units.assessEfficacy as Fn, [[0.02, 0.03, 0.01, null, null]]],
  "ASSESS.LINEAR": [
    units.assessLinear as Fn,
    [
      [
        0.3,
        [
          [0, 0],
          [0.2, 60],
          [0.4, 100],
        ],
      ],
    ],
  ],
  "ASSESS.DEDUCT": [
    units.assessDeduct as Fn,
    [
      [3, 5, null, null],
      [1.5, 5, null, null],
    ],
  ],
  "ASSESS.WEIGHTED": [
    units.assessWeighted as Fn,
    [
      [[[90, 80]], [[60, 40]]],
      [[[90, null]], [[60, 40]]],
    ],
  ],
  "ASSESS.POSTWEIGHTED": [
    units.assessPostWeighted as Fn,
    [
      [
        [[90, 80]],
        [["甲", "乙"]],
        [
          ["岗", "甲", 60],
          ["岗", "乙", 40],
        ],
        "岗",
      ],
    ],
  ],
  "ASSESS.RANK": [
    units.assessRank as Fn,
    [
      [90, [[95], [90], [90], [80]], null, null],
      [85, [[95]], null, null],
    ],
  ],
  "ASSESS.RANKS": [
    units.assessRanks as Fn,
    [[[[95], [90], ["x"], [90], [80]], null, "competition"]],
  ],
  "ASSESS.GRADE": [
    units.assessGrade as Fn,
    [
      [85, null],
      [
        75,
        [
          ["A", 80],
          ["B", 0],
        ],
      ],
    ],
  ],
  WORKDAYS: [
    units.workdays as Fn,
    [
      [45926, 45942],
      [46386, 46391],
      [46386, 46391, [[null]]],
      [
        46412,
        46438,
        [
          [46424, "休"],
          ["2027-02-20", "班"],
        ],
      ],
    ],
  ],
  WORKDAY: [
    units.workday as Fn,
    [
      [45930, 1],
      // 2026-12-28 + 15: #N/A without an arrangement; the statutory days off with one; a bad row.
      [46384, 15],
      [46384, 15, [[45939]]],
      [46412, 15, [["2027-02-05"], ["2027-02-30"]]],
    ],
  ],
};

describe("the production dist/functions.js in a bare JavaScript context", () => {
  const stub = makeCustomFunctionsStub();
  let metadata: { functions: { id: string; name: string; parameters: unknown[] }[] };

  beforeAll(() => {
    ensureProductionBuild();
    metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8"));
    // No window, no document, no Office: only what Excel's JavaScript-only runtime would have.
    const context = vm.createContext({ CustomFunctions: stub.runtime, console });
    vm.runInContext(readFileSync(path.join(DIST, "functions.js"), "utf8"), context, {
      filename: "functions.js",
    });
  });

  it("registers every id of dist/functions.json, and nothing else", () => {
    const ids = metadata.functions.map((fn) => fn.id).sort();
    expect([...stub.registered.keys()].sort()).toEqual(ids);
    expect(ids.length).toBe(24);
  });

  it("has a sample for every function (a new function must be added here)", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it("gives the same answers as the units under test, errors included", () => {
    for (const [id, [unit, calls]] of Object.entries(SAMPLES)) {
      const bundled = stub.registered.get(id) as Fn;
      for (const args of calls) {
        expect([id, args, cell(() => bundled(...args))]).toEqual([
          id,
          args,
          cell(() => unit(...args)),
        ]);
      }
    }
  });
});
