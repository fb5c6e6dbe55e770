import {
  Badge,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { isoDate } from "../../../core/calendar/official-calendar";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import type { DutiesChecked } from "./duties-check-status";
import { useDutiesStyles } from "./duties-styles";

/** The changes overdue or due soon, each with its subject and due date. */
export function DutiesChanges({ result }: { result: DutiesChecked }) {
  const { t } = useText();
  const styles = { ...usePaneStyles(), ...useDutiesStyles() };
  const listed = result.changes.filter((c) => c.state === "overdue" || c.soon);
  return (
    <section className={styles.section} aria-label={t("ui.duties.changes")}>
      <Subtitle2 as="h3">
        {t("ui.duties.changes")} ({listed.length})
      </Subtitle2>
      {listed.length === 0 ? (
        <Text>{t("ui.duties.noChanges")}</Text>
      ) : (
        <Table size="extra-small">
          <TableBody>
            {listed.map((c) => (
              <TableRow key={`${c.id}-${c.row}`}>
                <TableCell>
                  {c.id}
                  <div className={styles.note}>{c.subject}</div>
                </TableCell>
                <TableCell>
                  <Badge appearance="tint" color={c.state === "overdue" ? "danger" : "warning"}>
                    {t(c.state === "overdue" ? "ui.duties.overdue" : "ui.duties.soon")}
                  </Badge>
                  <div className={styles.note}>{t("ui.duties.due", { date: isoDate(c.due) })}</div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
