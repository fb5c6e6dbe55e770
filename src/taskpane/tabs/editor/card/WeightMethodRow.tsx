import { Field, Select } from "@fluentui/react-components";
import type { ScoringMethod } from "../../../../core/template/schema";
import { useText } from "../../../use-text";
import { NumberInput } from "../NumberInput";
import { useEditorStyles } from "../editor-styles";
import { isMethod, METHODS, scoringFor, type DraftIndicator } from "../scoring-fields";
import { validationFor, type SlotProblems } from "./card-fields";
import { useFieldLabel } from "./use-field-label";

/** The indicator's weight (bonus items have none) and its scoring method; a new method starts from its defaults. */
export function WeightMethodRow({
  indicator,
  method,
  fullScore,
  bySlot,
  onChange,
  disabled,
}: {
  indicator: DraftIndicator;
  method: unknown;
  fullScore: number;
  bySlot: SlotProblems;
  onChange: (change: Partial<DraftIndicator>) => void;
  disabled?: boolean;
}) {
  const { t } = useText();
  const labelOf = useFieldLabel();
  const styles = useEditorStyles();
  return (
    <div className={styles.row}>
      {!indicator.bonus && (
        <Field
          className={styles.narrow}
          label={t("ui.col.weight")}
          {...validationFor(bySlot, "weight")}
        >
          <NumberInput
            className={styles.control}
            disabled={disabled}
            value={indicator.weight}
            onValue={(value) => onChange({ weight: value as number | undefined })}
          />
        </Field>
      )}
      <Field
        className={styles.field}
        label={labelOf("field.scoring")}
        {...validationFor(bySlot, "method")}
      >
        <Select
          className={styles.control}
          disabled={disabled}
          value={String(method)}
          onChange={(_, data) =>
            onChange({ scoring: scoringFor(data.value as ScoringMethod, indicator, fullScore) })
          }
        >
          {!isMethod(method) && <option value={String(method)}>{String(method ?? "")}</option>}
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methodName.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
