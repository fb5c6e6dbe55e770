import { Field, Input } from "@fluentui/react-components";
import { issueText, type Issue } from "../../../jobs/shared/issue";
import { useText } from "../../use-text";

/** The 考核期 field of 排名 and 汇总: required, with an example, and the refusal of what was typed under it. */
export function PeriodField({
  value,
  onChange,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  problem: Issue | null;
}) {
  const { t, locale } = useText();
  return (
    <Field
      label={t("ui.rank.period")}
      required
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? issueText(problem, locale) : undefined}
    >
      <Input
        value={value}
        onChange={(_, data) => onChange(data.value)}
        placeholder={t("ui.rank.periodExample")}
      />
    </Field>
  );
}
