/* The review form and the review sheets printed by LibreOffice as a bank prints them: A4, the header on
 * every page, every person's row there. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeWithPrinting } from "../../support/external-tools";
import { pdfPages, printAllWithLibreOffice, type PdfPage } from "../../support/libreoffice";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../../support/review-forms";
import { cli } from "../../support/run-cli";
import { submission } from "../../support/submissions";

const A4 = [595, 842];
const isA4 = (page: { width: number; height: number }) =>
  [page.width, page.height]
    .map(Math.round)
    .sort((a, b) => a - b)
    .every((side, k) => Math.abs(side - A4[k]) <= 1);

describeWithPrinting("printed review sheets (LibreOffice → PDF)", (soffice) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "review-print-"));
  const template = reviewsTemplate();
  const rows = scoreRows();
  let form: PdfPage[];
  let result: PdfPage[];

  beforeAll(async () => {
    const templateFile = path.join(dir, "t.json");
    const scores = path.join(dir, "评分表.xlsx");
    writeFileSync(templateFile, template.canonical);
    writeFileSync(scores, await submission(template, rows));
    const formFile = path.join(dir, "评价表.xlsx");
    expect(
      (
        await cli(
          "reviews",
          "--new",
          "--template",
          templateFile,
          "--roster",
          scores,
          "--out",
          formFile
        )
      ).code
    ).toBe(0);
    const forms = path.join(dir, "forms");
    mkdirSync(forms);
    const online = ["O1", "O2", "O3", "O4", "O5", "O6"];
    for (const [k, rater] of ["S01", "R101", "R102", "R103"].entries())
      writeFileSync(
        path.join(forms, `${rater}.xlsx`),
        await filledForm(
          template,
          people(rows),
          rater,
          all(online, k === 0 ? "上级" : "同事", [80 + k, 70 + k])
        )
      );
    const out = path.join(dir, "评价汇总.xlsx");
    expect((await cli("reviews", forms, "--scores", scores, "--out", out)).code).toBeLessThan(2);
    const [a, b] = await printAllWithLibreOffice(soffice, [formFile, out]);
    form = await pdfPages(a);
    result = await pdfPages(b);
  }, 300_000);

  it("prints the form on A4 pages, its header and the rater's cells on each, every person there", () => {
    expect(form.length).toBeGreaterThan(0);
    expect(form.length).toBeLessThanOrEqual(2);
    expect(form.every(isA4)).toBe(true);
    for (const page of form) expect(page.text).toContain("评价关系");
    const text = form.map((p) => p.text).join("\n");
    expect(text).toContain("评价人工号");
    for (const row of rows) expect(text).toContain(String(row.id));
    expect(text).toContain("内部资料 注意保密");
  });

  it("prints the result workbook on A4, 评价汇总 with every person", () => {
    expect(result.every(isA4)).toBe(true);
    const text = result.map((p) => p.text).join("\n");
    expect(text).toContain("评价汇总");
    expect(text).toContain("评价表情况");
    for (const row of rows) expect(text).toContain(String(row.id));
  });
});
