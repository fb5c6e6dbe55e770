import { readFileSync } from "node:fs";
import { join } from "node:path";
import calendarData from "chinese-days/dist/chinese-days.json";
import { encode } from "iconv-lite";
import {
  arrangementDateOf,
  arrangementDateOfSerial,
  arrangementKindOf,
  decodeArrangementBytes,
  MAX_ARRANGEMENT_PROBLEMS,
  parseArrangementCsv,
  parseArrangementJson,
  type ArrangementParse,
  type ArrangementProblem,
} from "../../../src/core/calendar/arrangement-text";
import { arrangementDaySchema } from "../../../src/core/calendar/arrangement";
import { serialOf } from "../../../src/core/calendar/official-calendar";
import { formatMessage, LOCALES } from "../../../src/core/i18n/messages";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "../../fixtures/arrangement", name)));

/** 2026's arrangement as the bundled calendar (chinese-days) has it: 33 days off and 6 make-up working days,
 *  in date order, each with the Chinese name of its holiday ("New Year's Day,元旦,1" gives 元旦). */
const DAYS_2026 = [
  ...Object.entries(calendarData.holidays).map(([date, info]) => ({ date, info, isOffDay: true })),
  ...Object.entries(calendarData.workdays).map(([date, info]) => ({ date, info, isOffDay: false })),
]
  .filter(({ date }) => date.startsWith("2026-"))
  .sort((a, b) => (a.date < b.date ? -1 : 1))
  .map(({ date, info, isOffDay }) => ({ name: info.split(",")[1], date, isOffDay }));

/** The same days in holiday-cn's JSON format, as its files are laid out. */
const holidayCn2026 = JSON.stringify(
  { year: 2026, papers: ["国务院办公厅关于2026年部分节假日安排的通知"], days: DAYS_2026 },
  null,
  4
);

/** The same days as a bank types them into Excel (dates as 2026/1/1), saved as "CSV (逗号分隔)" on Chinese
 *  Windows: GBK, CRLF, no BOM. */
const csv2026 = [
  "日期,类型,说明",
  ...DAYS_2026.map(({ name, date, isOffDay }) => {
    const [year, month, day] = date.split("-").map(Number);
    return `${year}/${month}/${day},${isOffDay ? "休" : "班"},${name}`;
  }),
  "",
].join("\r\n");
const gbk2026 = () => new Uint8Array(encode(csv2026, "gbk"));

