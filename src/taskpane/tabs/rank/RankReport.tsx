import { Subtitle2, Table, TableBody, TableCell, TableRow } from "@fluentui/react-components";
import type { AssessReport } from "../../../core/assess/assess";
import { joinSentences } from "../../../core/i18n/messages";
import { issueText, reasonsFor } from "../../../jobs/shared/issue";
import { useText } from "../../use-text";
import { RankedTable } from "./RankedTable";
import { useRankStyles } from "./rank-styles";
import type { RankRun } from "./use-rank-run";

/** The last ranking: people per grade, the top and bottom five, and who could not be ranked and why. */
export function RankReport({ report, ranking }: { report: AssessReport; ranking: RankRun }) {
  const { t, locale } = useText();
  const styles = useRankStyles();
  return (
    <>
      <section className={styles.section} aria-label={t("ui.rank.grades")}>
        <Subtitle2 as="h3">{t("ui.rank.grades")}</Subtitle2>
        <Table size="extra-small">
          <TableBody>
            {report.gradeCounts.map((g) => (
              <TableRow key={g.label}>
                <TableCell>
                  {locale === "en-US"
                    ? (ranking.grades.find((band) => band.label === g.label)?.labelEn ?? g.label)
                    : g.label}
                </TableCell>
                <TableCell className={styles.number}>{g.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <section className={styles.section} aria-label={t("ui.rank.top")}>
        <Subtitle2 as="h3">{t("ui.rank.top")}</Subtitle2>
        <RankedTable rows={report.ranked.slice(0, 5)} posts={ranking.posts} />
      </section>
      <section className={styles.section} aria-label={t("ui.rank.bottom")}>
        <Subtitle2 as="h3">{t("ui.rank.bottom")}</Subtitle2>
        <RankedTable rows={report.ranked.slice(-5)} posts={ranking.posts} />
      </section>
      {report.unranked.length > 0 && (
        <section className={styles.section} aria-label={t("ui.rank.unranked")}>
          <Subtitle2 as="h3">
            {t("ui.rank.unranked")} ({report.unranked.length})
          </Subtitle2>
          <Table size="extra-small">
            <TableBody>
              {report.unranked.map((row) => (
                <TableRow key={`${row.id}-${row.source?.row}`}>
                  <TableCell>{row.name ?? row.id}</TableCell>
                  <TableCell>
                    <div className={styles.note}>
                      {joinSentences(
                        reasonsFor(row, ranking.issues).map((issue) => issueText(issue, locale)),
                        locale
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </>
  );
}
