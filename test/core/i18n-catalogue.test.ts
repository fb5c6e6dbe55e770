import { enUS } from "../../src/core/i18n/en-US";
import { zhCN } from "../../src/core/i18n/zh-CN";

/**
 * What each catalogue may hold, read as a bank's staff read it.
 *
 * English: English punctuation and real plurals. A full-width mark is allowed only inside a quoted
 * stretch ("…" or 「…」): there the text is Chinese the user sees or types in the workbook — a sheet's name
 * ("权重模板", "提交情况") or the separator to type between roles ("、"), which the English text must show as
 * it is. Everywhere else ，。：；（）、！？ are Chinese grammar in an English sentence, and "(s)" is a plural
 * nobody says: the catalogue writes `{n|appeal|appeals}` instead.
 */
const outsideQuotes = (text: string) => text.replace(/"[^"]*"/g, "").replace(/「[^」]*」/g, "");

describe("the en-US catalogue", () => {
  it("has no Chinese punctuation outside a quoted Chinese name", () => {
    const found = Object.entries(enUS)
      .map(([key, text]) => [key, outsideQuotes(text).match(/[，。：；（）、！？]/g)] as const)
      .filter(([, marks]) => marks !== null);
    expect(found).toEqual([]);
  });

  it('has no "(s)" plural: a count agrees with its noun through {n|one|other}', () => {
    const found = Object.entries(enUS).filter(([, text]) => /\w\(s\)/.test(text));
    expect(found).toEqual([]);
  });

  it("agrees a counted noun with its number: {rows|row|rows}, never {rows} rows (1 rows)", () => {
    // {limit} and {maximum} are fixed limits (1,000,000 rows), never 1.
    const counted =
      /\{(?!limit\}|maximum\})\w+\}(?: [a-z]+)? (?:rows|files|objects|posts|indicators|errors|warnings|differences|appeals|corrections|tabs)\b/;
    const found = Object.entries(enUS).filter(([, text]) => counted.test(text));
    expect(found).toEqual([]);
  });
});

/**
 * Chinese: a placeholder shown to the user (the argument a command is missing, the usage lines of --help)
 * is written in Chinese, `<评分表.xlsx>`, never `<scores.xlsx>`. What is left once the file extensions
 * (.xlsx, .json, .csv) and the alternatives' bars are taken out may hold a single ASCII letter (`<t>`, the
 * template in the usage lines) but no English word.
 */
describe("the zh-CN catalogue", () => {
  const englishPlaceholders = (text: string) =>
    [...text.matchAll(/<([^<>\n]*)>/g)]
      .map((m) => m[0])
      .filter((placeholder) =>
        /[A-Za-z]{2,}/.test(placeholder.replace(/\.(xlsx|xlsm|xls|json|csv)\b/gi, ""))
      );

  it("finds an English placeholder when there is one (the check itself)", () => {
    expect(englishPlaceholders("缺少<scores.xlsx>。")).toEqual(["<scores.xlsx>"]);
    expect(englishPlaceholders("缺少<quarterly ranking workbooks…>。")).toHaveLength(1);
    expect(englishPlaceholders("缺少评分表文件（<评分表.xlsx>）；--template <t>")).toEqual([]);
    expect(englishPlaceholders("<权重模板.json|.xlsx> <机构名单.csv|.xlsx>")).toEqual([]);
  });

  it("has no ASCII <…> placeholder made of English words", () => {
    const found = Object.entries(zhCN)
      .map(([key, text]) => [key, englishPlaceholders(text)] as const)
      .filter(([, placeholders]) => placeholders.length > 0);
    expect(found).toEqual([]);
  });
});
