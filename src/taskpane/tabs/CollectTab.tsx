import { Button, Caption1 } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { usePaneStyles } from "../pane-styles";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { CollectBranches } from "./collect/CollectBranches";
import { CollectFileList } from "./collect/CollectFileList";
import { useCollectRun } from "./collect/use-collect-run";
import { PeriodField } from "./rank/PeriodField";

type Props = {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/** Head office's fourth tab: many branch files in, each file's state as it is read, then — on confirmation — the sheets. */
export function CollectTab({ host, template, run, busy }: Props) {
  const { t } = useText();
  const styles = usePaneStyles();
  const collecting = useCollectRun({ host, template, run });
  const { roster, progress, result, start, pickRoster, write, cancel } = collecting;

  return (
    <div>
      <div className={styles.row}>
        <FilePicker
          label={t("ui.collect.pick")}
          accept=".xlsx"
          multiple
          primary
          disabled={busy}
          onFiles={(files) => void start(files)}
        />
        <FilePicker
          label={t("ui.collect.roster")}
          accept=".csv,.txt,.xlsx"
          disabled={busy}
          onFiles={(files) => void pickRoster(files[0])}
        />
        {busy && progress && (
          <Button onClick={cancel} aria-label={t("ui.collect.cancel")}>
            {t("ui.collect.cancel")}
          </Button>
        )}
      </div>
      {roster && <Caption1>{t("ui.collect.rosterLoaded", { count: roster.length })}</Caption1>}
      <PeriodField
        value={collecting.period}
        onChange={collecting.setPeriod}
        problem={collecting.periodProblem}
      />
      {progress && <CollectFileList progress={progress} busy={busy} />}
      {result && result.template && (
        <CollectBranches
          result={result}
          onWrite={write}
          download={collecting.download}
          busy={busy}
        />
      )}
    </div>
  );
}
