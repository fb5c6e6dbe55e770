import {
  Badge,
  Caption1,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatMessage, joinSentences } from "../../../core/i18n/messages";
import type { FileStatus } from "../../../jobs/assessment/collect-result";
import { issueText, paneKey } from "../../pane-wording";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import type { CollectProgress } from "./use-collect-run";

const useStyles = makeStyles({
  wrap: { wordBreak: "break-all" },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type BadgeColour = "success" | "warning" | "danger" | "informative";
const STATE_COLOUR: Record<FileStatus["state"], BadgeColour> = {
  accepted: "success",
  partial: "warning",
  wrongTemplate: "danger",
  unreadable: "danger",
  duplicate: "informative",
  refused: "danger",
};

/** The branch files as they are read: a progress bar, then each file with its state and, if not accepted, why. */
export function CollectFileList({ progress, busy }: { progress: CollectProgress; busy: boolean }) {
  const { t } = useText();
  const styles = usePaneStyles();
  const label = t("collect.progress", { done: progress.done, total: progress.total });
  return (
    <section className={styles.section} aria-label={label}>
      <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={label} />
      <Caption1>
        {busy || progress.done < progress.total
          ? label
          : t("ui.collect.read", { total: progress.total })}
      </Caption1>
      <Table size="extra-small" aria-label={t("ui.collect.files")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.collect.files")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.collect.state")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {progress.files.map((file) => (
            <FileRow key={file.file} file={file} />
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** One file: its name (and branch), its state, and for a file not accepted its note and first three errors. */
function FileRow({ file }: { file: FileStatus }) {
  const { t, locale } = useText();
  const styles = useStyles();
  return (
    <TableRow>
      <TableCell className={styles.wrap}>
        {file.file}
        {file.branch ? `（${file.branch}）` : ""}
      </TableCell>
      <TableCell>
        <Badge appearance="tint" color={STATE_COLOUR[file.state]}>
          {t(`state.file.${file.state}`)}
        </Badge>
        {file.state !== "accepted" && (
          <div className={styles.reason}>
            {joinSentences(
              [
                formatMessage(locale, paneKey(file.note.key), file.note.params),
                ...file.issues
                  .filter((issue) => issue.severity === "error")
                  .slice(0, 3)
                  .map((issue) => issueText(issue, locale)),
              ],
              locale
            )}
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}
