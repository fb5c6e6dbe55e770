import {
  FEEDBACK_PAGES_PER_SHEET,
  feedbackSheetSpecs,
} from "../../../src/jobs/cycle/feedback-sheet";
import { sheetOf } from "../../../src/workbook/number-headers";
import { PAGE_BREAK_LIMIT } from "../../../src/workbook/port";
import { feedbackResults } from "../../support/feedback-workbook";

const options = { generatedAt: "2026-01-09 09:00", inputHash: "0".repeat(64) };
/** Each page's first row holds its title; the row before it is the page break. */
const pageStarts = (rows: { value: unknown }[][]) =>
  rows.flatMap((cells, r) => (cells[0]?.value === "2025年第四季度 考核反馈单" ? [r] : []));

describe("反馈单: a page per person, within Excel's 1,026 page breaks a sheet", () => {
  it("puts 1,000 pages on a sheet and the rest on 反馈单 2, 反馈单 3 …, in ranking order, each page behind a break", () => {
    const { loaded, report, results } = feedbackResults(2_300);
    const people = results.objects.filter((object) => object.feedback !== null);
    expect(people.length).toBeGreaterThan(2 * FEEDBACK_PAGES_PER_SHEET);
    const specs = feedbackSheetSpecs(loaded, results, options);
    expect(specs.map((spec) => spec.name)).toEqual(["反馈单", "反馈单 2", "反馈单 3"]);
    let seen = 0;
    for (const spec of specs) {
      const starts = pageStarts(spec.rows);
      expect(starts[0]).toBe(0);
      // A break before every page but the first, and never more than Excel keeps.
      expect(spec.pageBreaks).toEqual(starts.slice(1));
      expect(spec.pageBreaks!.length).toBeLessThanOrEqual(PAGE_BREAK_LIMIT);
      // Each page is its person's, in order: the id is on the page's rows before the next break.
      starts.forEach((start, k) => {
        const end = starts[k + 1] ?? spec.rows.length;
        const text = spec.rows
          .slice(start, end)
          .flat()
          .map((cell) => cell?.value);
        expect(text).toContain(people[seen + k].row.id);
      });
      seen += starts.length;
      expect(() => sheetOf(spec)).not.toThrow();
    }
    expect(seen).toBe(people.length);
    expect(report.ranked.length).toBeGreaterThan(0);
  });

  it("keeps one sheet for a few people, and names each sheet as it is told (a user's 反馈单 kept)", () => {
    const { loaded, results } = feedbackResults(30);
    const specs = feedbackSheetSpecs(loaded, results, {
      ...options,
      name: (k) => `反馈单 (2)${k ? ` ${k + 1}` : ""}`,
    });
    expect(specs.map((spec) => spec.name)).toEqual(["反馈单 (2)"]);
  });

  it("is refused by every writer past 1,026 breaks (a maker's bug, never a file whose pages run together)", () => {
    const rows = Array.from({ length: PAGE_BREAK_LIMIT + 2 }, (_, r) => [{ value: r }]);
    const pageBreaks = rows.map((_, r) => r).slice(1);
    const provenance = { kind: "feedback" } as const;
    expect(() => sheetOf({ name: "表", rows, pageBreaks, provenance })).toThrow(/1026 page breaks/);
    expect(() =>
      sheetOf({ name: "表", rows, pageBreaks: pageBreaks.slice(0, PAGE_BREAK_LIMIT), provenance })
    ).not.toThrow();
  });
});
