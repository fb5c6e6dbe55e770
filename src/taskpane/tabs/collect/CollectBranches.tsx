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
import type { CollectDownload } from "./write-collection";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";

type BadgeColour = "success" | "warning" | "danger" | "informative";
const BRANCH_COLOUR: Record<string, BadgeColour> = {
  accepted: "success",
  attention: "warning",
  missing: "danger",
  notOnRoster: "informative",
};

/**
 * Each branch's state after a collection, the button that writes the collected sheets and, in a browser once
 * they are written, the one that downloads the workbook holding them.
 */
export function CollectBranches({
  result,
  onWrite,
  download,
  busy,
}: {
  result: CollectResult;
  onWrite: () => void;
  download?: CollectDownload | null;
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
        {download && (
          <Button onClick={() => void download.save()} disabled={busy}>
            {t("ui.rank.download")}
          </Button>
        )}
      </div>
    </section>
  );
}
