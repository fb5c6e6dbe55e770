/* What the command line says, read as a bank's staff read it: in their language, with its punctuation. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../support/run-cli";
import type { FilledRow } from "../support/fill-score-sheet";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const SAMPLE_DUTIES = path.join(__dirname, "../../assets/samples/ops-2025.duties.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "user-messages-"));

/** `<scores.xlsx>`, `<files or folders…>`: a placeholder of English words (file extensions aside). */
const englishPlaceholder = /<[^<>\n]*>/g;
const hasEnglishPlaceholder = (text: string) =>
  (text.match(englishPlaceholder) ?? []).some((p) =>
    /[A-Za-z]{2,}/.test(p.replace(/\.(xlsx|json|csv)\b/gi, ""))
  );
/** Chinese punctuation in English text, outside a quoted Chinese name ("提交情况", 「…」). */
const chinesePunctuation = (text: string) =>
  text
    .replace(/"[^"\n]*"/g, "")
    .replace(/「[^」\n]*」/g, "")
    .match(/[，。：；（）、！？]/g);
/** A cell reference run on into its message: 评分表!C10工号… or 评分表!C10 Employee… */
const gluedCell = /![A-Z]{1,3}\d+(?:[\p{L}「"]| [\p{L}「"])/u;

describe("a missing argument is named in the user's language, with what to give", () => {
  const cases: [string[], string, string][] = [
    [
      ["validate"],
      "缺少评分表文件（<评分表.xlsx>）。运行 bank-assess validate --help 查看用法。",
      "Missing the score workbook (<scores.xlsx>). Run bank-assess validate --help for usage.",
    ],
    [
      ["rank"],
      "缺少评分表文件（<评分表.xlsx>）。运行 bank-assess rank --help",
      "Missing the score workbook (<scores.xlsx>). Run bank-assess rank --help",
    ],
    [
      ["rank", SAMPLE_SCORES],
      "缺少 --out：请用 --out <排名.xlsx> 指定要写出的排名工作簿",
      "Missing --out: name the ranking workbook to write, e.g. --out <ranked.xlsx>",
    ],
    [
      ["template"],
      "缺少权重模板文件（<权重模板.json|.xlsx>）。",
      "Missing the weight template (<template.json|.xlsx>).",
    ],
    [
      ["template", SAMPLE_TEMPLATE_PATH],
      "缺少 --out：请用 --out <评分模板.xlsx> 指定要生成的评分模板",
      "Missing --out: name the score template to write, e.g. --out <score-template.xlsx>",
    ],
    [
      ["verify"],
      "缺少要核验的工作簿（<工作簿.xlsx>）。",
      "Missing the workbook to verify (<workbook.xlsx>).",
    ],
    [
      ["duties"],
      "缺少要检查的岗责工作簿（<岗责.xlsx>）；要生成空白的岗责工作簿，请用 --new --out <岗责.xlsx>。",
      "Missing the duties workbook to check (<duties.xlsx>); to write an empty one, use --new --out <duties.xlsx>.",
    ],
    [
      ["duties", "--new"],
      "缺少 --out：请用 --out <岗责.xlsx> 指定要生成的空白岗责工作簿。",
      "Missing --out: name the empty duties workbook to write, e.g. --out <duties.xlsx>.",
    ],
    [
      ["annual"],
      "缺少各季度的排名工作簿（<季度排名工作簿…>，即 rank 或 collect 写出的工作簿）。",
      "Missing the quarters' ranking workbooks (<quarterly ranking workbooks…>, written by rank or collect).",
    ],
    [
      ["annual", "2025Q4.xlsx"],
      "缺少 --out：请用 --out <年度.xlsx>",
      "Missing --out: name the annual ranking workbook to write, e.g. --out <annual.xlsx>.",
    ],
    [
      ["results"],
      "缺少排名工作簿（<排名.xlsx>，即 rank 或 collect 写出的工作簿）。",
      "Missing the ranking workbook (<ranking.xlsx>, written by rank or collect).",
    ],
    [
      ["results", "2025Q4.xlsx"],
      "缺少 --out：请用 --out <结果.xlsx>",
      "Missing --out: name the results workbook to write, e.g. --out <results.xlsx>.",
    ],
    [
      ["appeals"],
      "缺少排名工作簿（<排名.xlsx>，即 rank 或 collect 写出的工作簿）。运行 bank-assess appeals --help",
      "Missing the ranking workbook (<ranking.xlsx>, written by rank or collect). Run bank-assess appeals --help",
    ],
    [
      ["appeals", "2025Q4.xlsx", "--apply"],
      "缺少 --out：--apply 把更正后的排名写入新工作簿，请用 --out <更正.xlsx> 指定。",
      "Missing --out: --apply writes the corrected ranking to a new workbook; name it, e.g. --out <corrected.xlsx>.",
    ],
    [
      ["collect"],
      "缺少各机构交回的评分工作簿或其所在文件夹（<文件或文件夹…>）。",
      "Missing the branches' score workbooks, or the folders holding them (<files or folders…>).",
    ],
    [
      ["collect", "提交/"],
      "缺少 --out：请用 --out <汇总.xlsx> 指定要写出的汇总工作簿",
      "Missing --out: name the collected workbook to write, e.g. --out <collected.xlsx>",
    ],
    [
      ["rank", SAMPLE_SCORES, "--out"],
      "选项 --out 后面缺少取值。运行 bank-assess --help 查看各选项的写法。",
      "The option --out needs a value after it.",
    ],
    [
      ["results", "x.xlsx", "--history"],
      "选项 --history 后面缺少取值。",
      "The option --history needs a value after it.",
    ],
  ];

  it.each(cases)("%j", async (argv, zh, en) => {
    const chinese = await cli(...argv);
    const english = await cli(...argv, "--lang", "en-US");
    expect([chinese.code, english.code]).toEqual([2, 2]);
    expect(chinese.err).toContain(zh);
    expect(english.err).toContain(en);
    expect(hasEnglishPlaceholder(chinese.err)).toBe(false);
    expect(chinese.err).not.toMatch(/缺少-/);
    expect(chinesePunctuation(english.err)).toBeNull();
  });

  it("appeals without --register or --out says which to give for what", async () => {
    const { err } = await cli("appeals", SAMPLE_SCORES);
    expect(err).toContain(
      "缺少 --register 或 --out：要检查申诉，请用 --register <申诉登记.xlsx>；要生成空白的申诉登记表，请用 --out <申诉登记.xlsx>。"
    );
  });
});

