import { issueAt } from "../../src/jobs/shared/issue";
import { groupIssues } from "../../src/taskpane/issue-kinds";

describe("the validate tab's groups of issues", () => {
  it("puts every advice on a percentage typed as text in the 百分比 group, whatever the indicator", () => {
    const issues = [
      "row.percentText",
      "row.percentTextScore",
      "row.percentTextPoints",
      "row.percentTextUnit",
      "row.percentTextEither",
      "row.percentScale",
    ].map((key) => issueAt("error", key as Parameters<typeof issueAt>[1], {}));
    expect(groupIssues(issues).map((g) => [g.kind, g.issues.length])).toEqual([
      ["ui.kind.percent", 6],
    ]);
  });
});
