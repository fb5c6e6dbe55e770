import {
  Button,
  Caption1,
  Checkbox,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { usePaneStyles } from "../pane-styles";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { ReviewFormList } from "./reviews/ReviewFormList";
import { ReviewPeople } from "./reviews/ReviewPeople";
import { useReviewsRun, type ReviewProgress } from "./reviews/use-reviews-run";

type Props = {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/**
 * HR's 互评 part (reviews.md §2–§4): the forms made from the open score sheet, the returned forms read (each
 * one's state as it is read, cancellable), each person's counts, results and warnings, then — on
 * confirmation — a new workbook with the score sheet filled, 评价汇总 and 评价表情况.
 */
export function ReviewsTab({ host, template, run, busy }: Props) {
  const { t } = useText();
  const styles = usePaneStyles();
  const reviews = useReviewsRun({ host, template, run });
  const { making, progress, collected, source } = reviews;
  const makingNow = busy && making !== null && making.done < making.total;
  const readingNow = busy && progress !== null && progress.done < progress.total;
  const usable = collected?.forms.some((f) => f.state === "accepted" || f.state === "attention");

  return (
    <div>
      <section aria-label={t("ui.reviews.makeHead")}>
        <Subtitle2 as="h3">{t("ui.reviews.makeHead")}</Subtitle2>
        <Caption1 block style={{ marginBottom: tokens.spacingVerticalS }}>
          {t("ui.reviews.makeHint")}
        </Caption1>
        <div className={styles.row}>
          <Button onClick={() => void reviews.make()} disabled={busy}>
            {t("ui.reviews.make")}
          </Button>
          {makingNow && <Button onClick={reviews.cancel}>{t("ui.reviews.cancel")}</Button>}
        </div>
        {making && making.total > 0 && <MakingProgress making={making} now={makingNow} />}
      </section>
      <section className={styles.section} aria-label={t("ui.reviews.collectHead")}>
        <Subtitle2 as="h3">{t("ui.reviews.collectHead")}</Subtitle2>
        <div className={styles.row}>
          <FilePicker
            label={t("ui.reviews.pick")}
            accept=".xlsx"
            multiple
            primary={!collected}
            disabled={busy}
            onFiles={(files) => void reviews.start(files)}
          />
          {readingNow && <Button onClick={reviews.cancel}>{t("ui.reviews.cancel")}</Button>}
        </div>
        {progress && (
          <ReviewFormList progress={progress} forms={collected?.forms ?? null} busy={busy} />
        )}
      </section>
      {collected && source && usable && (
        <>
          <ReviewPeople collected={collected} source={source} />
          <section className={styles.section} aria-label={t("ui.reviews.write")}>
            <Checkbox
              checked={reviews.overwrite}
              onChange={(_, data) => reviews.setOverwrite(Boolean(data.checked))}
              label={t("ui.reviews.overwrite")}
              disabled={busy}
            />
            <Caption1 block style={{ marginBlock: tokens.spacingVerticalS }}>
              {t("ui.reviews.writeHint")}
            </Caption1>
            <Button appearance="primary" onClick={() => void reviews.write()} disabled={busy}>
              {t("ui.reviews.write")}
            </Button>
          </section>
        </>
      )}
    </div>
  );
}

/** The forms made so far while they are made; then how many were made, or where the user stopped. */
function MakingProgress({ making, now }: { making: ReviewProgress; now: boolean }) {
  const { t } = useText();
  const label = t("ui.reviews.making", { done: making.done, total: making.total });
  const outcome =
    making.done === making.total
      ? t("ui.reviews.made", { count: making.done })
      : t("ui.reviews.madeCancelled", { done: making.done, total: making.total });
  return (
    <div>
      <ProgressBar value={making.done / making.total} aria-label={label} />
      <Caption1>{now ? label : outcome}</Caption1>
    </div>
  );
}
