import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { RATER_TYPES } from "../../../core/reviews/reviews-schema";
import type { DraftProblem, TemplateDraft } from "../../template-source";
import { useText } from "../../use-text";
import { NumberInput } from "./NumberInput";
import { ReviewItems, ReviewTargets } from "./ReviewLists";
import { useEditorStyles, useSectionStyles } from "./editor-styles";
import { hasReviewField, reviewValidation, type PartProps } from "./review-problems";
import {
  newReviews,
  setNumber,
  setRater,
  withReviews,
  type DraftReviews,
  type ReviewNumber,
} from "./reviews-draft";

const useStyles = makeStyles({ actions: { marginTop: tokens.spacingVerticalM } });

type Props = {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** The draft's problems under `reviews`. */
  problems: DraftProblem[];
  disabled?: boolean;
};

/**
 * The template's reviews (reviews.md §1) in HR's words, an accordion item after the posts: 评价项目,
 * 各类评价人权重, 去掉最高最低分, 最少同事人数, 自评差异提醒 and 填入的指标, each broken rule beside its field.
 */
export function ReviewsEditor({ draft, onChange, problems, disabled }: Props) {
  const { t } = useText();
  const styles = useSectionStyles();
  const own = useStyles();
  const cardStyles = useEditorStyles();
  const title = t("ui.editor.reviews.title");
  const reviews = draft.reviews;
  const change = (next: (r: DraftReviews) => DraftReviews | undefined) =>
    onChange(withReviews(draft, next));
  const foot = problems.filter((problem) => !hasReviewField(problem));
  return (
    <section className={styles.section} aria-label={title}>
      <AccordionItem value="reviews">
        <AccordionHeader as="h3" expandIconPosition="end">
          <span className={styles.title}>{title}</span>
          {problems.length > 0 && (
            <Badge className={cardStyles.badge} appearance="filled" color="danger">
              {t("ui.editor.problemCount", { count: problems.length })}
            </Badge>
          )}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {!reviews ? (
            <>
              <Caption1 className={cardStyles.muted}>{t("ui.editor.reviews.none")}</Caption1>
              <Button
                className={own.actions}
                disabled={disabled}
                onClick={() => onChange({ ...draft, reviews: newReviews() })}
              >
                {t("ui.editor.reviews.add")}
              </Button>
            </>
          ) : (
            <>
              <ReviewItems
                reviews={reviews}
                change={change}
                problems={problems}
                disabled={disabled}
              />
              <RaterWeights
                reviews={reviews}
                change={change}
                problems={problems}
                disabled={disabled}
              />
              <ReviewNumbers
                reviews={reviews}
                change={change}
                problems={problems}
                disabled={disabled}
              />
              <ReviewTargets
                draft={draft}
                change={change}
                problems={problems}
                disabled={disabled}
              />
              {foot.map((problem, k) => (
                <Caption1 key={k} className={cardStyles.error}>
                  {problem.text}
                </Caption1>
              ))}
              <Button
                className={own.actions}
                appearance="subtle"
                disabled={disabled}
                onClick={() => change(() => undefined)}
              >
                {t("ui.editor.reviews.remove")}
              </Button>
            </>
          )}
        </AccordionPanel>
      </AccordionItem>
    </section>
  );
}

/** 各类评价人权重: 上级, 同事, 下级, 本人, each blank where the template does not weigh that kind. */
function RaterWeights({ reviews, change, problems, disabled }: PartProps) {
  const { t } = useText();
  const styles = useSectionStyles();
  const cardStyles = useEditorStyles();
  const raters = (reviews.raters ?? {}) as Record<string, unknown>;
  return (
    <div className={styles.part} role="group" aria-label={t("ui.editor.reviews.raters")}>
      <Subtitle2 as="h4">{t("ui.editor.reviews.raters")}</Subtitle2>
      <Caption1 className={cardStyles.muted}>{t("ui.editor.reviews.ratersHint")}</Caption1>
      <Field {...reviewValidation(problems, "raters")}>
        <div className={cardStyles.row}>
          {RATER_TYPES.map((type) => (
            <Field
              key={type}
              className={cardStyles.narrow}
              label={t(`ui.editor.reviews.rater.${type}`)}
            >
              <NumberInput
                className={cardStyles.control}
                disabled={disabled}
                value={raters[type]}
                onValue={(value) => change((r) => setRater(r, type, value))}
              />
            </Field>
          ))}
        </div>
      </Field>
    </div>
  );
}

const NUMBERS: {
  key: ReviewNumber;
  label: "trimAt" | "minPeers" | "selfGap";
  unit: "people" | "points";
}[] = [
  { key: "trimAt", label: "trimAt", unit: "people" },
  { key: "minPeers", label: "minPeers", unit: "people" },
  { key: "selfGapWarning", label: "selfGap", unit: "points" },
];

/** 去掉最高最低分, 最少同事人数 and 自评差异提醒, each with what it does and its default. */
function ReviewNumbers({ reviews, change, problems, disabled }: PartProps) {
  const { t } = useText();
  const styles = useSectionStyles();
  const cardStyles = useEditorStyles();
  return (
    <div className={`${cardStyles.row} ${styles.part}`}>
      {NUMBERS.map(({ key, label, unit }) => (
        <Field
          key={key}
          className={cardStyles.field}
          label={t(`ui.editor.reviews.${label}`)}
          hint={t(`ui.editor.reviews.${label}Hint`)}
          {...reviewValidation(problems, key)}
        >
          <NumberInput
            className={cardStyles.control}
            disabled={disabled}
            value={reviews[key]}
            contentAfter={t(`ui.editor.reviews.${unit}`)}
            onValue={(value) => change((r) => setNumber(r, key, value))}
          />
        </Field>
      ))}
    </div>
  );
}
