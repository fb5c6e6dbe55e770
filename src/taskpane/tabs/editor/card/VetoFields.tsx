import { Caption1, Field, Select, Switch } from "@fluentui/react-components";
import type { MessageKey } from "../../../../core/i18n/messages";
import type { Veto } from "../../../../core/template/schema";
import { useText } from "../../../use-text";
import { NumberInput } from "../NumberInput";
import { useEditorStyles } from "../editor-styles";
import { VETO_OPS, vetoFor, type DraftIndicator } from "../scoring-fields";
import { validationFor, type SlotProblems } from "./card-fields";
import { useFieldLabel } from "./use-field-label";
import { useIndicatorUnit } from "./use-indicator-unit";

const VETO_KEY: Record<Veto["op"], MessageKey> = {
  ">=": "ui.editor.vetoOp.>=",
  ">": "ui.editor.vetoOp.>",
  "<=": "ui.editor.vetoOp.<=",
  "<": "ui.editor.vetoOp.<",
  "=": "ui.editor.vetoOp.=",
};

/** The veto switch and, when on, its comparison and threshold (in the indicator's unit). */
export function VetoFields({
  indicator,
  bySlot,
  onChange,
  disabled,
}: {
  indicator: DraftIndicator;
  bySlot: SlotProblems;
  onChange: (change: Partial<DraftIndicator>) => void;
  disabled?: boolean;
}) {
  const { t } = useText();
  const labelOf = useFieldLabel();
  const styles = useEditorStyles();
  const { inIndicatorUnit } = useIndicatorUnit(indicator);
  const veto = indicator.veto as Partial<Veto> | undefined;
  return (
    <>
      <Switch
        checked={Boolean(veto)}
        disabled={disabled}
        label={t("ui.editor.veto")}
        onChange={(_, data) => onChange({ veto: data.checked ? vetoFor(indicator) : undefined })}
      />
      {veto && (
        <>
          <div className={styles.row}>
            <Field className={styles.field} label={labelOf("field.vetoOp")}>
              <Select
                className={styles.control}
                disabled={disabled}
                value={veto.op ?? "<"}
                onChange={(_, data) =>
                  onChange({ veto: { ...veto, op: data.value as Veto["op"] } as Veto })
                }
              >
                {VETO_OPS.map((op) => (
                  <option key={op} value={op}>
                    {t(VETO_KEY[op])}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              className={styles.field}
              label={labelOf("field.vetoValue")}
              {...validationFor(bySlot, "veto")}
            >
              <NumberInput
                className={styles.control}
                disabled={disabled}
                value={veto.value}
                contentAfter={inIndicatorUnit(veto.value)}
                onValue={(value) => onChange({ veto: { ...veto, value } as Veto })}
              />
            </Field>
          </div>
          <Caption1 className={styles.muted}>{t("ui.editor.vetoHint")}</Caption1>
        </>
      )}
    </>
  );
}
