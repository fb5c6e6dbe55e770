import fc from "fast-check";
import type { RowResult } from "../../../src/core/assess/assess";
import {
  eachWho,
  WHO_COLUMN,
  whoWidths,
  whoWraps,
} from "../../../src/jobs/assessment/ranking-columns";
import { shownWidth, wrappedLines } from "../../../src/jobs/shared/print-layout";

const row = (who: Partial<RowResult>): RowResult => ({
  id: "E001",
  postText: "柜员",
  post: { id: "teller", name: "柜员" },
  values: [],
  scores: [],
  dimensions: [],
  bonus: null,
  composite: 90,
  veto: null,
  rank: null,
  grade: null,
  ...who,
});

/** The rules as stated, every value measured: the widest value of each who column up to 16, and wrapping. */
function naiveWidths(rows: RowResult[], base: number[]) {
  const widths = [...base];
  for (const r of rows)
    eachWho(r, (value, c) => {
      if (value !== undefined) widths[c] = Math.max(widths[c], shownWidth(value, undefined));
    });
  const capped = widths.slice(WHO_COLUMN.branch, WHO_COLUMN.post + 1).some((w) => w > 16);
  return { widths: widths.map((w, c) => (c >= 1 && c <= 5 ? Math.min(w, 16) : w)), capped };
}
function naiveWraps(r: RowResult, widths: readonly number[]): boolean {
  let wraps = false;
  eachWho(r, (value, c) => {
    if (value !== undefined && wrappedLines(value, widths[c] - 1) > 1) wraps = true;
  });
  return wraps;
}

const text = fc
  .array(fc.constantFrom(..."E0-支行营业部第 \nAb", "第002支行-E00052", "福田支行"), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));
const who = fc.record({
  branch: fc.option(text, { nil: undefined }),
  department: fc.option(text, { nil: undefined }),
  id: text,
  name: fc.option(text, { nil: undefined }),
  postText: text,
});
const BASE = [6, 10, 10, 10, 8, 10];

describe("ranking-columns: the who columns' widths and wrapping, measured no more than needed", () => {
  it("gives the widths, the cap and each row's wrapping that measuring every value gives", () => {
    fc.assert(
      fc.property(fc.array(who, { maxLength: 30 }), (people) => {
        const rows = people.map((w) => row({ ...w, post: null }));
        const found = whoWidths(rows, BASE);
        expect(found).toEqual(naiveWidths(rows, BASE));
        for (const r of rows) expect(whoWraps(r, found.widths)).toBe(naiveWraps(r, found.widths));
      }),
      { numRuns: 500 }
    );
  });

  it("wraps a short name typed over two lines, which no width holds on one", () => {
    expect(whoWraps(row({ name: "张\n三" }), [6, 16, 16, 16, 16, 16])).toBe(true);
    expect(whoWraps(row({ name: "张三" }), [6, 16, 16, 16, 16, 16])).toBe(false);
  });
});
