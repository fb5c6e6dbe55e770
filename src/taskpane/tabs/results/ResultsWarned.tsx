import { Subtitle2, Table, TableBody, TableCell, TableRow, Text } from "@fluentui/react-components";
import { isoDate } from "../../../core/calendar/official-calendar";
import type { ResultsJobResult } from "../../../jobs/cycle/results-job";
import { useText } from "../../use-text";
import { useResultsStyles } from "./results-styles";

type Results = NonNullable<ResultsJobResult["results"]>;

/** The people to warn: each with branch and post, the date to rectify by, and how many times they failed. */
export function ResultsWarned({ results }: { results: Results }) {
  const { t } = useText();
  const styles = useResultsStyles();
  const warned = results.objects.filter((o) => o.outcome.warning);
  return (
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
  );
}
