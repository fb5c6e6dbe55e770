import { Subtitle2 } from "@fluentui/react-components";
import { joinList } from "../../../core/i18n/messages";
import type { AppealsInWorkbookResult } from "../../../jobs/appeals/appeals-job";
import { useText } from "../../use-text";
import { useAppealsStyles } from "./appeals-styles";

/** Who moved when the answered appeals were applied: score and rank before and after, and why. */
export function AppealCorrections({
  corrections,
}: {
  corrections: AppealsInWorkbookResult["corrections"];
}) {
  const { t, locale } = useText();
  const styles = useAppealsStyles();
  return (
    <section className={styles.section} aria-label={t("ui.appeals.moved")}>
      <Subtitle2 as="h3">{t("ui.appeals.moved")}</Subtitle2>
      <ul className={styles.list}>
        {corrections.flatMap((c) =>
          c.changes.map((change) => (
            <li key={`${c.period}-${change.id}`}>
              {change.name ?? change.id}：
              {t("ui.appeals.change", {
                before: change.before.composite ?? "—",
                after: change.after.composite ?? "—",
                rankBefore: change.before.rank?.overall ?? "—",
                rankAfter: change.after.rank?.overall ?? "—",
              })}
              <div className={styles.note}>
                {change.cause === "others"
                  ? t("sheet.changes.others")
                  : joinList(change.cause, locale)}
              </div>
            </li>
          ))
        )}
      </ul>
    </section>
  );
}
