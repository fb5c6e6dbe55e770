import {
  Button,
  Field,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  isoDate,
  localIsoDay,
  officialCalendar,
  serialOf,
} from "../../core/calendar/official-calendar";
import type { OutcomeCounts } from "../../core/cycle/results";
import type { MessageKey } from "../../core/i18n/messages";
import { issueText } from "../../jobs/shared/issue";
import { arrangementInWorkbook } from "../../jobs/calendar/arrangement-job";
import { resultsInWorkbook, type ResultsJobResult } from "../../jobs/cycle/results-job";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalM },
  number: { textAlign: "right" },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Props = {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  /** "Today" for the default publication date (tests fix it). */
  today?: () => Date;
};

const COUNT_LABELS: [keyof OutcomeCounts, MessageKey][] = [
  ["reward", "ui.results.reward"],
  ["passed", "ui.results.passed"],
  ["warning", "ui.results.warning"],
  ["penalty", "ui.results.penalty"],
  ["noResult", "ui.results.noResult"],
];

/**
 * 结果 → 结果应用 (cycle.md §3–§4): feedback pages, outcomes, rectification and training needs for a ranking
 * tab of the workbook, its other ranking tabs as history; shows the counts per outcome and the people to warn.
 */
export function ResultsTab({ host, run, busy, today = () => new Date() }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [period, setPeriod] = useState("");
  const [published, setPublished] = useState(() => localIsoDay(today()));
  const [result, setResult] = useState<ResultsJobResult | null>(null);
  const book = host.workbook();
  const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(published);

  const make = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const done = await resultsInWorkbook(book, {
        period: period.trim() || undefined,
        published: serialOf(published),
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      if (!done.results)
        return {
          kind: "error",
          key: "ui.results.failed",
          details: done.problems.map((issue) => issueText(issue, locale)),
        };
      return {
        kind: done.results.counts.warning > 0 || done.notes.length > 0 ? "warning" : "success",
        // A deadline counted without the year's arrangement says so, and how to load it.
        details: done.notes.map((issue) => issueText(issue, locale)),
        key: "ui.results.done",
        params: {
          sheets: done.sheets.map((sheet) => sheet.name).join("、"),
          objects: done.results.objects.length,
          warning: done.results.counts.warning,
          deadline: isoDate(done.results.appealDeadline),
        },
      };
    });

  // The year after the bundled calendar, or the publication's year if later: the arrangement to load.
  const arrangementYear = Math.max(
    officialCalendar.lastYear + 1,
    Number(published.slice(0, 4)) || 0
  );
  const addArrangement = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const made = await arrangementInWorkbook(book, { year: arrangementYear, locale });
      if (!made.ok) return { kind: "warning", key: made.key };
      return {
        kind: "success",
        key: "ui.arrangement.made",
        params: { sheet: made.sheet, year: arrangementYear },
      };
    });

  const warned = result?.results?.objects.filter((o) => o.outcome.warning) ?? [];
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
        <Field
          label={t("ui.results.published")}
          validationState={badDate ? "error" : "none"}
          validationMessage={badDate ? t("ui.results.badDate") : undefined}
        >
          <Input type="date" value={published} onChange={(_, data) => setPublished(data.value)} />
        </Field>
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
          <section className={styles.section} aria-label={t("ui.results.counts")}>
            <Subtitle2 as="h3">{t("ui.results.counts")}</Subtitle2>
            <Table size="extra-small">
              <TableBody>
                {COUNT_LABELS.map(([key, label]) => (
                  <TableRow key={key}>
                    <TableCell>{t(label)}</TableCell>
                    <TableCell className={styles.number}>{result.results?.counts[key]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Text className={styles.note}>
              {t("ui.results.appeal", { date: isoDate(result.results.appealDeadline) })}
            </Text>
          </section>
          <section className={styles.section} aria-label={t("ui.results.toWarn")}>
            <Subtitle2 as="h3">
              {t("ui.results.toWarn")} ({warned.length})
            </Subtitle2>
            {warned.length === 0 ? (
              <Text>{t("ui.results.noWarn")}</Text>
            ) : (
              <Table size="extra-small">
                <TableBody>
                  {warned.map(({ row, outcome }) => (
                    <TableRow key={row.id}>
                      <TableCell>
                        {row.name ?? row.id}
                        <div className={styles.note}>
                          {[row.branch, row.post?.name].filter(Boolean).join(" · ")}
                        </div>
                      </TableCell>
                      <TableCell>
                        {t("ui.results.rectifyBy", {
                          date: isoDate(outcome.warning?.deadline ?? 0),
                        })}
                        <div className={styles.note}>
                          {outcome.penalty
                            ? t("ui.results.penaltyNote", { count: outcome.consecutiveFailures })
                            : t("ui.results.failuresNote", { count: outcome.consecutiveFailures })}
                        </div>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
