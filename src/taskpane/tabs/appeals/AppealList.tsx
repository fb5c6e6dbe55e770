import { Button, Subtitle2 } from "@fluentui/react-components";
import { APPEAL_STATES } from "../../../core/appeals/appeal";
import { appealIssueText, type AppealsInWorkbookResult } from "../../../jobs/appeals/appeals-job";
import { useText } from "../../use-text";
import { useAppealsStyles } from "./appeals-styles";

type Appeal = AppealsInWorkbookResult["appeals"][number];

/** The state an appeal moves to next, or null at the last state (or an unknown one). */
function nextState(appeal: Appeal) {
  const at = APPEAL_STATES.indexOf(appeal.state as (typeof APPEAL_STATES)[number]);
  return at >= 0 && at < APPEAL_STATES.length - 1 ? APPEAL_STATES[at + 1] : null;
}

/** Each appeal with its state, what it still needs, and a button to move it on. */
export function AppealList({
  appeals,
  onAdvance,
  busy,
}: {
  appeals: Appeal[];
  onAdvance: (id: string) => void;
  busy: boolean;
}) {
  const { t, locale } = useText();
  const styles = useAppealsStyles();
  return (
    <section className={styles.section} aria-label={t("ui.appeals.list")}>
      <Subtitle2 as="h3">
        {t("ui.appeals.list")} ({appeals.length})
      </Subtitle2>
      <ul className={styles.list}>
        {appeals.map((appeal) => {
          const next = nextState(appeal);
          return (
            <li key={`${appeal.id}-${appeal.row}`} className={styles.item}>
              {appeal.id} · {appeal.state || t("ui.appeals.noState")}
              {appeal.issues.map((issue, i) => (
                <div key={i} className={styles.note}>
                  {appealIssueText(issue, locale)}
                </div>
              ))}
              {next && (
                <div>
                  <Button size="small" onClick={() => onAdvance(appeal.id)} disabled={busy}>
                    {t("ui.appeals.advance", { state: next })}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
