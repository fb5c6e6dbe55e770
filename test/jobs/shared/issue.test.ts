import { findingText } from "../../../src/core/duties/duties";
import { joinSentences } from "../../../src/core/i18n/messages";
import fc from "fast-check";
import { issueAt, issueText, reasonsFor, reasonsIndex } from "../../../src/jobs/shared/issue";

/** Every list of issues (stderr, --json, the pane, 提交情况 and the ranking's reasons) is made of issueText. */
describe("issueText: the place, then the message", () => {
  const duplicate = issueAt(
    "error",
    "row.duplicateId",
    { id: "BJ021", rows: ["10", "28"] },
    "评分表",
    "C10"
  );

  it("puts a full-width colon between a cell and a Chinese message", () => {
    expect(issueText(duplicate, "zh-CN")).toMatch(/^评分表!C10：工号\/编号「BJ021」/);
  });

  it('puts ": " between a cell and an English message', () => {
    expect(issueText(duplicate, "en-US")).toMatch(/^评分表!C10: \S/);
  });

  it("quotes a sheet name Excel would quote, and says nothing more without a cell", () => {
    const quoted = issueAt(
      "error",
      "row.duplicateId",
      { id: "X", rows: ["2", "3"] },
      "Q4 scores",
      "C3"
    );
    expect(issueText(quoted, "zh-CN")).toMatch(/^'Q4 scores'!C3：/);
    const nowhere = issueAt("error", "row.duplicateId", { id: "X", rows: ["2", "3"] });
    expect(issueText(nowhere, "zh-CN")).toMatch(/^工号\/编号「X」/);
  });

  it("and so does a duties finding", () => {
    const finding = {
      kind: "stale-description" as const,
      severity: "warning" as const,
      cell: "岗位说明书!H5",
      params: { post: "支行行长", revised: "2025-07-01" },
    };
    expect(findingText(finding, "zh-CN")).toMatch(/^岗位说明书!H5：「支行行长」/);
    expect(findingText(finding, "en-US")).toMatch(/^岗位说明书!H5: The description/);
  });
});

describe("joinSentences: a file's note and its issues, as 提交情况 and the pane show them", () => {
  it("ends a note written as a phrase before the next, in either language", () => {
    const issue = issueAt(
      "error",
      "row.duplicateId",
      { id: "SH3", rows: ["4", "5"] },
      "评分表",
      "C4"
    );
    expect(
      joinSentences(["已接收 0 行；5 行有错误未接收", issueText(issue, "zh-CN")], "zh-CN")
    ).toMatch(/^已接收 0 行；5 行有错误未接收。评分表!C4：/);
    expect(
      joinSentences(
        ["0 rows accepted; 5 rows with errors not accepted", issueText(issue, "en-US")],
        "en-US"
      )
    ).toMatch(/^0 rows accepted; 5 rows with errors not accepted\. 评分表!C4: /);
  });

  it("leaves a sentence that already ends as it is", () => {
    expect(joinSentences(["第一句。", "第二句"], "zh-CN")).toBe("第一句。第二句");
    expect(joinSentences(["One.", "Two"], "en-US")).toBe("One. Two");
  });
});

describe("reasonsIndex: reasonsFor for many rows at once", () => {
  const issue = fc.record({
    severity: fc.constantFrom("error" as const, "warning" as const),
    row: fc.option(fc.integer({ min: 3, max: 8 }), { nil: undefined }),
    recordId: fc.option(fc.constantFrom("A1", "A2", "B1"), { nil: undefined }),
  });
  const row = fc.record({
    id: fc.constantFrom("A1", "A2", "B1", "C9"),
    source: fc.option(
      fc.record({ row: fc.option(fc.integer({ min: 3, max: 8 }), { nil: undefined }) }),
      {
        nil: undefined,
      }
    ),
  });

  it("gives each row the same errors, in the same order, as reasonsFor", () => {
    fc.assert(
      fc.property(
        fc.array(issue, { maxLength: 30 }),
        fc.array(row, { maxLength: 10 }),
        (found, rows) => {
          const issues = found.map((f, k) => ({
            ...issueAt(
              f.severity,
              "row.duplicateId",
              { id: String(k), rows: "" },
              "评分表",
              `C${k + 4}`
            ),
            row: f.row,
            recordId: f.recordId,
          }));
          const index = reasonsIndex(issues);
          for (const r of rows) expect(index(r)).toEqual(reasonsFor(r, issues));
        }
      )
    );
  });
});
