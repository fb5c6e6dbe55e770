import { isoDate, serialOf } from "../../../src/core/calendar/official-calendar";
import * as a from "../../../src/core/functions/assess-functions";
import type { FnResult } from "../../../src/core/functions/fn-result";
import { formatMessage } from "../../../src/core/i18n/messages";

// BANK.WORKDAY / BANK.WORKDAYS with their optional third argument, the 放假安排 range (core side).
const d = serialOf;
const date = (r: FnResult<unknown>) => (r.ok ? isoDate(r.value as number) : `#${r.error.code}`);
const value = (r: FnResult<unknown>) => (r.ok ? r.value : `#${r.error.code}`);
const error = (r: FnResult<unknown>) => (r.ok ? null : r.error);

/** An invented 2027 arrangement in two columns, as a bank would type it (types in every accepted spelling). */
const ARRANGEMENT = [
  [d("2027-01-01"), "休"],
  ["2027-02-05", "休息"],
  [d("2027-02-06"), "休"],
  [d("2027-02-07"), "off"],
  [d("2027-02-08"), "OFF"],
  ["2027/2/9", "休"],
  ["2027年2月10日", "休"],
  ["２０２７-０２-１１", " 休 "],
  [null, null],
  [d("2027-02-20"), "班"],
  ["", ""],
  [d("2027-04-05"), "上班"],
  [d("2027-04-05"), "Work"],
];

describe("without an arrangement: the bundled calendar alone, as before", () => {
  it("gives the same results inside 2004–2026, whatever form the omitted argument takes", () => {
    for (const omitted of [undefined, null, "", [[null]], [[""]]]) {
      expect(date(a.workday(d("2025-09-30"), 3, omitted))).toBe("2025-10-11");
      expect(value(a.workdays(d("2025-09-26"), d("2025-10-12"), omitted))).toBe(7);
    }
  });

  it("is #N/A past 2026, asking for the arrangement", () => {
    const outside = a.workday(d("2026-12-28"), 5);
    expect(error(outside)).toEqual({
      code: "NA",
      key: "fn.calendarRange",
      params: { date: "2027-01-01", from: 2004, to: 2026 },
    });
    const { key, params } = error(outside)!;
    expect(formatMessage("zh-CN", key, params)).toBe(
      "日期 2027-01-01 超出内置节假日日历（2004–2026 年）：请在第三个参数传入该年的放假安排区域。"
    );
    expect(formatMessage("en-US", key, params)).toBe(
      "Date 2027-01-01 is outside the built-in holiday calendar (2004–2026): pass that year's holiday arrangement (放假安排) as the third argument."
    );
    expect(error(a.workdays(d("2026-12-30"), d("2027-01-04")))?.key).toBe("fn.calendarRange");
  });
});

