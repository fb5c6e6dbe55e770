import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatMessage, joinList, type MessageKey } from "../../../core/i18n/messages";
import type { PersonReview } from "../../../core/reviews/aggregate-reviews";
import { RATER_TYPES } from "../../../core/reviews/reviews-schema";
import type { ReviewsCollected } from "../../../jobs/reviews/reviews-job";
import { reasonText } from "../../../jobs/reviews/review-sheets";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import type { ReviewSource } from "./reviews-source";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  person: {
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  line: { display: "block", color: tokens.colorNeutralForeground2 },
  warn: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Each person of the score sheet as the reviews leave them: the raters used by type (counts only), each
 * target's value and item score, and the warnings (too few raters, a large self gap). Never a rater, never a
 * single rater's score; the straight-liners are counted here and named only in the list of forms.
 */
export function ReviewPeople({
  collected,
  source,
}: {
  collected: ReviewsCollected;
  source: ReviewSource;
}) {
  const { t, locale } = useText();
  const styles = useStyles();
  const pane = usePaneStyles();
  const names = new Map(source.people.map((p) => [p.id, p]));
  const unreviewed = collected.unreviewed.map((id) => names.get(id)?.name ?? id);
  return (
    <section className={pane.section} aria-label={t("ui.reviews.peopleHead")}>
      <Subtitle2 as="h3">{t("ui.reviews.peopleHead")}</Subtitle2>
      <Caption1 block>{t("ui.reviews.peopleHint")}</Caption1>
      {collected.straightLiners.length > 0 && (
        <Caption1 block className={styles.warn}>
          {t("ui.reviews.straightLiners", { count: collected.straightLiners.length })}
        </Caption1>
      )}
      {unreviewed.length > 0 && (
        <Caption1 block className={styles.warn}>
          {t("ui.reviews.unreviewed", { people: joinList(unreviewed, locale) })}
        </Caption1>
      )}
      <ul className={styles.list} aria-label={t("ui.reviews.peopleHead")}>
        {collected.people
          .filter((review) => !collected.unreviewed.includes(review.person))
          .map((review) => (
            <PersonRow key={review.person} review={review} source={source} />
          ))}
      </ul>
    </section>
  );
}

/** One person: 工号 姓名 · 岗位 with warning badges, the rater counts, the targets, the items, the reasons. */
function PersonRow({ review, source }: { review: PersonReview; source: ReviewSource }) {
  const { t, locale } = useText();
  const styles = useStyles();
  const person = source.people.find((p) => p.id === review.person);
  const precision = source.template.template.precision;
  const shown = (value: number | null) =>
    value === null ? t("ui.reviews.blank") : value.toFixed(precision);
  const indicatorName = (id: string) =>
    source.template.template.posts
      .flatMap((post) => post.indicators)
      .find((indicator) => indicator.id === id)?.name ?? id;
  const counts = RATER_TYPES.filter((type) => review.raters[type] > 0).map((type) =>
    t("ui.reviews.raterCount", {
      type: t(`sheet.reviews.type.${type}` as MessageKey),
      count: review.raters[type],
    })
  );
  const say = (key: MessageKey, params = {}) => formatMessage(locale, key, params);
  const tooFew = review.reasons.some((reason) => reason.key === "reviews.tooFewRaters");
  const line = (parts: string[]) => parts.join(" · ");
  return (
    <li className={styles.person}>
      <div className={styles.head}>
        <Text weight="semibold">{[review.person, person?.name].filter(Boolean).join(" ")}</Text>
        {person?.post && <Caption1>{person.post}</Caption1>}
        {tooFew && (
          <Badge appearance="tint" color="warning">
            {t("ui.reviews.tooFew")}
          </Badge>
        )}
        {review.selfGapWarning && (
          <Badge appearance="tint" color="danger">
            {t("ui.reviews.gap")}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.line}>{line(counts)}</Caption1>
      <Caption1 className={styles.line}>
        {line(
          Object.entries(review.targets).map(([id, value]) =>
            t("ui.reviews.value", { name: indicatorName(id), value: shown(value) })
          )
        )}
      </Caption1>
      <Caption1 className={styles.line}>
        {line(
          source.reviews.items.map((item) =>
            t("ui.reviews.value", { name: item.name, value: shown(review.items[item.id] ?? null) })
          )
        )}
      </Caption1>
      {review.selfGapWarning && review.selfGap !== null && (
        <Caption1 className={styles.warn}>
          {t("reviews.selfGap", {
            gap: review.selfGap.toFixed(precision),
            limit: source.reviews.selfGapWarning,
          })}
        </Caption1>
      )}
      {review.reasons.map((reason, k) => (
        <Caption1 key={k} className={styles.warn}>
          {reasonText(reason, source.reviews, { locale, say })}
        </Caption1>
      ))}
    </li>
  );
}
