import { Subtitle2, Table, TableBody, TableCell, TableRow, Text } from "@fluentui/react-components";
import { isoDate } from "../../../core/calendar/official-calendar";
import type { OutcomeCounts } from "../../../core/cycle/results";
import type { MessageKey } from "../../../core/i18n/messages";
import { useText } from "../../use-text";
import { useResultsStyles } from "./results-styles";

const COUNT_LABELS: [keyof OutcomeCounts, MessageKey][] = [
  ["reward", "ui.results.reward"],
  ["passed", "ui.results.passed"],
  ["warning", "ui.results.warning"],
  ["penalty", "ui.results.penalty"],
  ["noResult", "ui.results.noResult"],
];

/** How many people got each outcome, and the last day to appeal. */
export function ResultsCounts({
  counts,
  appealDeadline,
}: {
  counts: OutcomeCounts;
  appealDeadline: number;
}) {
  const { t } = useText();
  const styles = useResultsStyles();
  return (
    <section className={styles.section} aria-label={t("ui.results.counts")}>
      <Subtitle2 as="h3">{t("ui.results.counts")}</Subtitle2>
      <Table size="extra-small">
        <TableBody>
          {COUNT_LABELS.map(([key, label]) => (
            <TableRow key={key}>
              <TableCell>{t(label)}</TableCell>
              <TableCell className={styles.number}>{counts[key]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text className={styles.note}>
        {t("ui.results.appeal", { date: isoDate(appealDeadline) })}
      </Text>
    </section>
  );
}
