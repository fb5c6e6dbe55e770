import { isDateFormat, scoreFormat } from "../../src/workbook/number-format";

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "yyyy/m/d",
    'yyyy"年"m"月"d"日"',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    "[$-F800]dddd, mmmm dd, yyyy",
    "h:mm AM/PM",
    "[h]:mm:ss",
    "mmm-yy",
    "[Red]yyyy-mm-dd",
  ])("%s is a date or time", (code) => expect(isDateFormat(code)).toBe(true));

  it.each([
    "General",
    "@",
    "0.00",
    "0.00%",
    "[Red]0.00",
    "0.00;[Red]-0.00",
    "#,##0.00_);[Red](#,##0.00)",
    "[DBNum1]0",
    "[DBNum2][$-804]General",
    "[>=100][Blue]0;[Red]0",
    "0.00E+00",
    '"Days "0',
    '0"天"',
    "[$¥-804]#,##0.00",
    '#,##0" 万元"',
    "0;-0;;@",
    undefined,
  ])("%s is not a date", (code) => expect(isDateFormat(code)).toBe(false));
});

describe("scoreFormat", () => {
  it("shows a template's precision: 0.00 for 2 decimals, 0 for none", () => {
    expect([0, 1, 2, 4].map(scoreFormat)).toEqual(["0", "0.0", "0.00", "0.0000"]);
  });
});
