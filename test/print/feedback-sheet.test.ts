/* The feedback pages (cycle.md §4) as a bank prints them: one A4 page per object, nothing cut. */
import { describeWithPrinting } from "../support/external-tools";
import { feedbackWorkbook } from "../support/feedback-workbook";
import { pdfPages, printWithLibreOffice } from "../support/libreoffice";

describeWithPrinting("反馈单 printed (LibreOffice → PDF)", (soffice) => {
  it("prints one A4 portrait page per object, each whole: who, result, indicators, outcome, appeal date", async () => {
    const { file, report } = await feedbackWorkbook(12);
    const pages = await pdfPages(await printWithLibreOffice(soffice, file));
    expect(pages).toHaveLength(report.ranked.length);
    pages.forEach((page, k) => {
      const row = report.ranked[k];
      expect(page.width).toBeLessThan(page.height);
      expect(page.text).toContain(row.id);
      expect(page.text).toContain("考核反馈单");
      expect(page.text).toContain("如对考核结果有异议，请于 2026-01-16 前书面申诉。");
      expect(page.text).toMatch(/结果应用：/);
    });
  });
});
