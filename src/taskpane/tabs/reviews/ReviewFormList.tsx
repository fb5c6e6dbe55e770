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
import { formatMessage, joinSentences, type MessageKey } from "../../../core/i18n/messages";
import type { FormState, FormStatus } from "../../../jobs/reviews/review-read";
import { issueText, paneKey } from "../../pane-wording";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import type { ReviewProgress } from "./use-reviews-run";

const useStyles = makeStyles({
  wrap: { wordBreak: "break-all" },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type BadgeColour = "success" | "warning" | "danger" | "informative";
const STATE_COLOUR: Record<FormState, BadgeColour> = {
  accepted: "success",
  attention: "warning",
  refused: "danger",
  duplicate: "informative",
};

/** The pane's note of a form: its own wording, and two forms of one rater said without naming the rater. */
const noteKey = (key: MessageKey): MessageKey =>
  key === "reviews.twoForms" ? "ui.reviews.twoForms" : paneKey(key);

/**
 * The returned forms: a progress bar while they are read, each form by its file name with its state and, if
 * not accepted, why. The rater's 工号 is not shown (评价表情况, which stays with HR, has it).
 */
export function ReviewFormList({
  progress,
  forms,
  busy,
}: {
  progress: ReviewProgress;
  forms: FormStatus[] | null;
  busy: boolean;
}) {
  const { t } = useText();
  const styles = usePaneStyles();
  const label = t("collect.progress", { done: progress.done, total: progress.total });
  const reading = busy || progress.done < progress.total || !forms;
  return (
    <section className={styles.section} aria-label={t("ui.reviews.forms")}>
      <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={label} />
      <Caption1>{reading ? label : t("ui.reviews.read", { total: progress.total })}</Caption1>
      <Table size="extra-small" aria-label={t("ui.reviews.forms")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.reviews.forms")}</TableHeaderCell>
            <TableHeaderCell>{t("ui.reviews.state")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {forms
            ? forms.map((form) => <FormRow key={form.file} form={form} />)
            : progress.files.map((file) => <ReadRow key={file} file={file} />)}
        </TableBody>
      </Table>
    </section>
  );
}

/** A form read while the others are still being read: its final state comes once all are. */
function ReadRow({ file }: { file: string }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <TableRow>
      <TableCell className={styles.wrap}>{file}</TableCell>
      <TableCell>
        <Badge appearance="tint" color="informative">
          {t("ui.reviews.stateRead")}
        </Badge>
      </TableCell>
    </TableRow>
  );
}

/** One form: its file name, its state, and for a form not accepted its note and first three problems. */
function FormRow({ form }: { form: FormStatus }) {
  const { t, locale } = useText();
  const styles = useStyles();
  const problems = form.issues
    .filter((issue) => issue.key !== form.note.key)
    .filter((issue) => issue.severity === "error")
    .slice(0, 3)
    .map((issue) => issueText(issue, locale));
  return (
    <TableRow>
      <TableCell className={styles.wrap}>{form.file}</TableCell>
      <TableCell>
        <Badge appearance="tint" color={STATE_COLOUR[form.state]}>
          {t(`sheet.reviews.state.${form.state}`)}
        </Badge>
        {form.state !== "accepted" && (
          <div className={styles.reason}>
            {joinSentences(
              [formatMessage(locale, noteKey(form.note.key), form.note.params), ...problems],
              locale
            )}
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}
