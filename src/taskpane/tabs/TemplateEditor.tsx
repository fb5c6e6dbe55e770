import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Field,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { roundTo15Significant } from "../../core/util/excel-round";
import type { DraftProblem, TemplateDraft } from "../template-source";
import { useText } from "../use-text";
import { IndicatorCard, useEditorStyles } from "./editor/IndicatorCard";
import { NumberInput } from "./editor/NumberInput";
import type { DraftDimension, DraftIndicator, DraftPost, Path } from "./editor/scoring-fields";

const useStyles = makeStyles({
  post: { marginTop: tokens.spacingVerticalS },
  // The post's name in line with the cards below it.
  headButton: { paddingLeft: tokens.spacingHorizontalXS },
  headText: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0,
    flex: "1 1 auto",
  },
  postName: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalM },
  group: {
    marginTop: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    minWidth: 0,
  },
  bonusGroup: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  looseGroup: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  groupName: { display: "block", overflowWrap: "anywhere", minWidth: 0 },
  dimensionWeight: { maxWidth: "12rem" },
});

const sumOf = (items: { weight?: unknown }[]) =>
  roundTo15Significant(items.reduce((sum, item) => sum + (Number(item.weight) || 0), 0));
const isHundred = (sum: number) => Math.abs(sum - 100) <= 1e-9;
const startsWith = (path: Path, prefix: Path) => prefix.every((step, k) => path[k] === step);

const nameIn = (locale: Locale, zh: string, en?: string) => (locale === "en-US" ? (en ?? zh) : zh);

function SumBadge({ sum, text }: { sum: number; text: string }) {
  const styles = useEditorStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={isHundred(sum) ? "success" : "danger"}>
      {text}
    </Badge>
  );
}

type Props = {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** The draft's problems with where they are, to show each beside its field. */
  problems?: DraftProblem[];
  disabled?: boolean;
};

/**
 * HR's weight template, post by post (one accordion item each, its sums in the header): the indicators as
 * cards, grouped by dimension where the post has dimensions, bonus items last. Every field is labelled in
 * HR's words, every sum and every broken rule shown as it changes.
 */
