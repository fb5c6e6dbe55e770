import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../../support/run-cli";
import { columnOf } from "../../support/fill-score-sheet";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../../support/review-forms";
import { submission } from "../../support/submissions";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "verify-cli-"));

describe("bank-assess verify (cycle.md §6.2, §7)", () => {
  const ranked = path.join(dir, "ranked.xlsx");
  beforeAll(async () => {
    await cli("rank", SAMPLE_SCORES, "--period", "2025Q4", "--out", ranked);
  });

  it("exits 0 and says so when everything is reproduced; --json as §7", async () => {
    const { code, out, err } = await cli("verify", ranked, "--json");
    expect(code).toBe(0);
    expect(err).toContain("已核验 1 张排名表（16 行）：结果全部可重现。");
    expect(JSON.parse(out)).toMatchObject({ reproduced: true, differences: [] });
  });

  it("exits 1 with each difference and its cell, in English with --lang en-US", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(ranked);
    book.getWorksheet("排名 2025Q4")!.getCell("G12").value = 88.5;
    const edited = path.join(dir, "edited.xlsx");
    await book.xlsx.writeFile(edited);
    const { code, out, err } = await cli("verify", edited, "--json", "--lang", "en-US");
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.reproduced).toBe(false);
    expect(json.differences).toMatchObject([
      { sheet: "排名 2025Q4", cell: "G12", what: "composite", recorded: 88.5 },
    ]);
    expect(err).toMatch(/排名 2025Q4!G12: composite is 88\.5, recomputed [\d.]+/);
    expect(err).toContain("1 difference found");
  });

  it("exits 2 when there is nothing it can verify, and says why", async () => {
    const { code, err } = await cli("verify", SAMPLE_SCORES);
    expect(code).toBe(2);
    expect(err).toContain("没有加载项生成的排名表");
    const missing = await cli("verify", path.join(dir, "nothing.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("文件不存在");
  });
});

describe("bank-assess verify --forms (issue 25)", () => {
  const template = reviewsTemplate();
  const rows = scoreRows().slice(0, 5);
  const rated = people(rows);
  const ids = rated.map((p) => p.id);
  const forms = path.join(dir, "评价表");
  const reviewed = path.join(dir, "评价汇总.xlsx");
  beforeAll(async () => {
    mkdirSync(forms);
    const scores = path.join(dir, "评分表.xlsx");
    writeFileSync(scores, await submission(template, rows));
    const templateFile = path.join(dir, "权重模板.json");
    writeFileSync(templateFile, template.canonical);
    for (const [name, rater, relation, values] of [
      ["a.xlsx", "S01", "上级", [90, 80]],
      ["b.xlsx", "R101", "同事", [70, 75]],
      ["c.xlsx", "R102", "同事", [80, 85]],
      ["d.xlsx", "R103", "同事", [82, 86]],
    ] as const)
      writeFileSync(
        path.join(forms, name),
        await filledForm(template, rated, rater, all(ids, relation, [...values]))
      );
    const done = await cli(
      "reviews",
      forms,
      "--template",
      templateFile,
      "--scores",
      scores,
      "--out",
      reviewed
    );
    expect(done.code).toBe(0);
  });

  it("exits 0 when the reviewed cells are the forms'; --json says what was compared", async () => {
    const { code, out, err } = await cli("verify", reviewed, "--forms", forms, "--json");
    expect(err).toContain("已按 4 份评价表重算评分表中 5 个员工评价结果单元格：0 处差异。");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      reproduced: true,
      reviewed: { forms: 4, cells: 5 },
      differences: [],
    });
  });

  it("exits 1 naming a hand-edited reviewed cell, in English with --lang en-US", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(reviewed);
    const cell = `${columnOf(template, "okr_completion")}5`;
    book.getWorksheet("评分表")!.getCell(cell).value = 80;
    const edited = path.join(dir, "评价汇总-改.xlsx");
    await book.xlsx.writeFile(edited);
    const zh = await cli("verify", edited, "--forms", forms);
    expect(zh.code).toBe(1);
    expect(zh.err).toMatch(
      new RegExp(`评分表!${cell}：O\\d 的「.+」（员工评价结果）为 80，重算为 [\\d.]+`)
    );
    const en = await cli("verify", edited, "--forms", forms, "--lang", "en-US");
    expect(en.err).toMatch(new RegExp(`评分表!${cell}: O\\d's ".+" \\(review result\\) is 80`));
    expect(en.err).toContain("1 difference.");
  });

  it("exits 2 when the forms are not the ones the reviews read", async () => {
    const { code, err } = await cli("verify", reviewed, "--forms", path.join(forms, "a.xlsx"));
    expect(code).toBe(2);
    expect(err).toContain("所给的评价表不是汇总时所用的那些");
    expect((await cli("verify", reviewed, "--forms")).code).toBe(2);
  });
});
