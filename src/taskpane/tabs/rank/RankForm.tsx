import { Button, Dropdown, Field, Option, Switch } from "@fluentui/react-components";
import { RANK_METHODS, type RankMethod } from "../../../core/ranking/rank";
import type { PaneHost } from "../../../workbook/pane-host";
import { useText } from "../../use-text";
import { PeriodField } from "./PeriodField";
import { useRankStyles } from "./rank-styles";
import type { RankRun } from "./use-rank-run";

const METHOD_LABEL = {
  dense: "ui.rank.dense",
  competition: "ui.rank.competition",
  average: "ui.rank.average",
} as const;

/** The ranking's choices (period, method, live formulas), the button that ranks, and the download once ranked. */
export function RankForm({
  host,
  ranking,
  busy,
}: {
  host: PaneHost;
  ranking: RankRun;
  busy: boolean;
}) {
  const { t } = useText();
  const styles = useRankStyles();
  const { period, setPeriod, method, setMethod, live, setLive } = ranking;
  return (
    <div className={styles.form}>
      <PeriodField value={period} onChange={setPeriod} problem={ranking.periodProblem} />
      <Field label={t("ui.rank.method")}>
        <Dropdown
          value={t(METHOD_LABEL[method])}
          selectedOptions={[method]}
          onOptionSelect={(_, data) => setMethod(data.optionValue as RankMethod)}
        >
          {RANK_METHODS.map((m) => (
            <Option key={m} value={m}>
              {t(METHOD_LABEL[m])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label={t("ui.rank.live")}
        checked={live}
        onChange={(_, data) => setLive(data.checked)}
      />
      <Button appearance="primary" onClick={ranking.rank} disabled={busy || !ranking.book}>
        {t("ui.rank.run")}
      </Button>
      {host.downloadResult && ranking.report && (
        <Button
          onClick={() => void host.downloadResult?.(`排名-${period || "结果"}.xlsx`)}
          disabled={busy}
        >
          {t("ui.rank.download")}
        </Button>
      )}
    </div>
  );
}
