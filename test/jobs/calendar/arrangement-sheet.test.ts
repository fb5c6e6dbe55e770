import { serialOf } from "../../../src/core/calendar/official-calendar";
import { arrangementDaySchema } from "../../../src/core/calendar/arrangement";
import { formatMessage } from "../../../src/core/i18n/messages";
import { issueText, type Issue } from "../../../src/jobs/shared/issue";
import {
  ARRANGEMENT_SHEET,
  arrangementSheetSpec,
  readArrangementSheet,
} from "../../../src/jobs/calendar/arrangement-sheet";
import type { Cell } from "../../../src/workbook/port";
import { typedGrid, type Typed } from "../../support/typed-grid";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const grid = (rows: readonly (readonly Typed[])[]) => typedGrid(ARRANGEMENT_SHEET, rows);

const HEADER = ["日期", "类型", "说明"];
const brief = (issues: Issue[]) => issues.map((i) => [i.key, i.cell]);

describe("a 放假安排 sheet read whoever made it", () => {
  it("finds the headers in the first row, and under a title and instructions", () => {
    for (const above of [[], [["2027 年放假安排"], ["按国务院办公厅通知填写……"]]]) {
      const first = above.length + 2;
      const read = readArrangementSheet(
        grid([...above, HEADER, [{ date: "2027-01-01" }, "休", "元旦"]])
      );
      expect(read).toEqual({
        days: [{ date: "2027-01-01", kind: "off", note: "元旦", source: `放假安排!A${first}` }],
        issues: [],
      });
    }
  });

  it("takes English and full-width headers in any order, and the type words in any case", () => {
    const read = readArrangementSheet(
      grid([
        [" NOTE ", "Ｄａｔｅ", "type"],
        ["New Year", "2027-01-01", "OFF"],
        [null, "2027/2/20", "Work"],
        ["", "2027-02-21", "上班"],
        ["国庆节", "2027-10-01", "休息"],
      ])
    );
    expect(read.issues).toEqual([]);
    expect(read.days.map(({ date, kind, note, source }) => [date, kind, note, source])).toEqual([
      ["2027-01-01", "off", "New Year", "放假安排!B2"],
      ["2027-02-20", "work", undefined, "放假安排!B3"],
      ["2027-02-21", "work", undefined, "放假安排!B4"],
      ["2027-10-01", "off", "国庆节", "放假安排!B5"],
    ]);
    for (const day of read.days) expect(arrangementDaySchema.parse(day)).toEqual(day);
  });

  it("reads dates as date cells, serial numbers and text, in date order", () => {
    const read = readArrangementSheet(
      grid([
        HEADER,
        [{ date: "2027-02-06" }, "休", "春节"],
        [serialOf("2027-02-07"), "休", "春节"],
        ["2027年2月8日", "休", "春节"],
        ["２０２７／２／９", "休", "春节"],
        ["2027.1.1", "休", "元旦"],
      ])
    );
    expect(read.issues).toEqual([]);
    expect(read.days.map((d) => d.date)).toEqual([
      "2027-01-01",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
    ]);
  });

  it("never reads the example row (its 说明 or its date starting with 示例), nor blank rows", () => {
    const read = readArrangementSheet(
      grid([
        HEADER,
        [{ date: "2027-01-01" }, "休", "示例：元旦（此行不会被读取）"],
        ["示例", "班", null],
        [{ date: "2027-01-01" }, "休", "Example: New Year's Day"],
        [null, null, null],
        [{ date: "2027-01-02" }, "休", "元旦"],
      ])
    );
    expect(read).toEqual({
      days: [{ date: "2027-01-02", kind: "off", note: "元旦", source: "放假安排!A6" }],
      issues: [],
    });
  });

  it("names the cell of a date that does not exist, a type not of the words, a blank date or type", () => {
    const read = readArrangementSheet(
      grid([
        ["放假安排"],
        HEADER,
        ["2027-02-29", "休", null],
        [{ date: "2027-05-01" }, "放", null],
        [{ date: "2027-05-02" }, null, "劳动节"],
        [null, "班", "劳动节调休"],
        [2027, "休", null],
        [true, "休", null],
        [{ date: "2027-05-03" }, "休", null],
      ])
    );
    expect(brief(read.issues)).toEqual([
      ["arrangement.badDate", "放假安排!A3"],
      ["arrangement.badKind", "放假安排!B4"],
      ["arrangement.required", "放假安排!B5"],
      ["arrangement.required", "放假安排!A6"],
      ["arrangement.badDate", "放假安排!A7"],
      ["arrangement.badDate", "放假安排!A8"],
    ]);
    expect(read.issues.every((i) => i.severity === "error")).toBe(true);
    expect(read.issues.map((i) => i.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(issueText(read.issues[0], "zh-CN")).toBe(
      "放假安排!A3：日期「2027-02-29」无效：请填写 2000–2099 年间实际存在的日期，如 2027-01-01、2027/1/1 或 2027年1月1日。"
    );
    expect(issueText(read.issues[1], "en-US")).toMatch(
      /^放假安排!B4: The type "放" is not valid\. A day off is 休/
    );
    expect(issueText(read.issues[2], "zh-CN")).toContain("「类型」须填写");
    expect(issueText(read.issues[4], "zh-CN")).toContain("日期「2027」无效");
    expect(read.days.map((d) => d.date)).toEqual(["2027-05-03"]);
  });

  it("keeps a date given twice with one type once; with two types, neither, naming both cells", () => {
    const read = readArrangementSheet(
      grid([
        HEADER,
        [{ date: "2027-10-01" }, "休", null],
        [{ date: "2027-10-02" }, "休", "国庆节"],
        ["2027/10/2", "休", null],
        ["2027-10-01", "班", null],
      ])
    );
    expect(read.days).toEqual([
      { date: "2027-10-02", kind: "off", note: "国庆节", source: "放假安排!A3" },
    ]);
    expect(brief(read.issues)).toEqual([["arrangement.conflict", "放假安排!A5"]]);
    expect(issueText(read.issues[0], "zh-CN")).toContain(
      "2027-10-01 填了两次且类型不同：放假安排!A2 为「休」，放假安排!A5 为「班」。"
    );
  });

  it("says which headers are missing", () => {
    const read = readArrangementSheet(
      grid([
        ["日期", "说明"],
        [{ date: "2027-01-01" }, "元旦"],
      ])
    );
    expect(read.days).toEqual([]);
    expect(read.issues).toEqual([
      expect.objectContaining({
        key: "arrangement.missingHeaders",
        severity: "error",
        params: { sheet: "放假安排", missing: ["日期", "类型"] },
      }),
    ]);
    expect(issueText(read.issues[0], "zh-CN")).toContain("「放假安排」找不到表头（日期、类型）");
  });

  it("in a file given on the command line, names places as Excel refers to another file's cells", () => {
    const read = readArrangementSheet(
      grid([HEADER, ["2027-01-01", "休", null], ["2027-02-30", "休", null]]),
      "2027.xlsx"
    );
    expect(read.days[0].source).toBe("'[2027.xlsx]放假安排'!A2");
    expect(brief(read.issues)).toEqual([["arrangement.badDate", "'[2027.xlsx]放假安排'!A3"]]);
  });
});

describe("the generated 放假安排 sheet", () => {
  it("has a title, the instructions, the headers, a grey example, a 休/班 drop-down and date checks", () => {
    const spec = arrangementSheetSpec({ year: 2027 });
    expect(spec.name).toBe("放假安排");
    expect(spec.provenance.kind).toBe("arrangement");
    expect(spec.rows[0][0]).toEqual(
      expect.objectContaining({ value: "2027 年放假安排", bold: true })
    );
    const help = String(spec.rows[1][0].value);
    expect(help).toContain("国务院办公厅关于2027年部分节假日安排的通知");
    expect(help).toContain("11 月");
    expect(help).toContain("「休」");
    expect(help).toContain("「班」");
    expect(spec.rows[2].map((c) => c.value)).toEqual(["日期", "类型", "说明"]);
    expect(spec.rows[3].map((c) => c.value)).toEqual([
      { date: serialOf("2027-01-01") },
      "休",
      "示例：元旦（此行不会被读取）",
    ]);
    expect(spec.rows[3].every((c) => c.fill === "F2F2F2")).toBe(true);
    expect(spec.rows.length).toBeGreaterThanOrEqual(4 + 40);
    expect(spec.columns?.[0].format).toBe("yyyy-mm-dd");
    expect(spec.validations).toEqual([
      expect.objectContaining({ kind: "decimal", range: "A4:A54", min: serialOf("2000-01-01") }),
      expect.objectContaining({ kind: "list", range: "B4:B54", values: ["休", "班"] }),
    ]);
    expect(spec.merges).toEqual(["A1:C1", "A2:C2"]);
    expect(spec.freeze).toEqual({ rows: 3, columns: 0 });
    expect(spec.print).toEqual(
      expect.objectContaining({ orientation: "portrait", fitToWidth: true, repeatRows: "1:3" })
    );
    // Read as it is, the generated sheet has no day and nothing wrong.
    const rows = spec.rows.map((row) =>
      row.map((cell): Cell => {
        const v = cell.value;
        if (v === null) return { kind: "empty" };
        if (typeof v === "string") return { kind: "text", value: v };
        if (typeof v === "object" && "date" in v) return { kind: "date", value: v.date };
        throw new Error("unexpected value");
      })
    );
    expect(readArrangementSheet({ name: spec.name, rows })).toEqual({ days: [], issues: [] });
  });

  it("speaks English in en-US, its headers and words staying those the reader looks for", () => {
    const spec = arrangementSheetSpec({ year: 2028, locale: "en-US" });
    expect(spec.rows[0][0].value).toBe("Holiday arrangement 2028");
    expect(spec.rows[1][0].value).toBe(
      formatMessage("en-US", "sheet.arrangement.help", { year: 2028 })
    );
    expect(spec.rows[2].map((c) => c.value)).toEqual(["日期", "类型", "说明"]);
    expect(spec.rows[3][2].value).toMatch(/^Example/);
  });

  it("is written into an .xlsx, filled by the bank, and read back: only the rows under the header, not the example", async () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const book = XlsxWorkbook.empty();
      await book.write([arrangementSheetSpec({ year: 2027, locale, generatedAt: "2026-11-20" })]);
      const opened = await XlsxWorkbook.fromBuffer(await book.toBuffer());
      const sheet = (await opened.model()).getWorksheet(ARRANGEMENT_SHEET)!;
      // The bank types dates (Excel stores them as dates), a date as text, and the types.
      const fill: [number, Date | string, string, string | null][] = [
        [5, new Date(Date.UTC(2027, 0, 1)), "休", "元旦"],
        [6, new Date(Date.UTC(2027, 1, 6)), "休", "春节"],
        [7, "2027/2/20", "班", "春节调休"],
        [8, new Date(Date.UTC(2027, 9, 9)), "班", null],
      ];
      for (const [row, date, kind, note] of fill) {
        sheet.getCell(`A${row}`).value = date;
        sheet.getCell(`B${row}`).value = kind;
        if (note) sheet.getCell(`C${row}`).value = note;
      }
      const back = await XlsxWorkbook.fromBuffer(await opened.toBuffer());
      const snapshot = await back.read([ARRANGEMENT_SHEET]);
      expect(snapshot.registry[ARRANGEMENT_SHEET]).toEqual(
        expect.objectContaining({ kind: "arrangement", generatedAt: "2026-11-20" })
      );
      const read = readArrangementSheet(snapshot.grids.get(ARRANGEMENT_SHEET)!);
      expect(read.issues).toEqual([]);
      expect(read.days).toEqual([
        { date: "2027-01-01", kind: "off", note: "元旦", source: "放假安排!A5" },
        { date: "2027-02-06", kind: "off", note: "春节", source: "放假安排!A6" },
        { date: "2027-02-20", kind: "work", note: "春节调休", source: "放假安排!A7" },
        { date: "2027-10-09", kind: "work", source: "放假安排!A8" },
      ]);
    }
  });

  it("read back with a bad cell, names it", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([arrangementSheetSpec({ year: 2027 })]);
    const opened = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const sheet = (await opened.model()).getWorksheet(ARRANGEMENT_SHEET)!;
    sheet.getCell("A5").value = "2027-02-30";
    sheet.getCell("B5").value = "休";
    sheet.getCell("A6").value = new Date(Date.UTC(2027, 3, 5));
    sheet.getCell("B6").value = "假";
    const back = await XlsxWorkbook.fromBuffer(await opened.toBuffer());
    const grid = (await back.read([ARRANGEMENT_SHEET])).grids.get(ARRANGEMENT_SHEET)!;
    expect(brief(readArrangementSheet(grid).issues)).toEqual([
      ["arrangement.badDate", "放假安排!A5"],
      ["arrangement.badKind", "放假安排!B6"],
    ]);
  });
});
