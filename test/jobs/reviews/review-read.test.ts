import { formValue, relationOf } from "../../../src/jobs/reviews/review-read";
import type { Cell } from "../../../src/workbook/port";

const number = (value: number): Cell => ({ kind: "number", value });
const text = (value: string): Cell => ({ kind: "text", value });

describe("a returned form's cells (reviews.md §3)", () => {
  it.each([
    ["0", number(0), 0],
    ["100", number(100), 100],
    ["87.5", number(87.5), 87.5],
    ["101: above the scale", number(101), "bad"],
    ["-1: below it", number(-1), "bad"],
    ["a text value 九十", text("九十"), "bad"],
    ["a number typed as text 95", text("95"), "bad"],
    ["blank: not rated", { kind: "empty" } as Cell, null],
    ["spaces: not rated", text("  "), null],
    ["nothing there", undefined, null],
  ] as const)("%s", (_, cell, expected) => {
    expect(formValue(cell)).toBe(expected);
  });

  it.each([
    ["上级", "superior"],
    ["同事", "peer"],
    ["下级", "subordinate"],
    ["本人", "self"],
    ["领导", null],
    ["", null],
  ] as const)("评价关系 %s", (label, type) => {
    expect(relationOf(label)).toBe(type);
  });
});