const days = (read: ArrangementParse) => {
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.error)}`);
  return read.value;
};
const problems = (read: ArrangementParse) => {
  if (read.ok) throw new Error("read, but should not be");
  return read.error;
};
/** Each problem as users see it, every placeholder filled, in both languages. */
const say = (problem: ArrangementProblem) => {
  const texts = LOCALES.map((locale) => formatMessage(locale, problem.key, problem.params));
  for (const text of texts) expect(text).not.toMatch(/\{\w+(\|[^}]*)?\}/);
  return { zh: texts[0], en: texts[1] };
};

describe("the type words and the dates of a row", () => {
  it("take 休/班, 休息/上班 and off/work, in any case or width", () => {
    for (const word of ["休", " 休息 ", "off", "OFF", "ｏｆｆ", "Off"])
      expect(arrangementKindOf(word)).toBe("off");
    for (const word of ["班", "上班", "work", "WORK", "ｗｏｒｋ"])
      expect(arrangementKindOf(word)).toBe("work");
    for (const word of ["", undefined, "放", "休假日", "true", "1"])
      expect(arrangementKindOf(word)).toBeNull();
  });

  it("take a date that exists, written as a bank writes it, and nothing else", () => {
    for (const text of [
      "2027-01-01",
      "2027/1/1",
      "2027.1.1",
      "2027年1月1日",
      "2027 年 1 月 1 日",
      "２０２７－０１－０１",
      "2027/1/1 0:00",
    ])
      expect([text, arrangementDateOf(text)]).toEqual([text, "2027-01-01"]);
    expect(arrangementDateOf("2028-02-29")).toBe("2028-02-29");
    for (const text of ["2027-02-29", "2027-02-30", "2027-13-01", "1999-12-31", "2100-01-01"])
      expect([text, arrangementDateOf(text)]).toEqual([text, null]);
    for (const text of ["20270101", "1月1日", "下周一", "2027-01-01 9:30", ""])
      expect([text, arrangementDateOf(text)]).toEqual([text, null]);
    expect(arrangementDateOfSerial(serialOf("2027-10-01") + 0.5)).toBe("2027-10-01");
    expect(arrangementDateOfSerial(2027)).toBeNull();
    expect(arrangementDateOfSerial(Number.NaN)).toBeNull();
    expect(arrangementDateOfSerial(9e15)).toBeNull();
  });
});

describe("a file's bytes", () => {
  it("are UTF-8 with or without the BOM", () => {
    const text = "日期,类型\n2027-01-01,休\n";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeArrangementBytes(utf8)).toBe(text);
    expect(decodeArrangementBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
  });

  it("are GBK as Excel on Chinese Windows saves a CSV (decoded as GB18030)", () => {
    const bytes = gbk2026();
    // 日期,类型,说明 in GBK (GB 2312's codes, two bytes each), so the bytes are those Excel writes.
    expect(Buffer.from(bytes.subarray(0, 14)).toString("hex")).toBe("c8d5c6da2cc0e0d0cd2ccbb5c3f7");
    expect(bytes.subarray(0, 3)).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const text = decodeArrangementBytes(bytes);
    expect(text.startsWith("日期,类型,说明\r\n2026/1/1,休,元旦\r\n")).toBe(true);
    expect(text).toBe(csv2026);
  });

  it("are UTF-16 with its BOM (Excel's Unicode text), either byte order", () => {
    const text = "日期\t类型\r\n2027/1/1\t休";
    const units = [...text].map((ch) => ch.charCodeAt(0));
    const le = [0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])];
    const be = [0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])];
    expect(decodeArrangementBytes(new Uint8Array(le))).toBe(text);
    expect(decodeArrangementBytes(new Uint8Array(be))).toBe(text);
    expect(days(parseArrangementCsv(decodeArrangementBytes(new Uint8Array(le)), "a.txt"))).toEqual([
      { date: "2027-01-01", kind: "off", source: "a.txt 第 2 行" },
    ]);
  });

  it("without GB18030 in the host (EdgeHTML's UTF-8-only polyfill), are read with the line that cannot be", () => {
    const original = globalThis.TextDecoder;
    class Utf8Only extends original {
      constructor(label = "utf-8", options?: TextDecoderOptions) {
        if (!/^utf-?8$/i.test(label)) throw new RangeError(`only UTF-8, not ${label}`);
        super(label, options);
      }
    }
    globalThis.TextDecoder = Utf8Only as typeof TextDecoder;
    try {
      const text = decodeArrangementBytes(gbk2026());
      const [problem] = problems(parseArrangementCsv(text, "2026.csv"));
      expect(problem).toEqual(
        expect.objectContaining({ key: "arrangement.csv.encoding", line: 1 })
      );
      expect(say(problem).zh).toContain("CSV UTF-8");
    } finally {
      globalThis.TextDecoder = original;
    }
  });
});

describe("a CSV of the arrangement", () => {
  it("is read from Excel's GBK CSV: each day with its line, the same days as the UTF-8 text and the JSON", () => {
    const csv = days(parseArrangementCsv(decodeArrangementBytes(gbk2026()), "2026.csv"));
    const json = days(
      parseArrangementJson(
        decodeArrangementBytes(new TextEncoder().encode(holidayCn2026)),
        "2026.json"
      )
    );
    expect(csv).toHaveLength(39);
    expect(csv).toEqual(days(parseArrangementCsv(csv2026, "2026.csv")));
    expect(csv.map(({ date, kind, note }) => ({ date, kind, note }))).toEqual(
      json.map(({ date, kind, note }) => ({ date, kind, note }))
    );
    expect(csv[0]).toEqual({
      date: "2026-01-01",
      kind: "off",
      note: "元旦",
      source: "2026.csv 第 2 行",
    });
    for (const day of csv) expect(arrangementDaySchema.parse(day)).toEqual(day);
  });

  it("is read from the generated sheet saved as CSV UTF-8: BOM, title above the header, example and blank rows skipped", () => {
    const text = decodeArrangementBytes(fixture("2026-utf8-bom.csv"));
    expect(days(parseArrangementCsv(text, "放假安排.csv"))).toEqual([
      { date: "2026-01-01", kind: "off", note: "元旦", source: "放假安排.csv 第 5 行" },
      { date: "2026-01-02", kind: "off", note: "元旦", source: "放假安排.csv 第 6 行" },
      { date: "2026-01-03", kind: "off", note: "元旦", source: "放假安排.csv 第 7 行" },
      { date: "2026-01-04", kind: "work", note: "元旦", source: "放假安排.csv 第 8 行" },
    ]);
    // A BOM left in the text (a file read as "utf8" by Node keeps it) is no different.
    const raw = new TextDecoder("utf-8", { ignoreBOM: true }).decode(fixture("2026-utf8-bom.csv"));
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(days(parseArrangementCsv(raw, "放假安排.csv"))).toHaveLength(4);
  });

  it("reads quoted fields: commas, doubled quotes and line breaks in a note, and counts lines right after them", () => {
    const text = [
      '"日期","类型","说明"',
      '2027-02-06,休,"春节,除夕"',
      '"2027/2/7","休","春节 ""初一"""',
      '2027-02-14,班,"春节调休',
      '（周日上班）"',
      "2027年2月15日,休,",
      '2027-02-16,"休息"',
    ].join("\n");
    expect(days(parseArrangementCsv(text, "2027.csv"))).toEqual([
      { date: "2027-02-06", kind: "off", note: "春节,除夕", source: "2027.csv 第 2 行" },
      { date: "2027-02-07", kind: "off", note: '春节 "初一"', source: "2027.csv 第 3 行" },
      {
        date: "2027-02-14",
        kind: "work",
        note: "春节调休\n（周日上班）",
        source: "2027.csv 第 4 行",
      },
      { date: "2027-02-15", kind: "off", source: "2027.csv 第 6 行" },
      { date: "2027-02-16", kind: "off", source: "2027.csv 第 7 行" },
    ]);
  });

  it("takes English and full-width headers in any order, the type words in any case, and tabs", () => {
    const english = "Note,DATE, type \r\nNew Year,2027-01-01,OFF\r\nMake-up,2027-01-09,Work\r\n";
    expect(days(parseArrangementCsv(english, "en.csv"))).toEqual([
      { date: "2027-01-01", kind: "off", note: "New Year", source: "en.csv 第 2 行" },
      { date: "2027-01-09", kind: "work", note: "Make-up", source: "en.csv 第 3 行" },
    ]);
    const wide = "日　期,类 型,备注\n２０２７／１／１,上班,\n";
    expect(days(parseArrangementCsv(wide, "w.csv"))).toEqual([
      { date: "2027-01-01", kind: "work", source: "w.csv 第 2 行" },
    ]);
    const tabs = "日期\t类型\t说明\n2027-01-01\t休\t元旦, 新年\n";
    expect(days(parseArrangementCsv(tabs, "t.txt"))[0].note).toBe("元旦, 新年");
  });

  it("names the line of a date that does not exist, a type not of the words, and a blank type", () => {
    const text = "日期,类型\n2027-01-01,休\n2027-02-30,休\n2027-02-14,放\n2027-02-15,\n,班\n";
    const found = problems(parseArrangementCsv(text, "2027.csv"));
    expect(found.map((p) => [p.key, p.line])).toEqual([
      ["arrangement.text.badDate", 3],
      ["arrangement.text.badKind", 4],
      ["arrangement.text.required", 5],
      ["arrangement.text.required", 6],
    ]);
    expect(say(found[0]).zh).toBe(
      "2027.csv 第 3 行：日期「2027-02-30」无效：请填写 2000–2099 年间实际存在的日期，如 2027-01-01、2027/1/1 或 2027年1月1日。"
    );
    expect(say(found[0]).en).toMatch(/^2027\.csv, line 3: the date "2027-02-30" is not valid\./);
    expect(say(found[1]).zh).toContain("2027.csv 第 4 行：类型「放」无效");
    expect(say(found[2]).zh).toContain("2027.csv 第 5 行：「类型」须填写");
    expect(say(found[3]).en).toContain('2027.csv, line 6: "日期 (date)" is required');
  });

  it("keeps a date given twice with one type once, and refuses it with two, naming both lines", () => {
    const same = "日期,类型,说明\n2027-10-01,休,\n2027-10-01,休息,国庆节\n";
    expect(days(parseArrangementCsv(same, "a.csv"))).toEqual([
      { date: "2027-10-01", kind: "off", note: "国庆节", source: "a.csv 第 2 行" },
    ]);
    const clash = "日期,类型\n2027-10-01,休\n2027-10-02,休\n2027/10/1,班\n";
    const [problem, ...others] = problems(parseArrangementCsv(clash, "a.csv"));
    expect(others).toEqual([]);
    expect(problem).toEqual(expect.objectContaining({ key: "arrangement.conflict", line: 4 }));
    expect(say(problem).zh).toBe(
      "2027-10-01 填了两次且类型不同：a.csv 第 2 行 为「休」，a.csv 第 4 行 为「班」。请对照国务院办公厅的放假通知，改正或删去其中一行。"
    );
    expect(say(problem).en).toContain(
      '"休 (day off)" at a.csv, line 2, "班 (working day)" at a.csv, line 4'
    );
  });

  it("refuses a file without the headers, with a quote never closed, or without any day", () => {
    const [noHeader] = problems(parseArrangementCsv("date;type\n2027-01-01;off\n", "x.csv"));
    expect(noHeader.key).toBe("arrangement.csv.noHeader");
    expect(say(noHeader).zh).toContain("日期,类型,说明");
    const [quote] = problems(parseArrangementCsv('日期,类型,说明\n2027-01-01,休,"元旦\n', "q.csv"));
    expect(quote).toEqual(expect.objectContaining({ key: "arrangement.csv.quote", line: 2 }));
    expect(say(quote).zh).toContain("q.csv 第 2 行开始的引号没有闭合");
    for (const text of ["", "日期,类型,说明\r\n", "日期,类型\n示例,休\n,,\n"]) {
      const [empty] = problems(parseArrangementCsv(text, "e.csv"));
      expect(empty.key).toBe(text ? "arrangement.text.empty" : "arrangement.csv.noHeader");
    }
  });

  it("lists at most 50 problems, and says how many more there are", () => {
    const lines = Array.from({ length: 60 }, (_, k) => `2027-02-${30 + k},休`);
    const found = problems(parseArrangementCsv(["日期,类型", ...lines].join("\n"), "m.csv"));
    expect(found).toHaveLength(MAX_ARRANGEMENT_PROBLEMS + 1);
    expect(found[MAX_ARRANGEMENT_PROBLEMS]).toEqual({
      key: "arrangement.text.more",
      params: { count: 10 },
    });
    expect(say(found[MAX_ARRANGEMENT_PROBLEMS]).en).toMatch(/^10 more problems are not listed/);
  });
});

describe("holiday-cn's JSON", () => {
  it("is read: 2026 as the bundled calendar has it, days off and make-up working days with the holiday as the note", () => {
    const read = days(
      parseArrangementJson(
        decodeArrangementBytes(new TextEncoder().encode(holidayCn2026)),
        "2026.json"
      )
    );
    expect(read).toHaveLength(39);
    expect(read.filter((d) => d.kind === "work").map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    expect(read[0]).toEqual({
      date: "2026-01-01",
      kind: "off",
      note: "元旦",
      source: "2026.json days[0]",
    });
    expect(read.find((d) => d.date === "2026-02-23")).toEqual(
      expect.objectContaining({ kind: "off", note: "春节" })
    );
  });

  it("may have days in the year before (holiday-cn files them under the notice's year), and no papers", () => {
    const text = JSON.stringify({
      year: 2023,
      days: [
        { name: "元旦", date: "2022-12-31", isOffDay: true },
        { name: "元旦", date: "2023-01-02", isOffDay: true },
      ],
    });
    expect(days(parseArrangementJson(text, "2023.json")).map((d) => d.date)).toEqual([
      "2022-12-31",
      "2023-01-02",
    ]);
  });

  it("refuses JSON of another shape, naming what is missing or wrong and where", () => {
    // chinese-days' own data: not this format.
    const other = JSON.stringify({
      holidays: { "2027-01-01": "New Year's Day,元旦,1" },
      workdays: {},
    });
    const missing = problems(parseArrangementJson(other, "chinese-days.json"));
    expect(missing.map((p) => [p.key, p.path])).toEqual([
      ["arrangement.json.missing", ["year"]],
      ["arrangement.json.missing", ["days"]],
    ]);
    expect(say(missing[1]).zh).toBe(
      'chinese-days.json 不是 holiday-cn 格式的放假安排：缺少 days（应为列表，每个元素一天）。格式如 {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, …]}。'
    );
    const [list] = problems(parseArrangementJson("[]", "l.json"));
    expect(list.key).toBe("arrangement.json.shape");
    expect(say(list).en).toContain("the top level must be an object with year and days");
    const wrongType = JSON.stringify({
      year: 2027,
      days: [
        { name: "元旦", date: "2027-01-01", isOffDay: true },
        { name: "元旦", date: "2027-01-02", isOffDay: "true" },
      ],
    });
    const [flag] = problems(parseArrangementJson(wrongType, "w.json"));
    expect(flag.path).toEqual(["days", 1, "isOffDay"]);
    expect(say(flag).zh).toContain("days[1].isOffDay 应为true（休）或 false（班）");
  });

  it("refuses text that is not JSON with its line and column, and a date that does not exist with its path", () => {
    const [notJson] = problems(
      parseArrangementJson('{\n  "year": 2027\n  "days": []\n}', "b.json")
    );
    expect(notJson.key).toBe("arrangement.json.notJson");
    expect(notJson.line).toBe(3);
    expect(say(notJson).zh).toMatch(/^b\.json 不是有效的 JSON：第 3 行第 \d+ 列附近有误/);
    const bad = JSON.stringify({
      year: 2027,
      days: [
        { name: "春节", date: "2027-02-29", isOffDay: true },
        { name: "国庆节", date: "2027-10-01", isOffDay: true },
        { name: "国庆节", date: "2027-10-01", isOffDay: false },
      ],
    });
    const found = problems(parseArrangementJson(bad, "2027.json"));
    expect(found.map((p) => [p.key, p.path])).toEqual([
      ["arrangement.text.badDate", ["days", 0, "date"]],
      ["arrangement.conflict", ["days", 2]],
    ]);
    expect(say(found[0]).zh).toMatch(/^2027\.json 的 days\[0\]\.date：日期「2027-02-29」无效/);
    expect(say(found[1]).zh).toContain(
      "2027.json 的 days[1] 为「休」，2027.json 的 days[2] 为「班」"
    );
    const [empty] = problems(parseArrangementJson('{"year": 2027, "days": []}', "e.json"));
    expect(empty.key).toBe("arrangement.text.empty");
  });
});
