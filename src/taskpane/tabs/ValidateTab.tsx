import { Button, MessageBar, MessageBarBody, Switch } from "@fluentui/react-components";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { PaneHost } from "../../workbook/pane-host";
import { usePaneStyles } from "../pane-styles";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { ValidateFindings } from "./validate/ValidateFindings";
import { useValidateRun } from "./validate/use-validate-run";

type Props = {
  host: PaneHost;
  /** The pane's template, used when the workbook has no 权重模板 sheet of its own. */
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/** Managers' tab: check the score sheet, see every problem by kind, jump to its cell, mark the cells. */
export function ValidateTab({ host, template, run, busy }: Props) {
  const { t } = useText();
  const styles = usePaneStyles();
  const { book, result, highlight, setHighlight, auto, setAuto, check } = useValidateRun({
    host,
    template,
    run,
  });

  return (
    <div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={busy || !book}>
          {t("ui.validate.run")}
        </Button>
      </div>
      {host.kind === "office" && (
        <div className={styles.row}>
          <Switch
            label={t("ui.validate.highlight")}
            checked={highlight}
            onChange={(_, data) => setHighlight(data.checked)}
          />
          <Switch
            label={t("ui.validate.auto")}
            checked={auto}
            onChange={(_, data) => setAuto(data.checked)}
          />
        </div>
      )}
      {!book && (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.empty.noWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
      {result && <ValidateFindings result={result} host={host} />}
    </div>
  );
}