describe("a cell reference and its message are apart: 评分表!C10：… / 评分表!C10: …", () => {
  it("validate on stderr and in --json", async () => {
    const stderr = await cli("validate", SAMPLE_SCORES);
    expect(stderr.err).toContain("✗ 评分表!C10：工号/编号「BJ021」出现多次");
    expect(stderr.err).not.toMatch(gluedCell);
    const zh = await cli("validate", SAMPLE_SCORES, "--json");
    const issues = JSON.parse(zh.out).issues as { cell: string; message: string }[];
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues.filter((i) => i.cell))
      expect(issue.message.startsWith(`${issue.cell}：`)).toBe(true);

    const english = await cli("validate", SAMPLE_SCORES, "--lang", "en-US");
    expect(english.err).toMatch(/✗ 评分表!C10: \S/);
    expect(english.err).not.toMatch(gluedCell);
    const en = await cli("validate", SAMPLE_SCORES, "--json", "--lang", "en-US");
    for (const issue of (JSON.parse(en.out).issues as typeof issues).filter((i) => i.cell))
      expect(issue.message.startsWith(`${issue.cell}: `)).toBe(true);
  });

  it("duties findings, in both languages", async () => {
    const zh = await cli("duties", SAMPLE_DUTIES, "--as-of", "2025-12-31");
    expect(zh.err).toMatch(/岗位说明书!H\d+：/);
    expect(zh.err).not.toMatch(gluedCell);
    const en = await cli("duties", SAMPLE_DUTIES, "--as-of", "2025-12-31", "--lang", "en-US");
    expect(en.err).toMatch(/岗位说明书!H\d+: \S/);
    expect(en.err).not.toMatch(gluedCell);
  });
});

