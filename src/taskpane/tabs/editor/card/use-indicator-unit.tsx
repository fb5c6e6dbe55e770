import type { MessageKey } from "../../../../core/i18n/messages";
import { roundTo15Significant } from "../../../../core/util/excel-round";
import { useText } from "../../../use-text";
import { useEditorStyles } from "../editor-styles";
import type { DraftIndicator, ParamSpec } from "../scoring-fields";

export const UNIT_KEY = {
  "%": "unit.%",
  days: "unit.days",
  minutes: "unit.minutes",
  count: "unit.count",
  score: "unit.score",
  amount: "unit.amount",
} as const satisfies Record<string, MessageKey>;

/** The indicator's unit, and the unit to show after a number field (a percentage also as HR reads it). */
export function useIndicatorUnit(indicator: DraftIndicator) {
  const { t } = useText();
  const styles = useEditorStyles();
  // A unit the schema does not know is the check's to report; the card just shows none.
  const unit = indicator.unit && indicator.unit in UNIT_KEY ? indicator.unit : undefined;
  const unitText = unit === undefined || unit === "%" ? undefined : t(UNIT_KEY[unit]);
  // The unit after the number; a percentage also as HR reads it (0.03 → 即 3%).
  const after = (text: string | undefined) =>
    text === undefined ? undefined : <span className={styles.unit}>{text}</span>;
  const inIndicatorUnit = (value: unknown) =>
    after(
      unit === "%" && typeof value === "number"
        ? t("ui.editor.percentValue", { percent: `${roundTo15Significant(value * 100)}%` })
        : unitText
    );
  const unitAfter = (spec: ParamSpec, value: unknown) => {
    if (spec.unit === "score") return after(t("unit.score"));
    if (spec.unit === "times") return after(t("unit.times"));
    return inIndicatorUnit(value);
  };
  return { unit, unitText, inIndicatorUnit, unitAfter };
}
