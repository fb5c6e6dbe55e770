import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { countErrors } from "../../../jobs/shared/issue";
import { issueText } from "../../pane-wording";
import type { Inspection } from "../../../jobs/assessment/inspect";
import type { PaneHost } from "../../../workbook/pane-host";
import { GroupedFindings } from "../../GroupedFindings";
import { groupIssues } from "../../issue-kinds";
import { useText } from "../../use-text";

const useStyles = makeStyles({
  summary: { display: "block", margin: `${tokens.spacingVerticalS} 0` },
});

/** A check's outcome: the sheet and its counts, then every problem by kind, each a click away from its cell. */
export function ValidateFindings({ result, host }: { result: Inspection; host: PaneHost }) {
  const { t, locale } = useText();
  const styles = useStyles();
  const errors = countErrors(result.issues);
  const summary = t("ui.validate.summary", {
    rows: result.records.length,
    errors,
    warnings: result.issues.length - errors,
  });
  return (
    <section aria-label={summary}>
      <Caption1 className={styles.summary}>
        {result.sheet} · {summary}
      </Caption1>
      <GroupedFindings
        groups={groupIssues(result.issues).map((group) => ({
          key: group.kind,
          title: t(group.kind),
          error: group.issues.some((i) => i.severity === "error"),
          items: group.issues.map((issue) => ({
            cell: issue.cell,
            text: issueText(issue, locale),
          })),
        }))}
        selectCell={host.selectCell}
      />
    </section>
  );
}
