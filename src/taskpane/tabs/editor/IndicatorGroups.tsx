import {
  Caption1,
  Field,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DraftProblem } from "../../template-source";
import { useText } from "../../use-text";
import { NumberInput } from "./NumberInput";
import { SumBadge } from "./SumBadge";
import { useEditorStyles } from "./editor-styles";
import { nameIn } from "./localized-name";
import type { DraftDimension } from "./scoring-fields";

const useStyles = makeStyles({
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

/** A dimension's cards under its name, the sum of their weights, and the dimension's own weight. */
export function DimensionGroup({
  dimension,
  sum,
  weightProblems,
  onWeight,
  disabled,
  children,
}: {
  dimension: DraftDimension;
  /** Its indicators' weights added up. */
  sum: number;
  weightProblems: DraftProblem[];
  onWeight: (weight: DraftDimension["weight"]) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { t, locale } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  const name = nameIn(locale, dimension.name, dimension.nameEn);
  return (
    <div className={styles.group} role="group" aria-label={name}>
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
          onValue={(value) => onWeight(value as DraftDimension["weight"])}
        />
      </Field>
      {children}
    </div>
  );
}

/** The cards whose dimension the post does not have, in red: each needs one. */
export function LooseGroup({ children }: { children: ReactNode }) {
  const { t } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  return (
    <div
      className={mergeClasses(styles.group, styles.looseGroup)}
      role="group"
      aria-label={t("ui.editor.noDimension")}
    >
      <Subtitle2 as="h4" className={styles.groupName}>
        {t("ui.editor.noDimension")}
      </Subtitle2>
      <Caption1 className={cardStyles.error}>{t("ui.editor.noDimensionHint")}</Caption1>
      {children}
    </div>
  );
}

/** The bonus items' cards, in green, with the cap on what they add. */
export function BonusGroup({ cap, children }: { cap: number; children: ReactNode }) {
  const { t } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  return (
    <div
      className={mergeClasses(styles.group, styles.bonusGroup)}
      role="group"
      aria-label={t("ui.editor.bonusGroup")}
    >
      <Subtitle2 as="h4" className={styles.groupName}>
        {t("ui.editor.bonusGroup")}
      </Subtitle2>
      <Caption1 className={cardStyles.muted}>{t("ui.editor.bonusRule", { cap })}</Caption1>
      {children}
    </div>
  );
}
