import { Button, Field, Input, Text } from "@fluentui/react-components";
import { DateField } from "../DateField";
import { officialCalendar } from "../../core/calendar/official-calendar";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { ResultsCounts } from "./results/ResultsCounts";
import { ResultsWarned } from "./results/ResultsWarned";
import { useResultsStyles } from "./results/results-styles";
import { useResultsRun } from "./results/use-results-run";

type Props = {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  /** "Today" for the default publication date (tests fix it). */
  today?: () => Date;
};

/**
 * 结果 → 结果应用 (cycle.md §3–§4): feedback pages, outcomes, rectification and training needs for a ranking
 * tab of the workbook, its other ranking tabs as history; shows the counts per outcome and the people to warn.
 */
export function ResultsTab({ host, run, busy, today = () => new Date() }: Props) {
  const { t } = useText();
  const styles = useResultsStyles();
  const {
    book,
    period,
    setPeriod,
    published,
    setPublished,
    badDate,
    result,
    make,
    addArrangement,
  } = useResultsRun({ host, run, today });

  return (
    <div>
      <div className={styles.form}>
        <Text className={styles.hint}>{t("ui.results.hint")}</Text>
        <Field label={t("ui.results.period")}>
          <Input
            value={period}
            onChange={(_, data) => setPeriod(data.value)}
            placeholder={t("ui.results.periodDefault")}
          />
        </Field>
        <DateField label={t("ui.results.published")} value={published} onChange={setPublished} />
        <Button appearance="primary" onClick={make} disabled={busy || !book || badDate}>
          {t("ui.results.run")}
        </Button>
        {host.downloadResult && result?.results && (
          <Button
            onClick={() => void host.downloadResult?.(`结果-${result.results?.period ?? ""}.xlsx`)}
            disabled={busy}
          >
            {t("ui.rank.download")}
          </Button>
        )}
        <Text className={styles.note}>
          {t("ui.arrangement.hint", {
            from: officialCalendar.firstYear,
            to: officialCalendar.lastYear,
          })}
        </Text>
        <Button onClick={addArrangement} disabled={busy || !book}>
          {t("ui.arrangement.make")}
        </Button>
      </div>
      {result?.results && (
        <>
          <ResultsCounts
            counts={result.results.counts}
            appealDeadline={result.results.appealDeadline}
          />
          <ResultsWarned results={result.results} />
        </>
      )}
    </div>
  );
}