export function TemplateEditor({ draft, onChange, problems = [], disabled }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  const posts: DraftPost[] = Array.isArray(draft.posts) ? draft.posts : [];
  const fullScore =
    typeof draft.fullScore === "number" && draft.fullScore > 0 ? draft.fullScore : 100;

  const updatePost = (p: number, change: (post: DraftPost) => DraftPost) =>
    onChange({ ...draft, posts: posts.map((post, k) => (k === p ? change(post) : post)) });
  const updateIndicator = (p: number, i: number, change: Partial<DraftIndicator>) =>
    updatePost(p, (post) => ({
      ...post,
      indicators: post.indicators.map((ind, k) => {
        if (k !== i) return ind;
        const next = { ...ind, ...change };
        // A field cleared in the pane is absent from the template, as if HR had never written it.
        for (const key of Object.keys(change) as (keyof DraftIndicator)[])
          if (next[key] === undefined) delete next[key];
        return next;
      }),
    }));
  const updateDimension = (p: number, d: number, change: Partial<DraftDimension>) =>
    updatePost(p, (post) => ({
      ...post,
      dimensions: post.dimensions?.map((dim, k) => (k === d ? { ...dim, ...change } : dim)),
    }));

  return (
    <Accordion
      key={`${draft.id}@${draft.version}`}
      multiple
      collapsible
      defaultOpenItems={posts.length > 0 ? ["0"] : []}
    >
      {posts.map((post, p) => {
        const postName = nameIn(locale, post.name, post.nameEn);
        const indicators = Array.isArray(post.indicators) ? post.indicators : [];
        const dimensions = post.dimensions?.length ? post.dimensions : undefined;
        const weighted = indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => !ind.bonus);
        const bonus = indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => ind.bonus);
        const loose = dimensions
          ? weighted.filter(({ ind }) => !dimensions.some((d) => d.id === ind.dimension))
          : [];
        const postProblems = problems.filter((problem) => startsWith(problem.path, ["posts", p]));
        const card = ({ ind, i }: { ind: DraftIndicator; i: number }) => {
          const path = ["posts", p, "indicators", i];
          return (
            <IndicatorCard
              key={`${ind.id}-${i}`}
              indicator={ind}
              path={path}
              fullScore={fullScore}
              dimensions={dimensions}
              problems={postProblems.filter((problem) => startsWith(problem.path, path))}
              onChange={(change) => updateIndicator(p, i, change)}
              disabled={disabled}
            />
          );
        };
        const postSum = dimensions ? sumOf(dimensions) : sumOf(weighted.map(({ ind }) => ind));
        return (
          <section key={`${post.id}-${p}`} className={styles.post} aria-label={postName}>
            <AccordionItem value={String(p)}>
              <AccordionHeader
                as="h3"
                expandIconPosition="end"
                button={{ className: styles.headButton }}
              >
                <span className={styles.headText}>
                  <span className={styles.postName}>{postName}</span>
                  <span className={cardStyles.badges}>
                    <SumBadge
                      sum={postSum}
                      text={t(dimensions ? "ui.editor.dimensionsSum" : "ui.template.sum", {
                        sum: postSum,
                      })}
                    />
                    {postProblems.length > 0 && (
                      <Badge className={cardStyles.badge} appearance="filled" color="danger">
                        {t("ui.editor.problemCount", { count: postProblems.length })}
                      </Badge>
                    )}
                    <Caption1 className={cardStyles.muted}>
                      {t("ui.editor.indicatorCount", { count: indicators.length })}
                    </Caption1>
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Caption1 className={cardStyles.muted}>
                  {t(dimensions ? "ui.editor.dimensionRule" : "ui.editor.postRule")}
                </Caption1>

                {dimensions
                  ? dimensions.map((dimension, d) => {
                      const members = weighted.filter(({ ind }) => ind.dimension === dimension.id);
                      const name = nameIn(locale, dimension.name, dimension.nameEn);
                      const sum = sumOf(members.map(({ ind }) => ind));
                      const weightProblems = postProblems.filter((problem) =>
                        startsWith(problem.path, ["posts", p, "dimensions", d, "weight"])
                      );
                      return (
                        <div
                          key={`${dimension.id}-${d}`}
                          className={styles.group}
                          role="group"
                          aria-label={name}
                        >
                          <div className={cardStyles.head}>
                            <Subtitle2 as="h4" className={styles.groupName}>
                              {name}
                            </Subtitle2>
                            <SumBadge sum={sum} text={t("ui.editor.groupSum", { sum })} />
                          </div>
                          <Field
                            className={styles.dimensionWeight}
                            label={t("ui.editor.dimensionWeight")}
                            {...(weightProblems.length
                              ? {
                                  validationState: "error" as const,
                                  validationMessage: weightProblems.map((x) => x.text).join(" "),
                                }
                              : {})}
                          >
                            <NumberInput
                              className={cardStyles.control}
                              disabled={disabled}
                              value={dimension.weight}
                              onValue={(value) =>
                                updateDimension(p, d, { weight: value as DraftDimension["weight"] })
                              }
                            />
                          </Field>
                          {members.map(card)}
                        </div>
                      );
                    })
                  : weighted.map(card)}

                {loose.length > 0 && (
                  <div
                    className={mergeClasses(styles.group, styles.looseGroup)}
                    role="group"
                    aria-label={t("ui.editor.noDimension")}
                  >
                    <Subtitle2 as="h4" className={styles.groupName}>
                      {t("ui.editor.noDimension")}
                    </Subtitle2>
                    <Caption1 className={cardStyles.error}>
                      {t("ui.editor.noDimensionHint")}
                    </Caption1>
                    {loose.map(card)}
                  </div>
                )}

                {bonus.length > 0 && (
                  <div
                    className={mergeClasses(styles.group, styles.bonusGroup)}
                    role="group"
                    aria-label={t("ui.editor.bonusGroup")}
                  >
                    <Subtitle2 as="h4" className={styles.groupName}>
                      {t("ui.editor.bonusGroup")}
                    </Subtitle2>
                    <Caption1 className={cardStyles.muted}>
                      {t("ui.editor.bonusRule", { cap: post.bonusCap ?? 5 })}
                    </Caption1>
                    {bonus.map(card)}
                  </div>
                )}
              </AccordionPanel>
            </AccordionItem>
          </section>
        );
      })}
    </Accordion>
  );
}
