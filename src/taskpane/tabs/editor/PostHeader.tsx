import { AccordionHeader, Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "../../use-text";
import { SumBadge } from "./SumBadge";
import { useEditorStyles } from "./editor-styles";

const useStyles = makeStyles({
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
});

/** A post's accordion header: its name, its weight sum (of dimensions, or of indicators), problems and indicators counted. */
export function PostHeader({
  name,
  sum,
  byDimension,
  problemCount,
  indicatorCount,
}: {
  name: string;
  sum: number;
  /** The post weighs dimensions, so the sum is theirs. */
  byDimension: boolean;
  problemCount: number;
  indicatorCount: number;
}) {
  const { t } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  return (
    <AccordionHeader as="h3" expandIconPosition="end" button={{ className: styles.headButton }}>
      <span className={styles.headText}>
        <span className={styles.postName}>{name}</span>
        <span className={cardStyles.badges}>
          <SumBadge
            sum={sum}
            text={t(byDimension ? "ui.editor.dimensionsSum" : "ui.template.sum", { sum })}
          />
          {problemCount > 0 && (
            <Badge className={cardStyles.badge} appearance="filled" color="danger">
              {t("ui.editor.problemCount", { count: problemCount })}
            </Badge>
          )}
          <Caption1 className={cardStyles.muted}>
            {t("ui.editor.indicatorCount", { count: indicatorCount })}
          </Caption1>
        </span>
      </span>
    </AccordionHeader>
  );
}
