import { Button, MessageBar, MessageBarBody, Subtitle2, Switch } from "@fluentui/react-components";
import type { PaneHost } from "../../../workbook/pane-host";
import { DateField } from "../../DateField";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import { useDutiesStyles } from "./duties-styles";
import type { DutiesRun } from "./use-duties-run";

/** The check-up section: the date to check as of, whether to mark the cells, and check / write / download. */
export function DutiesCheckupForm({
  host,
  duties,
  busy,
}: {
  host: PaneHost;
  duties: DutiesRun;
  busy: boolean;
}) {
  const { t } = useText();
  const styles = { ...usePaneStyles(), ...useDutiesStyles() };
  const { book, asOf, setAsOf, badDate, highlight, setHighlight, result, written } = duties;
  return (
    <section className={styles.form} aria-label={t("ui.duties.checkup")}>
      <Subtitle2 as="h3">{t("ui.duties.checkup")}</Subtitle2>
      <DateField label={t("ui.duties.asOf")} value={asOf} onChange={setAsOf} />
      {host.kind === "office" && (
        <Switch
          label={t("ui.validate.highlight")}
          checked={highlight}
          onChange={(_, data) => setHighlight(data.checked)}
        />
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={duties.check} disabled={busy || !book || badDate}>
          {t("ui.duties.check")}
        </Button>
        <Button onClick={duties.writeReport} disabled={busy || !result}>
          {t("ui.duties.writeReport")}
        </Button>
        {host.downloadResult && written && (
          <Button onClick={() => void host.downloadResult?.(`${written}.xlsx`)} disabled={busy}>
            {t("ui.rank.download")}
          </Button>
        )}
      </div>
      {!book && (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.empty.noWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
