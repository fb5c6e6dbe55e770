import { Table, TableBody, TableCell, TableRow } from "@fluentui/react-components";
import type { AssessReport } from "../../../core/assess/assess";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { vetoText } from "../../../jobs/assessment/ranking-sheet";
import { useText } from "../../use-text";
import { useRankStyles } from "./rank-styles";

/** Ranked people, one a row: rank, name, post, composite score (with the veto that capped it, if any). */
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
          <TableRow key={row.id}>
            <TableCell>{row.rank?.overall}</TableCell>
            <TableCell>{row.name ?? row.id}</TableCell>
            <TableCell>{row.post?.name}</TableCell>
            <TableCell className={styles.number}>
              {(row.composite as number).toFixed(2)}
              {row.veto && (
                <div className={styles.note}>
                  {t("ui.rank.vetoed", {
                    reason: vetoText(
                      row,
                      posts.find((p) => p.id === row.post?.id)
                    ),
                  })}
                </div>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
