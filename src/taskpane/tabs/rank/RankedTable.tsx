import { Table, TableBody, TableCell, TableRow, mergeClasses } from "@fluentui/react-components";
import { Fragment } from "react";
import type { AssessReport } from "../../../core/assess/assess";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { vetoText } from "../../../jobs/assessment/ranking-sheet";
import { useText } from "../../use-text";
import { useRankStyles } from "./rank-styles";

/**
 * Ranked people, one a row: rank, name, post, composite score. A vetoed row keeps its composite on its own
 * line and says under it, across the row, which veto capped it.
 */
export function RankedTable({
  rows,
  posts,
}: {
  rows: AssessReport["ranked"];
  /** The ranking template's posts, where each veto's wording comes from. */
  posts: LoadedTemplate["template"]["posts"];
}) {
  const { t } = useText();
  const styles = useRankStyles();
  return (
    <Table size="extra-small">
      <TableBody>
        {rows.map((row) => (
          <Fragment key={row.id}>
            <TableRow>
              <TableCell className={styles.rankCell}>{row.rank?.overall}</TableCell>
              <TableCell>{row.name ?? row.id}</TableCell>
              <TableCell>{row.post?.name}</TableCell>
              <TableCell className={mergeClasses(styles.number, styles.compositeCell)}>
                {(row.composite as number).toFixed(2)}
              </TableCell>
            </TableRow>
            {row.veto && (
              <TableRow>
                <TableCell className={styles.rankCell} />
                <TableCell colSpan={3}>
                  <div className={styles.note}>
                    {t("ui.rank.vetoed", {
                      reason: vetoText(
                        row,
                        posts.find((p) => p.id === row.post?.id)
                      ),
                    })}
                  </div>
                </TableCell>
              </TableRow>
            )}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
