import {
  breakLines,
  contentWidths,
  headerWidths,
  oneLineHeaders,
  printedWidth,
  printLayout,
  shownText,
  tableLayout,
  wrappedHeight,
  wrappedLines,
} from "../../../src/jobs/shared/print-layout";

describe("print layout: text in the widest fonts a bank prints with", () => {
  it("counts a CJK character as an 11 pt em (2.1 of Calibri's digits), Latin by the letter", () => {
    expect(printedWidth("运营考核")).toBeCloseTo(8.4);
    expect(printedWidth("SZ101")).toBeCloseTo(1.3 * 2 + 1.1 * 3);
    expect(printedWidth("rate", true)).toBeCloseTo(4.4);
  });

  it("wraps CJK anywhere and English between words; a row of lines is 16 pt a line and a margin", () => {
    expect(wrappedLines("风险控制措施执行率", 11)).toBe(2);
    expect(wrappedLines("Rank in branch", 8)).toBe(2);
    expect(wrappedLines("Rank in branch", 7)).toBe(3);
    expect(wrappedLines("第一行\n第二行", 40)).toBe(2);
    expect(wrappedHeight("短", 10)).toBe(16);
    expect(wrappedHeight("风险控制措施执行率\n权重 50 · 风险管理", 11)).toBe(4 * 16 + 2);
  });

  it("sizes columns by what their values show: dates, percentages, thousands", () => {
    expect(shownText(12, "0.00%")).toBe("1200.00%");
    expect(shownText(1234567.5, "#,##0.00")).toBe("1,234,567.50");
    expect(shownText({ date: 46000 }, "yyyy-mm-dd")).toBe("yyyy-mm-dd");
    expect(shownText(66.6666666666667, "General")).toBe("66.66666667");
    expect(contentWidths([[{ value: 12, format: "0.00%" }]], 6, 40)).toEqual([11]);
  });

  it("breaks running text at its clauses, never before closing punctuation, each line within the width", () => {
    const text =
      "4. 不要增删或改名表头，不要修改「权重模板」工作表：系统按模板指纹核对，改动过的模板或评分表会被标记。";
    const lines = breakLines(text, 72).split("\n");
    expect(lines.join("")).toBe(text);
    expect(lines.every((line) => printedWidth(line) <= 72)).toBe(true);
    expect(lines.some((line) => /^[。，、；：」）]/.test(line))).toBe(false);
    expect(breakLines("评分表!H6「合规准确率」应为数字。", 10).split("\n")[1]).not.toMatch(
      /^[」。]/
    );
  });

  it("widens a header for its longest word and its lines; a short one to one line where the page allows", () => {
    expect(headerWidths(["Composite"], [9], { lines: 2 })).toEqual([12]);
    // An id is broken at the column's edge in every application: widened for the lines only.
    expect(
      headerWidths(["超额完成且无风险事件加分（exceeded_without_risk）"], [12], { lines: 6 })
    ).toEqual([13]);
    const widths = oneLineHeaders(["连续不达标期数", "表彰奖励"], [8, 6]);
    expect(widths).toEqual([18, 11]);
    expect(printLayout(widths)).toMatchObject({ orientation: "portrait" });
  });

  it("spans a table's title over its identity columns when it prints pages across, so every page shows it whole", () => {
    const wide = tableLayout(["机构", "部门", "工号"], [14, 14, ...Array(30).fill(12)], 2);
    expect(wide.print).toMatchObject({ fitToWidth: false, repeatColumns: "A:B" });
    expect(wide.merges).toEqual(["A1:B1", "A2:B2"]);
    const narrow = tableLayout(["机构", "部门"], [14, 14, 12], 2, undefined, {
      line: "权重模板 2025 年度运营考核权重模板 · 版本 1.0.0 · 指纹 fbdd072a",
    });
    expect(narrow.merges).toEqual(["A1:C1", "A2:C2"]);
    expect(narrow.rowHeights?.[1]).toBe(2 * 16 + 2);
  });
});
