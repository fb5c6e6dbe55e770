import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { isoDate, localIsoDay, serialOf } from "../../core/calendar/official-calendar";
import { findingText, type Finding } from "../../core/duties/duties";
import type { MessageKey } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import {
  DUTIES_SHEETS,
  dutiesJob,
  dutiesWorkbookJob,
  type DutiesJobResult,
} from "../../jobs/duties/duties-job";
import { issueText } from "../../jobs/shared/issue";
import { HighlightsUnavailable, WorkbookRefusal, type Highlight } from "../../workbook/port";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { PaneHost } from "../../workbook/pane-host";
import { GroupedFindings } from "../GroupedFindings";
import { usePaneStyles } from "../pane-styles";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { display: "block", margin: `${tokens.spacingVerticalS} 0` },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Props = {
  host: PaneHost;
  /** The pane's template (模板 tab): its posts are pre-filled, and descriptions are linked to them. */
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  /** "Today" for the default check date (tests fix it). */
  today?: () => Date;
};

type Checked = Extract<DutiesJobResult, { ok: true }>;
/** A finding or an unreadable cell, as one line of the list. */
type Line = { kind: string; severity: "error" | "warning"; cell?: string; text: string };

/** Findings by kind (errors first), each group labelled as the report's 检查项. */
function groupLines(result: Checked, locale: "zh-CN" | "en-US") {
  const lines: Line[] = [
    ...result.unreadable.map((issue) => ({
      kind: "unreadable",
      severity: "error" as const,
      cell: issue.cell,
      text: issueText(issue, locale),
    })),
    ...result.findings.map((f: Finding) => ({
      kind: f.kind,
      severity: f.severity,
      cell: f.cell,
      text: findingText(f, locale),
    })),
  ];
  const groups = new Map<string, Line[]>();
  for (const line of lines) groups.set(line.kind, [...(groups.get(line.kind) ?? []), line]);
  return [...groups]
    .map(([kind, items]) => ({ kind, items, error: items.some((i) => i.severity === "error") }))
    .sort((a, b) => Number(b.error) - Number(a.error));
}

/**
 * 岗责 (duties.md): the workbook of post descriptions, the responsibility matrix and changes is generated
 * (in Excel into the open workbook, in a browser as a new file) and checked; findings by kind, a click
 * selects the cell, the problem cells are marked; the quarterly check-up tab is written on request.
 */
