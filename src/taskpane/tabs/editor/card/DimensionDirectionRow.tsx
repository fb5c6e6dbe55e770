import { Field, Select } from "@fluentui/react-components";
import { useText } from "../../../use-text";
import { useEditorStyles } from "../editor-styles";
import type { DraftDimension, DraftIndicator } from "../scoring-fields";
import { validationFor, type SlotProblems } from "./card-fields";

/** The indicator's dimension (when the post has dimensions) and, for ratio and peer scoring, which way is better. */
export function DimensionDirectionRow({
  indicator,
  dimensions,
  showDimension,
  showDirection,
  bySlot,
  onChange,
  disabled,
}: {
  indicator: DraftIndicator;
  dimensions: DraftDimension[] | undefined;
  showDimension: boolean;
  showDirection: boolean;
  bySlot: SlotProblems;
  onChange: (change: Partial<DraftIndicator>) => void;
  disabled?: boolean;
}) {
  const { t, locale } = useText();
  const styles = useEditorStyles();
  const direction = indicator.direction ?? "higher";
  return (
    <div className={styles.row}>
      {showDimension && (
        <Field
          className={styles.field}
          label={t("ui.col.dimension")}
          {...validationFor(bySlot, "dimension")}
        >
          <Select
            className={styles.control}
            disabled={disabled}
            value={indicator.dimension ?? ""}
            onChange={(_, data) => onChange({ dimension: data.value || undefined })}
          >
            {!dimensions?.some((d) => d.id === indicator.dimension) && (
              <option value={indicator.dimension ?? ""}>{t("ui.editor.chooseDimension")}</option>
            )}
            {dimensions?.map((d) => (
              <option key={d.id} value={d.id}>
                {locale === "en-US" ? (d.nameEn ?? d.name) : d.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {showDirection && (
        <Field
          className={styles.field}
          label={t("ui.editor.direction")}
          {...validationFor(bySlot, "direction")}
        >
          <Select
            className={styles.control}
            disabled={disabled}
            value={direction}
            onChange={(_, data) => onChange({ direction: data.value as "higher" | "lower" })}
          >
            <option value="higher">{t("ui.editor.higher")}</option>
            <option value="lower">{t("ui.editor.lower")}</option>
          </Select>
        </Field>
      )}
    </div>
  );
}
