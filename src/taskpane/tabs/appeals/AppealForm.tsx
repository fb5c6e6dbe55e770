import { Button, Field, Input, Text, Textarea } from "@fluentui/react-components";
import { DateField } from "../../DateField";
import type { PaneHost } from "../../../workbook/pane-host";
import { useText } from "../../use-text";
import { useAppealsStyles } from "./appeals-styles";
import type { AppealDraft } from "./use-appeal-draft";

/** The appeal's fields and the register button, then check (or apply) every appeal in the workbook. */
export function AppealForm({
  host,
  draft,
  latestPeriod,
  canRun,
  onRegister,
  onCheck,
  onApply,
}: {
  host: PaneHost;
  draft: AppealDraft;
  /** The latest period the workbook has a ranking tab for, if any: used when the field is left empty. */
  latestPeriod: string | null;
  /** Not busy, and a workbook to work on. */
  canRun: boolean;
  onRegister: () => void;
  onCheck: () => void;
  onApply: () => void;
}) {
  const { t } = useText();
  const styles = useAppealsStyles();
  const { badDate } = draft;
  return (
    <div className={styles.form}>
      <Text className={styles.hint}>
        {host.selection ? t("ui.appeals.hintExcel") : t("ui.appeals.hint")}
      </Text>
      <div className={styles.row}>
        <Field label={t("ui.appeals.period")}>
          <Input
            value={draft.period}
            onChange={(_, d) => draft.setPeriod(d.value)}
            placeholder={latestPeriod ?? "2025Q4"}
          />
        </Field>
        <Field label={t("ui.appeals.employeeId")}>
          <Input value={draft.employeeId} onChange={(_, d) => draft.setEmployeeId(d.value)} />
        </Field>
      </div>
      <Field label={t("ui.appeals.indicator")} hint={t("ui.appeals.indicatorHint")}>
        <Input value={draft.indicator} onChange={(_, d) => draft.setIndicator(d.value)} />
      </Field>
      <Field label={t("ui.appeals.reason")}>
        <Textarea value={draft.reason} onChange={(_, d) => draft.setReason(d.value)} />
      </Field>
      <DateField
        label={t("ui.appeals.submitted")}
        value={draft.submitted}
        onChange={draft.setSubmitted}
      />
      <Button appearance="primary" onClick={onRegister} disabled={!canRun || badDate}>
        {t("ui.appeals.register")}
      </Button>
      <div className={styles.row}>
        <Button onClick={onCheck} disabled={!canRun}>
          {t("ui.appeals.check")}
        </Button>
        <Button onClick={onApply} disabled={!canRun}>
          {t("ui.appeals.apply")}
        </Button>
      </div>
    </div>
  );
}
