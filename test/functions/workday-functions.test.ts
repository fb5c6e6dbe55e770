import { cell, errorOf, installCustomFunctionsStub } from "../support/custom-functions-stub";

installCustomFunctionsStub();
// Loaded after the stub, as Excel's runtime exists before the add-in's script runs.
const fns =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");
const { setFunctionLocale } =
  require("../../src/functions/function-locale") as typeof import("../../src/functions/function-locale");
const { isoDate, serialOf: d } =
  require("../../src/core/calendar/official-calendar") as typeof import("../../src/core/calendar/official-calendar");

afterEach(() => setFunctionLocale("zh-CN"));

/** =BANK.WORKDAY(…) as a cell shows it: the date, or the error's text. */
const workday = (...args: unknown[]) => {
  const result = cell(() => (fns.workday as (...a: unknown[]) => unknown)(...args));
  return typeof result === "number" ? isoDate(result) : result;
};

describe("BANK.WORKDAY and BANK.WORKDAYS through their wrappers", () => {
  it("count the bundled calendar without an arrangement, as before", () => {
    expect(workday(d("2025-09-30"), 1)).toBe("2025-10-09");
    expect(workday(d("2025-09-30"), 1, [[null]])).toBe("2025-10-09");
    expect(fns.workdays(d("2025-09-26"), d("2025-10-12"))).toBe(7);
  });

  it("give #N/A past 2026 without an arrangement, saying to pass one", () => {
    expect(workday(d("2026-12-28"), 5)).toBe("#N/A");
    expect(errorOf(() => fns.workday(d("2026-12-28"), 5)).message).toBe(
      "日期 2027-01-01 超出内置节假日日历（2004–2026 年）：请在第三个参数传入该年的放假安排区域。"
    );
    setFunctionLocale("en-US");
    expect(errorOf(() => fns.workdays(d("2026-12-30"), d("2027-01-04"))).message).toBe(
      "Date 2027-01-04 is outside the built-in holiday calendar (2004–2026): pass that year's holiday arrangement (放假安排) as the third argument."
    );
  });

  it("follow the arrangement given, and the statutory days off for the years it does not list", () => {
    // 2027 listed: its other days are ordinary (no 春节 but the day given).
    expect(workday(d("2027-01-25"), 15, [[d("2027-02-05"), "休"]])).toBe("2027-02-16");
    // 2027 not listed: the statutory days off (除夕 to 初三).
    expect(workday(d("2027-01-25"), 15, [[d("2025-10-09")]])).toBe("2027-02-17");
    expect(
      fns.workdays(d("2027-01-26"), d("2027-02-20"), [
        [d("2027-02-08"), "休"],
        [d("2027-02-20"), "班"],
      ])
    ).toBe(19);
  });

  it("give #VALUE! naming the bad row", () => {
    expect(
      workday(d("2027-01-25"), 5, [
        [d("2027-02-05"), "休"],
        ["2027-13-01", "休"],
      ])
    ).toBe("#VALUE!");
    expect(
      errorOf(() =>
        fns.workday(d("2027-01-25"), 5, [
          [d("2027-02-05"), "休"],
          ["2027-13-01", "休"],
        ])
      ).message
    ).toBe(
      "参数 arrangement 第 2 行的日期「2027-13-01」无法识别：应为日期，或 2027-02-06 形式的文本。"
    );
    setFunctionLocale("en-US");
    expect(
      errorOf(() => fns.workdays(d("2027-01-25"), d("2027-02-25"), [[d("2027-02-05"), "假"]]))
        .message
    ).toBe(
      'Argument arrangement, row 1: the type "假" must be 休 or 班 (also 休息 / 上班 / off / work).'
    );
  });
});
