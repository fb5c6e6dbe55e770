import fc from "fast-check";
import { alignNumberHeaders, sheetOf } from "../../src/workbook/number-headers";
import type { OutCell, SheetSpec } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

const head = (value: string): OutCell => ({ value, bold: true, fill: "DDEBF7" });
const spec = (rows: OutCell[][], columns?: SheetSpec["columns"]): SheetSpec => ({
  name: "提交情况",
  rows,
  columns,
  provenance: { kind: "status" },
});
const aligned = (s: SheetSpec, r: number) => s.rows[r].map((cell) => cell?.align ?? "");

describe("alignNumberHeaders: each number under its own header", () => {
  it("right-aligns the header of a column of numbers, not of text or of a mixed column", () => {
    const s = alignNumberHeaders(
      spec([
        [{ value: "提交情况（2025Q4）", bold: true, size: 14 }],
        [head("文件"), head("行数"), head("接收行数"), head("错误行数"), head("说明")],
        [
          { value: "北京分行.xlsx" },
          { value: 3 },
          { value: 3 },
          { value: 0 },
          { value: "已接收 3 行" },
        ],
        [
          { value: "深圳分行.xlsx" },
          { value: 0 },
          { value: "—" },
          { value: null },
          { value: "不是 .xlsx 工作簿" },
        ],
      ])
    );
    expect(aligned(s, 1)).toEqual(["", "right", "", "right", ""]);
    expect(s.rows[0][0].align).toBeUndefined();
  });

  it("takes each table of a sheet on its own: a column ends at a blank row or the next header", () => {
    const s = alignNumberHeaders(
      spec(
        [
          [head("等级"), head("人数")],
          [{ value: "优秀" }, { value: 11 }],
          [],
          [{ value: "说明" }, { value: "文本" }],
          [head("机构"), head("名次")],
          [{ value: "北京分行" }, { value: { formula: "RANK(B6,B:B)", result: null } }],
        ],
        [{}, { format: "0" }]
      )
    );
    expect(aligned(s, 0)).toEqual(["", "right"]);
    expect(aligned(s, 4)).toEqual(["", "right"]);
  });

  it("counts dates and numeric formulas as numbers, a text-formatted formula as text", () => {
    const s = alignNumberHeaders(
      spec([
        [head("日期"), head("综合得分"), head("逾期")],
        [
          { value: { date: 46000 } },
          { value: { formula: "B1*2", result: 88.5 } },
          { value: { formula: 'IF(A1,"是","否")', result: "否" } },
        ],
      ])
    );
    expect(aligned(s, 0)).toEqual(["right", "right", ""]);
  });

  it("leaves a sheet with no header row as it was, and writes the alignment into the .xlsx", async () => {
    const plain = spec([[{ value: "a" }, { value: 1 }]]);
    expect(alignNumberHeaders(plain).rows).toEqual([[{ value: "a" }, { value: 1 }]]);
    const book = XlsxWorkbook.empty();
    await book.write([
      spec([
        [head("文件"), head("行数")],
        [{ value: "x" }, { value: 3 }],
      ]),
    ]);
    const bytes = await book.toBuffer();
    const { unzipSync, strFromU8 } = await import("fflate");
    const styles = strFromU8(unzipSync(bytes)["xl/styles.xml"]);
    expect(styles).toContain('<alignment horizontal="right"/>');
    expect(sheetOf({ name: "x", make: () => plain }).rows).toEqual(plain.rows);
  });

  it("aligns exactly the headers whose column, read cell by cell down its table, holds only numbers (property)", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom("文本", "—"),
      fc.constant({ date: 46000 }),
      fc.constant({ formula: "A1", result: null })
    );
    const row = fc.oneof(
      fc.array(
        value.map((v): OutCell => ({ value: v })),
        { maxLength: 5 }
      ),
      fc.integer({ min: 1, max: 5 }).map((n) => Array.from({ length: n }, () => head("标题")))
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.boolean(), (rows, formatted) => {
        const columns = formatted ? [{ format: "0" }, {}, { format: "@" }] : undefined;
        const isHeader = (cells: OutCell[]) =>
          cells.filter((cell) => cell.value !== null).length >= 2 &&
          cells.every((cell) => cell.value === null || (cell.bold && cell.fill));
        // The rule, one column at a time: down to the next header or the first row with nothing in it.
        const expected = rows.map((cells, r) => {
          if (!isHeader(cells)) return cells.map(() => "");
          let end = r + 1;
          while (
            end < rows.length &&
            !isHeader(rows[end]) &&
            rows[end].some((c) => c.value !== null)
          )
            end++;
          return cells.map((_, c) => {
            const below = rows.slice(r + 1, end).map((cells) => cells[c]);
            const filled = below.filter((cell) => cell && cell.value !== null);
            const number = (cell: OutCell) => {
              const v = cell.value;
              if (typeof v === "number") return true;
              if (v === null || typeof v !== "object") return false;
              if ("date" in v) return true;
              const format = cell.format ?? columns?.[c]?.format;
              return v.result === null && format !== undefined && format !== "@";
            };
            return filled.length > 0 && filled.every((cell) => number(cell as OutCell))
              ? "right"
              : "";
          });
        });
        const s = alignNumberHeaders(
          spec(
            rows.map((cells) => [...cells]),
            columns
          )
        );
        expect(s.rows.map((_, r) => aligned(s, r))).toEqual(expected);
      })
    );
  });
});

describe("sheetOf: within Excel's limits", () => {
  it("makes no row taller than Excel's 409 points, and leaves every other height as it was", () => {
    const rows = [[{ value: "a" }], [{ value: "b" }], [{ value: "c" }]];
    const spec = sheetOf({
      name: "表",
      rows,
      rowHeights: { 0: 30, 1: 409, 2: 1_280 },
      provenance: { kind: "status" },
    });
    expect(spec.rowHeights).toEqual({ 0: 30, 1: 409, 2: 409 });
  });
});