export function DutiesTab({ host, template, run, busy, today = () => new Date() }: Props) {
  const { t, locale } = useText();
  const styles = { ...usePaneStyles(), ...useStyles() };
  const [asOf, setAsOf] = useState(() => localIsoDay(today()));
  const [highlight, setHighlight] = useState(host.kind === "office");
  const [result, setResult] = useState<Checked | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const book = host.workbook();
  const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(asOf);

  const generate = () =>
    run(async (): Promise<Status | void> => {
      // In Excel the sheets go into the open workbook; in a browser into a new file to download.
      const target = host.kind === "office" && book ? book : XlsxWorkbook.empty();
      const made = await dutiesWorkbookJob(target, {
        template,
        locale,
        today: serialOf(localIsoDay(today())),
      });
      if (!made.ok)
        return {
          kind: "error",
          key: "ui.duties.notGenerated",
          details: made.problems.map((issue) => issueText(issue, locale)),
        };
      await target.write(made.sheets);
      const params = { sheets: made.names.join("、"), posts: template?.template.posts.length ?? 0 };
      if (target === book) return { kind: "success", key: "ui.duties.generated", params };
      const fileName = t("ui.duties.fileName");
      await host.deliverWorkbook(await (target as XlsxWorkbook).toBuffer(), fileName);
      return {
        kind: "success",
        key: "ui.duties.generatedFile",
        params: { ...params, file: fileName },
      };
    });

  const check = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      setWritten(null);
      const done = await dutiesJob(book, {
        // The workbook's own 权重模板 first; else the pane's.
        fallbackTemplate: template,
        asOf: serialOf(asOf),
        locale,
        source: host.sourceName(),
      });
      if (!done.ok) {
        setResult(null);
        return {
          kind: "error",
          key: "ui.duties.failed",
          details: done.problems.map((issue) => issueText(issue, locale)),
        };
      }
      setResult(done);
      let notMarked: "protected" | "unreadable" | null = null;
      if (highlight && host.highlight)
        for (const sheet of DUTIES_SHEETS) {
          const cells: Highlight[] = [...done.unreadable, ...done.findings]
            .filter((f) => f.cell?.startsWith(`${sheet}!`))
            .map((f) => ({ address: (f.cell as string).split("!")[1], severity: f.severity }));
          try {
            await host.highlight(sheet, cells);
          } catch (error) {
            if (error instanceof HighlightsUnavailable) notMarked ??= "unreadable";
            else if (error instanceof WorkbookRefusal && error.code === "protectedSheet")
              notMarked = "protected";
            else throw error;
          }
        }
      const params = {
        ...done.counts,
        errors: done.errors,
        warnings: done.warnings,
      };
      if (notMarked)
        return {
          kind: "warning",
          key: notMarked === "protected" ? "ui.duties.notMarked" : "ui.duties.marksUnreadable",
          params,
        };
      // A due date counted without its year's arrangement says so, and how to load it.
      const details = done.notes.map((note) => issueText(note, locale));
      if (done.errors + done.warnings === 0)
        return {
          kind: details.length > 0 ? "warning" : "success",
          key: "ui.duties.clean",
          details,
        };
      return {
        kind: done.errors > 0 || details.length > 0 ? "warning" : "success",
        key: "ui.duties.summary",
        params,
        details,
      };
    });

  const writeReport = () =>
    run(async (): Promise<Status | void> => {
      if (!book || !result) return;
      await book.write(result.sheets);
      setWritten(result.reportSheet);
      return {
        kind: "success",
        key: "ui.duties.reportWritten",
        params: { sheet: result.reportSheet },
      };
    });

  const listed = result?.changes.filter((c) => c.state === "overdue" || c.soon) ?? [];
  return (
    <div>
      <section className={styles.form} aria-label={t("ui.duties.workbook")}>
        <Subtitle2 as="h3">{t("ui.duties.workbook")}</Subtitle2>
        <Text className={styles.hint}>{t("ui.duties.generateHint")}</Text>
        <ul className={styles.sheets}>
          {(["descriptions", "matrix", "changes"] as const).map((key) => (
            <li key={key}>
              <Caption1>{t(`ui.duties.sheet.${key}` as MessageKey)}</Caption1>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Button onClick={generate} disabled={busy}>
            {t("ui.duties.generate")}
          </Button>
        </div>
      </section>
      <section className={styles.form} aria-label={t("ui.duties.checkup")}>
        <Subtitle2 as="h3">{t("ui.duties.checkup")}</Subtitle2>
        <Field
          label={t("ui.duties.asOf")}
          validationState={badDate ? "error" : "none"}
          validationMessage={badDate ? t("ui.duties.badDate") : undefined}
        >
          <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
        </Field>
        {host.kind === "office" && (
          <Switch
            label={t("ui.validate.highlight")}
            checked={highlight}
            onChange={(_, data) => setHighlight(data.checked)}
          />
        )}
        <div className={styles.row}>
          <Button appearance="primary" onClick={check} disabled={busy || !book || badDate}>
            {t("ui.duties.check")}
          </Button>
          <Button onClick={writeReport} disabled={busy || !result}>
            {t("ui.duties.writeReport")}
          </Button>
          {host.downloadResult && written && (
            <Button onClick={() => void host.downloadResult?.(`${written}.xlsx`)} disabled={busy}>
              {t("ui.rank.download")}
            </Button>
          )}
        </div>
        {!book && (
          <MessageBar intent="info">
            <MessageBarBody>{t("ui.empty.noWorkbook")}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      {result && (
        <section aria-label={t("ui.duties.findings")} className={styles.section}>
          <Caption1 className={styles.summary}>
            {isoDate(result.asOf)} ·{" "}
            {t("ui.duties.summary", {
              ...result.counts,
              errors: result.errors,
              warnings: result.warnings,
            })}
          </Caption1>
          {!result.template && <Text className={styles.note}>{t("ui.duties.noTemplate")}</Text>}
          <GroupedFindings
            groups={groupLines(result, locale).map((group) => ({
              key: group.kind,
              title:
                group.kind === "unreadable"
                  ? t("sheet.checkup.unreadableItem")
                  : t(`dutyKind.${group.kind}` as MessageKey),
              error: group.error,
              items: group.items,
            }))}
            selectCell={host.selectCell}
          />
        </section>
      )}
      {result && (
        <section className={styles.section} aria-label={t("ui.duties.changes")}>
          <Subtitle2 as="h3">
            {t("ui.duties.changes")} ({listed.length})
          </Subtitle2>
          {listed.length === 0 ? (
            <Text>{t("ui.duties.noChanges")}</Text>
          ) : (
            <Table size="extra-small">
              <TableBody>
                {listed.map((c) => (
                  <TableRow key={`${c.id}-${c.row}`}>
                    <TableCell>
                      {c.id}
                      <div className={styles.note}>{c.subject}</div>
                    </TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={c.state === "overdue" ? "danger" : "warning"}>
                        {t(c.state === "overdue" ? "ui.duties.overdue" : "ui.duties.soon")}
                      </Badge>
                      <div className={styles.note}>
                        {t("ui.duties.due", { date: isoDate(c.due) })}
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      )}
    </div>
  );
}
