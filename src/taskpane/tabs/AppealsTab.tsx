import {
  Button,
  Field,
  Input,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { APPEAL_STATES } from "../../core/appeals/appeal";
import { localIsoDay, serialOf } from "../../core/calendar/official-calendar";
import { joinList } from "../../core/i18n/messages";
import {
  advanceAppeal,
  appealIssueText,
  appealsInWorkbook,
  registerAppeal,
  type AppealsInWorkbookResult,
} from "../../jobs/appeals/appeals-job";
import { issueText } from "../../jobs/shared/issue";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  item: { marginBottom: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Props = {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  today?: () => Date;
};

/**
 * 结果 → 申诉 (cycle.md §5): register an appeal (from the selected row of a ranking tab in Excel, or by
 * period and 工号), see each appeal's state and what it still needs, move it on, and apply the answered
 * corrections: a new 更正 tab and 变动, with who moved and why.
 */
export function AppealsTab({ host, run, busy, today = () => new Date() }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [period, setPeriod] = useState("");
  const [employeeId, setEmployeeId] = useState("");
  const [indicator, setIndicator] = useState("");
  const [reason, setReason] = useState("");
  const [submitted, setSubmitted] = useState(() => localIsoDay(today()));
  const [result, setResult] = useState<AppealsInWorkbookResult | null>(null);
  const book = host.workbook();
  const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(submitted);

  const check = async (apply: boolean): Promise<Status> => {
    if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
    const done = await appealsInWorkbook(book, { apply, locale, source: host.sourceName() });
    setResult(done);
    if (done.problems.length > 0)
      return {
        kind: "error",
        key: "ui.appeals.failed",
        details: done.problems.map((issue) => issueText(issue, locale)),
      };
    const errors = done.issues.filter((i) => i.severity === "error").length;
    if (apply && done.corrections.length > 0)
      return {
        kind: "success",
        key: "ui.appeals.applied",
        params: {
          sheets: joinList(done.written, locale),
          changes: done.corrections.reduce((sum, c) => sum + c.changes.length, 0),
        },
      };
    // Deadlines counted without their year's arrangement say so.
    const details = done.notes.map((note) => issueText(note, locale));
    return {
      kind:
        errors > 0 || details.length > 0 || (apply && done.corrections.length === 0)
          ? "warning"
          : "success",
      key: apply ? "cli.appealsNothing" : "cli.appealsChecked",
      params: { appeals: done.appeals.length, errors, warnings: done.issues.length - errors },
      details,
    };
  };

  const register = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const typed = employeeId.trim() !== "";
      const selected = !typed && host.selection ? await host.selection() : null;
      const outcome = await registerAppeal(book, {
        ...(selected ? { tab: selected.sheet, row: selected.row } : { period, employeeId }),
        indicator,
        reason,
        submitted: serialOf(submitted),
        locale,
      });
      if (!outcome.ok) return { kind: "error", key: outcome.key, params: outcome.params };
      setReason("");
      await check(false);
      return {
        kind: "success",
        key: "ui.appeals.registered",
        params: { id: outcome.id, employeeId: outcome.employeeId, period: outcome.period },
      };
    });

  const advance = (id: string) =>
    run(async (): Promise<Status | void> => {
      if (!book) return;
      const outcome = await advanceAppeal(book, id, { locale });
      if (!outcome.ok) return { kind: "error", key: outcome.key, params: outcome.params };
      return check(false);
    });

  return (
    <div>
      <div className={styles.form}>
        <Text className={styles.hint}>
          {host.selection ? t("ui.appeals.hintExcel") : t("ui.appeals.hint")}
        </Text>
        <div className={styles.row}>
          <Field label={t("ui.appeals.period")}>
            <Input value={period} onChange={(_, d) => setPeriod(d.value)} placeholder="2025Q4" />
          </Field>
          <Field label={t("ui.appeals.employeeId")}>
            <Input value={employeeId} onChange={(_, d) => setEmployeeId(d.value)} />
          </Field>
        </div>
        <Field label={t("ui.appeals.indicator")} hint={t("ui.appeals.indicatorHint")}>
          <Input value={indicator} onChange={(_, d) => setIndicator(d.value)} />
        </Field>
        <Field label={t("ui.appeals.reason")}>
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
        <Field
          label={t("ui.appeals.submitted")}
          validationState={badDate ? "error" : "none"}
          validationMessage={badDate ? t("ui.results.badDate") : undefined}
        >
          <Input type="date" value={submitted} onChange={(_, d) => setSubmitted(d.value)} />
        </Field>
        <Button appearance="primary" onClick={register} disabled={busy || !book || badDate}>
          {t("ui.appeals.register")}
        </Button>
        <div className={styles.row}>
          <Button onClick={() => run(() => check(false))} disabled={busy || !book}>
            {t("ui.appeals.check")}
          </Button>
          <Button onClick={() => run(() => check(true))} disabled={busy || !book}>
            {t("ui.appeals.apply")}
          </Button>
        </div>
      </div>
      {result && result.appeals.length > 0 && (
        <section className={styles.section} aria-label={t("ui.appeals.list")}>
          <Subtitle2 as="h3">
            {t("ui.appeals.list")} ({result.appeals.length})
          </Subtitle2>
          <ul className={styles.list}>
            {result.appeals.map((appeal) => {
              const at = APPEAL_STATES.indexOf(appeal.state as (typeof APPEAL_STATES)[number]);
              const next = at >= 0 && at < APPEAL_STATES.length - 1 ? APPEAL_STATES[at + 1] : null;
              return (
                <li key={`${appeal.id}-${appeal.row}`} className={styles.item}>
                  {appeal.id} · {appeal.state || t("ui.appeals.noState")}
                  {appeal.issues.map((issue, i) => (
                    <div key={i} className={styles.note}>
                      {appealIssueText(issue, locale)}
                    </div>
                  ))}
                  {next && (
                    <div>
                      <Button size="small" onClick={() => advance(appeal.id)} disabled={busy}>
                        {t("ui.appeals.advance", { state: next })}
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {result && result.corrections.length > 0 && (
        <section className={styles.section} aria-label={t("ui.appeals.moved")}>
          <Subtitle2 as="h3">{t("ui.appeals.moved")}</Subtitle2>
          <ul className={styles.list}>
            {result.corrections.flatMap((c) =>
              c.changes.map((change) => (
                <li key={`${c.period}-${change.id}`}>
                  {change.name ?? change.id}：
                  {t("ui.appeals.change", {
                    before: change.before.composite ?? "—",
                    after: change.after.composite ?? "—",
                    rankBefore: change.before.rank?.overall ?? "—",
                    rankAfter: change.after.rank?.overall ?? "—",
                  })}
                  <div className={styles.note}>
                    {change.cause === "others"
                      ? t("sheet.changes.others")
                      : joinList(change.cause, locale)}
                  </div>
                </li>
              ))
            )}
          </ul>
        </section>
      )}
    </div>
  );
}
