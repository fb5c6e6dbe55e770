import {
  Badge,
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { CollectResult } from "../../../jobs/assessment/collect-result";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";

type BadgeColour = "success" | "warning" | "danger" | "informative";
const BRANCH_COLOUR: Record<string, BadgeColour> = {
  accepted: "success",
  attention: "warning",
  missing: "danger",
  notOnRoster: "informative",
};

/** Each branch's state after a collection, and the button that writes the collected sheets. */
export function CollectBranches({
  result,
  onWrite,
  busy,
}: {
  result: CollectResult;
  onWrite: () => void;
  busy: boolean;
}) {
  const { t } = useText();
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-label={t("ui.collect.branches")}>
      <Subtitle2 as="h3">{t("ui.collect.branches")}</Subtitle2>
      <Table size="extra-small" aria-label={t("ui.collect.branches")}>
        <TableBody>
          {result.branches.map((b) => (
            <TableRow key={b.branch}>
              <TableCell>{b.branch}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={BRANCH_COLOUR[b.state]}>
                  {t(`state.branch.${b.state}`)}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.row} style={{ marginTop: tokens.spacingVerticalM }}>
        <Button appearance="primary" onClick={onWrite} disabled={busy || result.rows.length === 0}>
          {t("ui.collect.write")}
        </Button>
      </div>
    </section>
  );
}
