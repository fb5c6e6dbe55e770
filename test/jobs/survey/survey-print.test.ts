/* The survey's workbook printed by LibreOffice as a bank prints it: A4, 调查汇总 with every object there. */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeWithPrinting } from "../../support/external-tools";
import { pdfPages, printAllWithLibreOffice, type PdfPage } from "../../support/libreoffice";
import { row } from "../../support/branch-rows";
import { cli } from "../../support/run-cli";
import { sampleTemplate } from "../../support/samples";
import { submission } from "../../support/submissions";

const A4 = [595, 842];
const isA4 = (page: { width: number; height: number }) =>
  [page.width, page.height]
    .map(Math.round)
    .sort((a, b) => a - b)
    .every((side, k) => Math.abs(side - A4[k]) <= 1);

describeWithPrinting("printed survey summary (LibreOffice → PDF)", (soffice) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "survey-print-"));
  const ids = Array.from({ length: 60 }, (_, k) => `M${String(k + 1).padStart(3, "0")}`);
  let pages: PdfPage[];

  beforeAll(async () => {
    const template = sampleTemplate();
    const scores = path.join(dir, "评分表.xlsx");
    writeFileSync(
      scores,
      await submission(
        template,
        ids.map((id) => row("北京分行", id, "客户经理", { customer_growth: 0.1 }))
      )
    );
    const lines = [
      "工号,评分",
      ...ids.flatMap((id, k) => Array((k % 39) + 1).fill(`${id},${(k % 5) + 1}`)),
    ];
    const exported = path.join(dir, "调查导出.csv");
    writeFileSync(exported, `${lines.join("\n")}\n`);
    const out = path.join(dir, "调查汇总.xlsx");
    const run = await cli(
      "survey",
      exported,
      "--scores",
      scores,
      "--indicator",
      "customer_satisfaction",
      "--out",
      out
    );
    expect(run.code).toBe(1);
    const [pdf] = await printAllWithLibreOffice(soffice, [out]);
    pages = await pdfPages(pdf);
  }, 300_000);

  it("prints on A4, 调查汇总 with its header and every object, 样本不足 30 where it applies", () => {
    expect(pages.every(isA4)).toBe(true);
    const summary = pages.filter((page) => page.text.includes("调查汇总："));
    expect(summary.length).toBeGreaterThan(0);
    for (const page of summary) expect(page.text).toContain("有效答卷");
    const text = summary.map((p) => p.text).join("\n");
    for (const id of ids) expect(text).toContain(id);
    expect(text).toContain("样本不足 30");
    expect(text).toContain("内部资料 注意保密");
  });
});
