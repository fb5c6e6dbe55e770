import fc from "fast-check";
import { valuesCopy } from "../../../src/jobs/shared/values-copy";
import { contentWidths, headerWidths, printedWidth } from "../../../src/jobs/shared/print-layout";
import { wrappedRowHeight } from "../../../src/jobs/shared/table-rows";
import type { Cell, Grid } from "../../../src/workbook/port";

const text = (value: string): Cell => ({ kind: "text", value });
const number = (value: number, format?: string): Cell => ({ kind: "number", value, format });
const EMPTY: Cell = { kind: "empty" };

/** A score sheet as read: title, note, header, then the data rows. */
const grid = (header: string[], data: Cell[][]): Grid => ({
  name: "评分表",
  rows: [[text("2025年第四季度 评分表")], [text("说明")], header.map(text), ...data],
});

describe("valuesCopy: the score sheet as values, printed as it was", () => {
  it("shares one cell per value and format within a column, never across columns", () => {
    const copy = valuesCopy(
      grid(
        ["机构", "姓名", "得分"],
        [
          [text("北京分行"), text("北京分行"), number(90, "0.00")],
          [text("北京分行"), text("张三"), number(90, "0.00")],
          [text("上海分行"), text("张三"), number(90, "0%")],
        ]
      ),
      { kind: "scores" }
    );
    const [first, second, third] = copy.rows.slice(3);
    expect(first[0]).toBe(second[0]);
    expect(second[1]).toBe(third[1]);
    expect(first[2]).toBe(second[2]);
    // The same text in another column, the same number in another format: cells of their own.
    expect(first[1]).not.toBe(first[0]);
    expect(third[2]).not.toBe(second[2]);
    expect(third[2]).toEqual({ value: 90, format: "0%" });
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it("stops sharing a column whose values hardly repeat (工号), and measures and wraps it the same", () => {
    const long = "总行营业部运营管理部（集中作业中心）远程授权岗位";
    const data = Array.from({ length: 3000 }, (_, k) => [
      text(k === 2500 ? long : `E${String(k).padStart(6, "0")}`),
      text(k % 2 ? "北京分行" : "上海分行"),
      number(k === 2999 ? 123456789.5 : k / 10, "0.00"),
    ]);
    const copy = valuesCopy(grid(["工号", "机构", "金额"], data), { kind: "scores" });
    const rows = copy.rows.slice(3);
    expect(Object.isFrozen(rows[10][0])).toBe(true);
    expect(Object.isFrozen(rows[2000][0])).toBe(false);
    expect(rows[2000][1]).toBe(rows[0][1]);
    expect(rows[2999][2]).toEqual({ value: 123456789.5, format: "0.00" });
    const measured = contentWidths(rows, 8, 24);
    expect(copy.columns!.map((column) => column.width)).toEqual(
      headerWidths(["工号", "机构", "金额"], measured, { lines: 6, max: 14 })
    );
    expect(measured).toEqual([24, 11, 16]);
    expect(rows[2500][0]).toMatchObject({ value: long, wrap: true });
    expect(copy.rowHeights![3 + 2500]).toBeGreaterThan(15);
  });

  it("keeps 0 and -0 apart (a Map takes them for one key)", () => {
    const copy = valuesCopy(grid(["a", "b"], [[number(0), number(-0)]]), { kind: "scores" });
    expect(Object.is(copy.rows[3][1].value, -0)).toBe(true);
    expect(Object.is(copy.rows[3][0].value, 0)).toBe(true);
  });

  it("wraps a text wider than its column, and only that, and makes its row as tall as it needs", () => {
    const long = "总行营业部运营管理部（集中作业中心）远程授权岗位负责人";
    const copy = valuesCopy(
      grid(
        ["机构", "姓名"],
        [
          [text("北京分行"), text("张三")],
          [text(long), text("李四")],
        ]
      ),
      { kind: "scores" }
    );
    const widths = copy.columns!.map((column) => column.width as number);
    expect(widths[0]).toBe(24);
    expect(copy.rows[4][0]).toMatchObject({ value: long, wrap: true });
    expect(copy.rows[3][0].wrap).toBeUndefined();
    expect(copy.rowHeights![4]).toBeGreaterThan(15);
    // The tall row's other values are centred with it (alignTallRows).
    expect(copy.rows[4][1]).toMatchObject({ value: "李四", wrap: true });
    expect(copy.rowHeights![3]).toBeUndefined();
  });

  it("wraps a text that leaves less than a character's margin in its widest column (23.9 in 24)", () => {
    const edge = `${"a".repeat(20)}ABC`;
    const fits = `${"a".repeat(20)}AB`;
    const copy = valuesCopy(grid(["备注"], [[text(edge)], [text(fits)]]), { kind: "scores" });
    expect(copy.columns![0].width).toBe(24);
    expect(copy.rows[3][0].wrap).toBe(true);
    expect(copy.rows[4][0].wrap).toBeUndefined();
  });

  // The law the copy keeps: each column as wide as `contentWidths` measures its copied values (8 to 24),
  // widened for its header; a text cell wraps where it is wider than its column, and a row with one is as
  // tall as `wrappedRowHeight` says. Checked on random sheets of repeated and distinct values.
  it("measures and wraps as contentWidths, headerWidths and printedWidth say, on any sheet", () => {
    const value = fc.oneof(
      fc.constant(EMPTY),
      fc.constantFrom("北京分行", "张三", "柜员", "营业部主任", "x").map(text),
      fc.string({ maxLength: 40 }).map(text),
      fc
        .array(fc.constantFrom("运", "营", "管", "理", "部", " ", "A", "1"), { maxLength: 30 })
        .map((chars) => text(chars.join(""))),
      fc
        .tuple(
          fc.oneof(
            fc.integer({ min: -1e6, max: 1e6 }),
            fc.double({ noNaN: true, min: -1e9, max: 1e9 })
          ),
          fc.constantFrom(undefined, "0.00", "0%", "#,##0.00", "General")
        )
        .map(([n, format]) => number(n, format)),
      fc.constantFrom<Cell>(
        { kind: "date", value: 45000 },
        { kind: "boolean", value: true },
        { kind: "error", value: "#N/A" }
      )
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(value, { maxLength: 7 }), { maxLength: 25 }),
        (header, data) => {
          const copy = valuesCopy(grid(header, data), { kind: "scores" });
          const rows = copy.rows.slice(3);
          const measured = contentWidths(rows, 8, 24);
          while (measured.length < header.length) measured.push(8);
          const fitted = headerWidths(header, measured, { lines: 6, max: 14 });
          expect(copy.columns!.map((column) => column.width)).toEqual(fitted);
          rows.forEach((cells, k) => {
            const r = k + 3;
            const wide = cells.map(
              (cell, c) =>
                typeof cell.value === "string" && printedWidth(cell.value) > fitted[c] - 1
            );
            const height = wide.some(Boolean)
              ? wrappedRowHeight(
                  cells.map((cell, c) => ({ value: cell.value, wrap: wide[c] })),
                  fitted,
                  8
                )
              : 15;
            expect(copy.rowHeights?.[r]).toBe(height > 15 ? height : undefined);
            const tall = height > 16;
            cells.forEach((cell, c) =>
              expect(Boolean(cell.wrap)).toBe(wide[c] || (tall && cell.value !== null))
            );
          });
        }
      ),
      { numRuns: 300 }
    );
  });
});
