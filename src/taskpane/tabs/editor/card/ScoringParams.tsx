import { Field } from "@fluentui/react-components";
import { useText } from "../../../use-text";
import { NumberInput } from "../NumberInput";
import { PointsEditor } from "../PointsEditor";
import { useEditorStyles } from "../editor-styles";
import type { DraftIndicator, ParamSpec } from "../scoring-fields";
import { validationFor, type SlotProblems } from "./card-fields";
import { useFieldLabel } from "./use-field-label";
import { useIndicatorUnit } from "./use-indicator-unit";

/** The method's parameters: linear's points as a list, the others as numbers (a blank one shows its default). */
export function ScoringParams({
  indicator,
  scoring,
  params,
  fullScore,
  bySlot,
  onScoring,
  disabled,
}: {
  indicator: DraftIndicator;
  scoring: Record<string, unknown>;
  params: ParamSpec[];
  fullScore: number;
  bySlot: SlotProblems;
  onScoring: (change: Record<string, unknown>) => void;
  disabled?: boolean;
}) {
  const { t } = useText();
  const labelOf = useFieldLabel();
  const styles = useEditorStyles();
  const { unitText, unitAfter } = useIndicatorUnit(indicator);
  return (
    <>
      {scoring.method === "linear" && (
        <Field
          className={styles.wide}
          label={labelOf("param.points")}
          hint={t("paramHint.points")}
          {...validationFor(bySlot, "points")}
        >
          <PointsEditor
            points={scoring.points}
            unit={unitText}
            disabled={disabled}
            invalid={bySlot.has("points")}
            onChange={(points) => onScoring({ points })}
          />
        </Field>
      )}
      {params.length > 0 && (
        <div className={styles.row}>
          {params.map((spec) => {
            const blank = spec.blank?.(fullScore);
            return (
              <Field
                key={spec.key}
                className={styles.field}
                label={labelOf(spec.label)}
                hint={t(spec.hint, { value: blank ?? "" })}
                required={blank === undefined}
                {...validationFor(bySlot, spec.key)}
              >
                <NumberInput
                  className={styles.control}
                  disabled={disabled}
                  value={scoring[spec.key]}
                  placeholder={blank === undefined ? undefined : String(blank)}
                  contentAfter={unitAfter(spec, scoring[spec.key])}
                  onValue={(value) => onScoring({ [spec.key]: value })}
                />
              </Field>
            );
          })}
        </div>
      )}
    </>
  );
}
