import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import { REVIEW_FORM_SHEET } from "../../../src/jobs/reviews/review-form";
import { REVIEW_STATUS_SHEET, REVIEW_SUMMARY_SHEET } from "../../../src/jobs/reviews/review-sheets";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { columnOf } from "../../support/fill-score-sheet";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../../support/review-forms";
import { cli } from "../../support/run-cli";
import { submission } from "../../support/submissions";

const template = reviewsTemplate();
const rows = scoreRows();
const rated = people(rows);
const online = ["O1", "O2", "O3", "O4", "O5", "O6"];
const RATERS = ["S01", "R101", "R102", "R103", "R104"];

type Report = {
  people: {
    id: string;
    items: Record<string, number | null>;
    targets: Record<string, number | null>;
    raters: Record<string, number>;
    selfGap: number | null;
    reasons: string[];
  }[];
  forms: { file: string; rater: string | null; state: string }[];
};

describe("bank-assess reviews", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "reviews-"));
  const folder = path.join(dir, "评价表");
  const templateFile = path.join(dir, "权重模板.json");
  const scoresFile = path.join(dir, "评分表.xlsx");
  const out = path.join(dir, "评价汇总.xlsx");
  let result: { code: number; out: string; err: string };
  let report: Report;
  let scoresBefore: Buffer;

  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(templateFile, template.canonical);
    writeFileSync(scoresFile, await submission(template, rows));
    scoresBefore = readFileSync(scoresFile);
    const write = async (
      name: string,
      rater: string | null,
      answers: Parameters<typeof filledForm>[3]
    ) => writeFileSync(path.join(folder, name), await filledForm(template, rated, rater, answers));
    await write("01-上级.xlsx", "S01", all(online, "上级", [90, 80]));
    await write("02-同事.xlsx", "R101", all(online, "同事", [70, 75]));
    await write("03-同事.xlsx", "R102", {
      ...all(online, "同事", [80, 85]),
      O2: { relation: "同事", values: [80, 120] },
      X9: { relation: "同事", values: [1, 1] },
    });
    await write("04-同事.xlsx", "R103", all(online.slice(0, 5), "同事", [80, 80]));
    await write("05-本人.xlsx", "O1", { O1: { relation: "本人", values: [100, 100] } });
    await write("06-R104.xlsx", "R104", all(["O1"], "同事", [10, 10]));
    await write("07-R104.xlsx", "R104", all(["O2"], "同事", [10, 10]));
    copyFileSync(path.join(folder, "01-上级.xlsx"), path.join(folder, "08-上级再次.xlsx"));
    result = await cli(
      "reviews",
      folder,
      "--template",
      templateFile,
      "--scores",
      scoresFile,
      "--out",
      out,
      "--json"
    );
    report = JSON.parse(result.out);
  });

  it("reads every form, says each one's state on stderr, and needs attention (exit 1)", () => {
    expect(result.code).toBe(1);
    expect(report.forms).toEqual([
      { file: "01-上级.xlsx", rater: "S01", state: "accepted" },
      { file: "02-同事.xlsx", rater: "R101", state: "accepted" },
      { file: "03-同事.xlsx", rater: "R102", state: "attention" },
      { file: "04-同事.xlsx", rater: "R103", state: "attention" },
      { file: "05-本人.xlsx", rater: "O1", state: "accepted" },
      { file: "06-R104.xlsx", rater: "R104", state: "refused" },
      { file: "07-R104.xlsx", rater: "R104", state: "refused" },
      { file: "08-上级再次.xlsx", rater: null, state: "duplicate" },
    ]);
    expect(result.err).toContain("评价表!H6：「责任意识」应为 0 到 100 之间的数字，当前为「120」");
    expect(result.err).toContain("工号「X9」不在评分表中");
    expect(result.err).toContain("评价人 R104 交回了多份评价表");
    expect(result.err).toContain(`评分表!${columnOf(template, "okr_completion")}9`);
    expect(Object.keys(report.people[0]).sort()).toEqual(
      ["id", "items", "raters", "reasons", "selfGap", "targets"].sort()
    );
    const o1 = report.people.find((p) => p.id === "O1")!;
    expect(o1.raters).toEqual({ superior: 1, peer: 3, subordinate: 0, self: 1 });
    expect(o1.targets.okr_completion).toBeGreaterThan(0);
    const o4 = report.people.find((p) => p.id === "O4")!;
    expect(o4.reasons).toEqual([]);
    const o6 = report.people.find((p) => p.id === "O6")!;
    expect(o6.reasons).toEqual(["同事评价人数不足 3 人（2 人），未采用"]);
    expect(readFileSync(scoresFile).equals(scoresBefore)).toBe(true);
  });

  it("writes no rater's 工号 anywhere in 评分表 or 评价汇总 (only in 评价表情况)", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const names = (await book.read([])).sheets.map((s) => s.name);
    const snapshot = await book.read(names);
    const found = (id: string) =>
      names.filter((name) =>
        snapshot.grids
          .get(name)!
          .rows.flat()
          .some((cell) => "value" in cell && String(cell.value).includes(id))
      );
    for (const rater of RATERS) {
      expect(found(rater)).not.toContain(SCORE_SHEET);
      expect(found(rater)).not.toContain(REVIEW_SUMMARY_SHEET);
    }
    expect(found("R104")).toContain(REVIEW_STATUS_SHEET);
    // O1 rated himself: his 工号 is his own row's only (工号, and 姓名 员工O1).
    const summary = snapshot.grids.get(REVIEW_SUMMARY_SHEET)!;
    const o1 = summary.rows.flatMap((row, r) =>
      row.map((cell, c) => ("value" in cell && String(cell.value).includes("O1") ? [r, c] : null))
    );
    expect(o1.filter(Boolean)).toEqual([
      [3, 0],
      [3, 1],
    ]);
    expect(names).toEqual(
      expect.arrayContaining([TEMPLATE_SHEET, SCORE_SHEET, REVIEW_SUMMARY_SHEET])
    );
  });

  it("gives a score sheet that ranks with no error on the filled cells", async () => {
    const ranked = path.join(dir, "排名.xlsx");
    const rank = await cli("rank", out, "--out", ranked, "--period", "2025Q4", "--json");
    const json = JSON.parse(rank.out) as { issues: { severity: string; cell: string | null }[] };
    const column = columnOf(template, "okr_completion");
    const errors = json.issues.filter((i) => i.severity === "error");
    expect(errors.filter((i) => i.cell?.startsWith(`评分表!${column}`))).toEqual([]);
    expect(errors).toEqual([]);
    expect(rank.code).toBe(0);
    // What goes on to managers: the ranking workbook holds no rater's 工号 in any cell and no 评价表情况.
    const book = await XlsxWorkbook.fromBuffer(readFileSync(ranked));
    const names = (await book.read([])).sheets.map((s) => s.name);
    expect(names).not.toContain(REVIEW_STATUS_SHEET);
    const cells = [...(await book.read(names)).grids.values()].flatMap((grid) =>
      grid.rows.flat().map((cell) => ("value" in cell ? String(cell.value) : ""))
    );
    for (const rater of RATERS.filter((id) => !rows.some((row) => row.id === id)))
      expect(cells.filter((text) => text.includes(rater))).toEqual([]);
  });

  it("makes the form with --new, pre-filled from the score workbook", async () => {
    const form = path.join(dir, "评价表模板.xlsx");
    const made = await cli(
      "reviews",
      "--new",
      "--template",
      templateFile,
      "--roster",
      scoresFile,
      "--out",
      form
    );
    expect(made.code).toBe(0);
    expect(made.err).toContain("7 人");
    const grid = (
      await (await XlsxWorkbook.fromBuffer(readFileSync(form))).read([REVIEW_FORM_SHEET])
    ).grids.get(REVIEW_FORM_SHEET)!;
    expect(grid.rows[2][0]).toEqual({ kind: "text", value: "评价人工号" });
    expect(grid.rows[4][2]).toEqual({ kind: "text", value: "O1" });
    expect(grid.rows.length).toBe(4 + rows.length);
  });

  it("exits 0 when every form is accepted and every person got every target", async () => {
    const clean = path.join(dir, "clean");
    mkdirSync(clean);
    const five = online.slice(0, 5);
    const mine = rated.filter((p) => five.includes(p.id));
    for (const [name, rater, relation, values] of [
      ["a.xlsx", "S01", "上级", [90, 80]],
      ["b.xlsx", "R101", "同事", [70, 75]],
      ["c.xlsx", "R102", "同事", [80, 85]],
      ["d.xlsx", "R103", "同事", [82, 86]],
    ] as const)
      writeFileSync(
        path.join(clean, name),
        await filledForm(template, mine, rater, all(five, relation, [...values]))
      );
    const scores = path.join(dir, "五人.xlsx");
    writeFileSync(scores, await submission(template, rows.slice(0, 5)));
    const done = await cli(
      "reviews",
      clean,
      "--scores",
      scores,
      "--out",
      path.join(dir, "clean.xlsx"),
      "--lang",
      "en-US"
    );
    expect(done.err).toContain("(rater S01)");
    expect(done.code).toBe(0);
  });

  it("refuses what it cannot run with (exit 2), writing nothing", async () => {
    const none = path.join(dir, "none.xlsx");
    expect((await cli("reviews", folder, "--out", none)).err).toContain("缺少 --scores");
    expect((await cli("reviews", "--scores", scoresFile, "--out", none)).code).toBe(2);
    const plain = path.join(dir, "plain.json");
    const raw = JSON.parse(template.canonical);
    delete raw.reviews;
    writeFileSync(plain, JSON.stringify(raw));
    const noBlock = await cli(
      "reviews",
      folder,
      "--template",
      plain,
      "--scores",
      scoresFile,
      "--out",
      none
    );
    expect(noBlock.code).toBe(2);
    expect(noBlock.err).toContain("没有 reviews");
    const junk = path.join(dir, "junk");
    mkdirSync(junk);
    writeFileSync(path.join(junk, "x.xlsx"), "不是工作簿");
    const nothing = await cli(
      "reviews",
      junk,
      "--template",
      templateFile,
      "--scores",
      scoresFile,
      "--out",
      none
    );
    expect(nothing.code).toBe(2);
    expect(existsSync(none)).toBe(false);
  });
});

describe("bank-assess reviews on the bundled sample (npm run demo)", () => {
  const SAMPLES = path.join(__dirname, "../../../assets/samples");

  it("fills the Guangzhou online-ops team and needs nothing of a row whose post the template lacks", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "reviews-sample-")), "评价汇总.xlsx");
    const run = await cli(
      "reviews",
      path.join(SAMPLES, "reviews"),
      "--template",
      path.join(SAMPLES, "ops-2025.reviews.template.json"),
      "--scores",
      path.join(SAMPLES, "ops-2025.scores.xlsx"),
      "--out",
      out,
      "--overwrite"
    );
    // GZ021's post (柜员岗) is not in the template: rank names it; reviews has nothing to fill for it.
    expect(run.err).not.toContain("该指标未填");
    expect(run.err).toContain("评分表填入 3 格");
    expect(run.code).toBe(0);
  });
});