describe("collect: one problem a line, and where to read the rest", () => {
  const loaded = sampleTemplate();
  const credit = (branch: string, id: string, accuracy: number | string): FilledRow => ({
    branch,
    department: "运营部",
    id,
    name: `员工${id}`,
    post: "授信审批岗",
    values: { approval_days: 2, npl_ratio: 0.01, compliance_accuracy: accuracy },
  });
  const folder = path.join(dir, "提交");
  const roster = path.join(dir, "机构名单.csv");
  const run = (...extra: string[]) =>
    cli(
      "collect",
      folder,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--roster",
      roster,
      "--period",
      "2025Q4",
      ...extra
    );

  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, "北京分行.xlsx"),
      await submission(loaded, [credit("北京分行", "BJ1", 95)])
    );
    // SH1 is sent by 广州 too; SH2 to SH12 write 九十六 for a number: eleven errors, one more than listed.
    const shanghai = [credit("上海分行", "SH1", 98)];
    for (let i = 2; i <= 12; i++) shanghai.push(credit("上海分行", `SH${i}`, "九十六"));
    writeFileSync(path.join(folder, "上海分行.xlsx"), await submission(loaded, shanghai));
    writeFileSync(
      path.join(folder, "广州分行.xlsx"),
      await submission(loaded, [credit("广州分行", "SH1", 92)])
    );
    writeFileSync(roster, "机构\n北京分行\n上海分行\n广州分行\n南京分行\n");
  });

  it("in Chinese: each error under its file, the id sent twice once, and 提交情况 named", async () => {
    const { code, err, out } = await run("--out", path.join(dir, "汇总.xlsx"), "--json");
    expect(code).toBe(1);
    const lines = err.trimEnd().split("\n");
    expect(lines).toContain("✓ 北京分行.xlsx（北京分行）：已接收 1 行");
    const at = lines.indexOf("✗ 上海分行.xlsx（上海分行）：已接收 0 行；12 行有错误未接收");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 11)).toEqual(
      Array.from({ length: 10 }, () =>
        expect.stringMatching(/^ {2}- 评分表!H\d+：「合规准确率」应为数字，当前为「九十六」。$/)
      )
    );
    expect(lines[at + 11]).toBe(
      "  - 另有 1 处错误未列出：用 bank-assess validate 检查该文件可看到全部。"
    );
    expect(lines.filter((l) => l.includes("工号「SH1」"))).toEqual([
      "✗ 工号「SH1」同时出现在 广州分行（广州分行.xlsx）、上海分行（上海分行.xlsx），这些行均未接收，请核实",
    ]);
    expect(lines).toContain("✗ 南京分行：未提交");
    expect(lines[lines.length - 1]).toBe(
      "各文件、各机构的接收情况和未接收的原因，见该工作簿的「提交情况」工作表。"
    );
    expect(err).not.toMatch(gluedCell);
    const shanghai = (
      JSON.parse(out).files as { file: string; issues: { message: string }[] }[]
    ).find((f) => f.file === "上海分行.xlsx");
    expect(shanghai?.issues[0].message).toMatch(/^评分表!H\d+：「合规准确率」/);
  });

  it("in English: English punctuation and plurals", async () => {
    const { err } = await run("--out", path.join(dir, "collected.xlsx"), "--lang", "en-US");
    const lines = err.trimEnd().split("\n");
    expect(lines).toContain("✓ 北京分行.xlsx (北京分行): 1 row accepted");
    expect(lines).toContain(
      "✗ 上海分行.xlsx (上海分行): 0 rows accepted; 12 rows with errors not accepted"
    );
    expect(lines).toContain(
      "  - and 1 more error not listed: run bank-assess validate on the file to see them all."
    );
    expect(lines).toContain(
      '✗ Employee id "SH1" was sent from 广州分行 (广州分行.xlsx), 上海分行 (上海分行.xlsx); none of those rows is accepted, please check'
    );
    expect(lines).toContain("✗ 南京分行: sent nothing");
    expect(lines).toContain("Collected 1 row; written to " + path.join(dir, "collected.xlsx"));
    expect(lines[lines.length - 1]).toContain('on the "提交情况" sheet of that workbook.');
    expect(chinesePunctuation(err)).toBeNull();
    expect(err).not.toMatch(/\(s\)|\b1 rows\b/);
    expect(err).not.toMatch(gluedCell);
  });
});

describe("English lists English: commas between the sheets a command wrote, not 、", () => {
  it("template and duties --new", async () => {
    const template = await cli(
      "template",
      SAMPLE_TEMPLATE_PATH,
      "--out",
      path.join(dir, "score-template.xlsx"),
      "--lang",
      "en-US"
    );
    expect(template.err).toContain("(sheets: 权重模板, 评分表, 填写说明)");
    const duties = await cli(
      "duties",
      "--new",
      "--out",
      path.join(dir, "duties.xlsx"),
      "--lang",
      "en-US"
    );
    expect(duties.err).toContain("(岗位说明书, 权责矩阵, 职责变更)");
    expect(chinesePunctuation(template.err + duties.err)).toBeNull();
    const chinese = await cli(
      "template",
      SAMPLE_TEMPLATE_PATH,
      "--out",
      path.join(dir, "评分模板.xlsx")
    );
    expect(chinese.err).toContain("（工作表：权重模板、评分表、填写说明）");
  });
});