describe("with an arrangement", () => {
  it("follows a two-column arrangement exactly, 调休 Saturday included", () => {
    expect(date(a.workday(d("2026-12-28"), 5, ARRANGEMENT))).toBe("2027-01-05");
    expect(date(a.workday(d("2027-01-25"), 15, ARRANGEMENT))).toBe("2027-02-20");
    expect(value(a.workdays(d("2027-01-26"), d("2027-02-20"), ARRANGEMENT))).toBe(15);
    // Listed twice as worked, the same date is one day: 2027-04-05 (清明, a Monday) is worked.
    expect(value(a.workdays(d("2027-04-05"), d("2027-04-05"), ARRANGEMENT))).toBe(1);
  });

  it("takes one column as days off, as Excel's WORKDAY holidays", () => {
    expect(date(a.workday(d("2027-01-25"), 5, [[d("2027-01-27")], ["2027-01-28"]]))).toBe(
      "2027-02-03"
    );
    // Inside the bundled years, a listed day is one more day off (a day the bank closed).
    expect(date(a.workday(d("2025-09-30"), 1, [["2025-10-09"]]))).toBe("2025-10-10");
    expect(value(a.workdays(d("2025-09-26"), d("2025-10-12"), [[d("2025-10-10")]]))).toBe(6);
  });

  it("counts the statutory days off for the years it does not list", () => {
    const only2025 = [["2025-10-09"]];
    expect(date(a.workday(d("2026-12-28"), 5, only2025))).toBe("2027-01-05");
    expect(date(a.workday(d("2026-12-28"), 15, only2025))).toBe("2027-01-19");
    expect(date(a.workday(d("2027-01-25"), 5, only2025))).toBe("2027-02-01");
    expect(date(a.workday(d("2027-01-25"), 15, only2025))).toBe("2027-02-17");
    // A blank range is given, not omitted: the fallback applies.
    expect(date(a.workday(d("2027-01-25"), 15, [[null], [null]]))).toBe("2027-02-17");
    expect(
      value(
        a.workdays(d("2027-01-01"), d("2027-12-31"), [
          [null, null],
          [null, null],
        ])
      )
    ).toBe(254);
  });

  it("is #N/A where no calendar reaches, saying which", () => {
    const before = a.workday(d("2004-01-05"), -5, [["2027-01-01"]]);
    expect(error(before)).toEqual({
      code: "NA",
      key: "fn.calendarBeyond",
      params: { date: "2003-12-31", from: 2004, to: 2026, first: 2027, last: 2100 },
    });
    expect(formatMessage("zh-CN", "fn.calendarBeyond", error(before)!.params)).toBe(
      "日期 2003-12-31 无法计算工作日：内置节假日日历为 2004–2026 年，放假安排区域中没有该年的日期，法定节假日只推算 2027–2100 年。"
    );
    // A loaded year before 2004 is covered by what was loaded.
    expect(
      date(
        a.workday(d("2004-01-05"), -5, [
          ["2003-10-01", "休"],
          ["2003-12-31", "班"],
          ["2003-12-30", "休"],
        ])
      )
    ).toBe("2003-12-25");
    // December days alone (what a notice for the next year lists) do not make their year a loaded one.
    expect(
      error(
        a.workday(d("2004-01-05"), -5, [
          ["2003-12-31", "班"],
          ["2003-12-30", "休"],
        ])
      )?.key
    ).toBe("fn.calendarBeyond");
  });

  it("gives #VALUE! naming the row of a bad line", () => {
    const bad = (range: unknown[][]) => error(a.workday(d("2027-01-04"), 1, range as never));
    expect(bad([[d("2027-02-05")], ["2027-02-30"]])).toEqual({
      code: "VALUE",
      key: "fn.arrangementDate",
      params: { arg: "arrangement", row: 2, value: "2027-02-30" },
    });
    expect(bad([[true]])?.key).toBe("fn.arrangementDate");
    expect(bad([[0]])?.key).toBe("fn.arrangementDate");
    expect(bad([["二月五日"]])?.params).toEqual({ arg: "arrangement", row: 1, value: "二月五日" });
    expect(bad([[null, "休"]])).toEqual({
      code: "VALUE",
      key: "fn.arrangementDate",
      params: { arg: "arrangement", row: 1, value: "" },
    });
    expect(
      bad([
        [null, null],
        [d("2027-02-05"), "假"],
      ])
    ).toEqual({
      code: "VALUE",
      key: "fn.arrangementKind",
      params: { arg: "arrangement", row: 2, value: "假" },
    });
    expect(bad([[d("2027-02-05"), null]])?.key).toBe("fn.arrangementKind");
    expect(
      bad([
        [d("2027-02-05"), "休"],
        ["2027-02-05", "班"],
      ])
    ).toEqual({
      code: "VALUE",
      key: "fn.arrangementConflict",
      params: { arg: "arrangement", row: 2, date: "2027-02-05", first: 1 },
    });
    expect(bad([[d("2027-02-05"), "休", "春节"]])?.key).toBe("fn.arrangementColumns");
    expect(
      formatMessage("zh-CN", "fn.arrangementKind", { arg: "arrangement", row: 2, value: "假" })
    ).toBe(
      "参数 arrangement 第 2 行的类型「假」无法识别：应为 休 或 班（也可写 休息 / 上班 / off / work）。"
    );
  });

  it("checks the other arguments first, as before", () => {
    expect(value(a.workday("2025-10-01", 1, [["x"]]))).toBe("#VALUE");
    expect(error(a.workdays(d("2025-10-01"), "", [["x"]]))?.key).toBe("fn.blank");
    expect(value(a.workday(0, 1, ARRANGEMENT))).toBe("#NUM");
  });
});
