import { serialOf } from "../../../src/core/calendar/official-calendar";
import { resultSheets } from "../../../src/jobs/cycle/result-sheets";
import { feedbackResults } from "../../support/feedback-workbook";

describe("结果应用 and 整改跟踪", () => {
  const { loaded, results } = feedbackResults(40);
  const [outcomes, rectification] = resultSheets(loaded, results, {
    generatedAt: "2026-01-09 09:00",
    inputHash: "0".repeat(64),
    today: serialOf("2026-02-01"),
  });
  const aligned = (rows: { align?: string }[][], r: number) =>
    rows[r].map((cell) => cell?.align ?? "");

  it("print 等级, 表彰奖励 and 按制度处理 centred under centred headers (108.70优秀 and 4是 ran together)", () => {
    expect(outcomes.rows[2][6].value).toBe("等级");
    const centred = [6, 8, 11];
    for (const r of [2, 3, 4, outcomes.rows.length - 1])
      aligned(outcomes.rows, r).forEach((align, c) =>
        expect([r, c, align]).toEqual([r, c, centred.includes(c) ? "center" : expect.any(String)])
      );
    expect(aligned(outcomes.rows, 3)[5]).toBe("");
  });

  it("print 整改跟踪's 等级 and 逾期 centred", () => {
    expect(rectification.rows.length).toBeGreaterThan(3);
    expect(rectification.rows[2][9].value).toBe("逾期");
    for (const r of [2, 3]) {
      expect(aligned(rectification.rows, r)[4]).toBe("center");
      expect(aligned(rectification.rows, r)[9]).toBe("center");
      expect(aligned(rectification.rows, r)[6]).toBe("");
    }
  });
});

describe("结果应用's 等级", () => {
  it("is as wide as the longest grade on one line (基本合格 left 格 alone on a line)", async () => {
    const { wrappedLines } = await import("../../../src/jobs/shared/print-layout");
    const { loaded, results } = feedbackResults(40);
    const [outcomes, rectification] = resultSheets(loaded, results, {
      generatedAt: "2026-01-09 09:00",
      inputHash: "0".repeat(64),
      today: serialOf("2026-02-01"),
    });
    for (const [spec, c] of [
      [outcomes, 6],
      [rectification, 4],
    ] as const) {
      const width = spec.columns![c].width!;
      for (const band of loaded.template.grades)
        expect(wrappedLines(band.label, width - 1)).toBe(1);
    }
  });
});
