import { Field, Input } from "@fluentui/react-components";
import { readDay } from "./date-text";
import { useText } from "./use-text";

/**
 * A date field that shows and takes `yyyy-mm-dd` (ux.md) in every language and browser: a text field, not
 * the browser's date input (which shows 12/06/2026 in an English browser), saying under it what is wrong with
 * a date typed otherwise.
 */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useText();
  const read = readDay(value);
  return (
    <Field
      label={label}
      validationState={read.ok ? "none" : "error"}
      validationMessage={read.ok ? undefined : t(read.error.key, read.error.params)}
    >
      <Input
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("ui.date.placeholder")}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
