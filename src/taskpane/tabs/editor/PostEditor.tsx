import {
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DraftProblem } from "../../template-source";
import { useText } from "../../use-text";
import { IndicatorCard } from "./IndicatorCard";
import { BonusGroup, DimensionGroup, LooseGroup } from "./IndicatorGroups";
import { PostHeader } from "./PostHeader";
import { sumOf } from "./SumBadge";
import { useEditorStyles } from "./editor-styles";
import { nameIn } from "./localized-name";
import { startsWith } from "./paths";
import type { DraftDimension, DraftIndicator, DraftPost } from "./scoring-fields";

const useStyles = makeStyles({
  post: { marginTop: tokens.spacingVerticalS },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalM },
});

type Numbered = { ind: DraftIndicator; i: number };

/** One post as an accordion item: its sums in the header, its cards by dimension, then those lacking one, bonus last. */
export function PostEditor({
  post,
  p,
  fullScore,
  problems,
  onIndicator,
  onDimension,
  disabled,
}: {
  post: DraftPost;
  /** The post's place in the draft, which is also its accordion item's value. */
  p: number;
  fullScore: number;
  /** The post's problems. */
  problems: DraftProblem[];
  onIndicator: (i: number, change: Partial<DraftIndicator>) => void;
  onDimension: (d: number, change: Partial<DraftDimension>) => void;
  disabled?: boolean;
}) {
  const { t, locale } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  const postName = nameIn(locale, post.name, post.nameEn);
  const indicators = Array.isArray(post.indicators) ? post.indicators : [];
  const dimensions = post.dimensions?.length ? post.dimensions : undefined;
  const weighted = indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => !ind.bonus);
  const bonus = indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => ind.bonus);
  const loose = dimensions
    ? weighted.filter(({ ind }) => !dimensions.some((d) => d.id === ind.dimension))
    : [];
  const card = ({ ind, i }: Numbered) => {
    const path = ["posts", p, "indicators", i];
    return (
      <IndicatorCard
        key={`${ind.id}-${i}`}
        indicator={ind}
        path={path}
        fullScore={fullScore}
        dimensions={dimensions}
        problems={problems.filter((problem) => startsWith(problem.path, path))}
        onChange={(change) => onIndicator(i, change)}
        disabled={disabled}
      />
    );
  };
  const postSum = dimensions ? sumOf(dimensions) : sumOf(weighted.map(({ ind }) => ind));
  return (
    <section className={styles.post} aria-label={postName}>
      <AccordionItem value={String(p)}>
        <PostHeader
          name={postName}
          sum={postSum}
          byDimension={Boolean(dimensions)}
          problemCount={problems.length}
          indicatorCount={indicators.length}
        />
        <AccordionPanel className={styles.panel}>
          <Caption1 className={cardStyles.muted}>
            {t(dimensions ? "ui.editor.dimensionRule" : "ui.editor.postRule")}
          </Caption1>
          {dimensions
            ? dimensions.map((dimension, d) => {
                const members = weighted.filter(({ ind }) => ind.dimension === dimension.id);
                return (
                  <DimensionGroup
                    key={`${dimension.id}-${d}`}
                    dimension={dimension}
                    sum={sumOf(members.map(({ ind }) => ind))}
                    weightProblems={problems.filter((problem) =>
                      startsWith(problem.path, ["posts", p, "dimensions", d, "weight"])
                    )}
                    onWeight={(weight) => onDimension(d, { weight })}
                    disabled={disabled}
                  >
                    {members.map(card)}
                  </DimensionGroup>
                );
              })
            : weighted.map(card)}
          {loose.length > 0 && <LooseGroup>{loose.map(card)}</LooseGroup>}
          {bonus.length > 0 && <BonusGroup cap={post.bonusCap ?? 5}>{bonus.map(card)}</BonusGroup>}
        </AccordionPanel>
      </AccordionItem>
    </section>
  );
}
