import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { countErrors, issueText } from "../../jobs/shared/issue";
import { inspect, sheetsToRead, type Inspection } from "../../jobs/assessment/inspect";
import { SCORE_SHEET } from "../../jobs/assessment/score-sheet";
import { TEMPLATE_SHEET } from "../../jobs/assessment/template-sheet";
import { HighlightsUnavailable, WorkbookRefusal } from "../../workbook/port";
import type { PaneHost } from "../../workbook/pane-host";
import { GroupedFindings } from "../GroupedFindings";
import { groupIssues } from "../issue-kinds";
import { usePaneStyles } from "../pane-styles";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({
  summary: { display: "block", margin: `${tokens.spacingVerticalS} 0` },
});

const RECHECK_DELAY_MS = 1500;

type Props = {
  host: PaneHost;
  /** The pane's template, used when the workbook has no 权重模板 sheet of its own. */
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  onChecked?: (inspection: Inspection) => void;
};

/** Managers' tab: check the score sheet, see every problem by kind, jump to its cell, mark the cells. */
export function ValidateTab({ host, template, run, busy, onChecked }: Props) {
  const { t, locale } = useText();
  const styles = { ...usePaneStyles(), ...useStyles() };
  const [result, setResult] = useState<Inspection | null>(null);
  const [highlight, setHighlight] = useState(host.kind === "office");
  const [auto, setAuto] = useState(host.kind === "office");
  const book = host.workbook();

  const check = useCallback(
    () =>
      run(async (): Promise<Status | void> => {
        if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
        const active = (await host.activeSheet()) ?? SCORE_SHEET;
        // One read: the active sheet, the usual score sheet and the template.
        const snapshot = await book.read([...new Set([active, ...sheetsToRead({})])]);
        // The active sheet, unless it is one of the add-in's own results (then the usual score sheet).
        const ownKind = snapshot.registry[active]?.kind;
        const sheet = ownKind && ownKind !== "scores" ? SCORE_SHEET : active;
        const inspection = inspect(snapshot, {
          sheet,
          template: snapshot.grids.has(TEMPLATE_SHEET) ? undefined : (template ?? undefined),
        });
        setResult(inspection);
        onChecked?.(inspection);
        let notMarked: "protected" | "unreadable" | null = null;
        if (highlight && host.highlight) {
          const cells = inspection.issues
            .filter(
              (issue) =>
                issue.cell?.startsWith(`${sheet}!`) || issue.cell?.startsWith(`'${sheet}'!`)
            )
            .map((issue) => ({
              address: (issue.cell as string).split("!")[1],
              severity: issue.severity,
            }));
          try {
            await host.highlight(sheet, cells);
          } catch (error) {
            // The check is done; only the marks could not be made: a sheet the user protected, or formats
            // of the user's that Excel cannot read back.
            if (error instanceof HighlightsUnavailable) notMarked = "unreadable";
            else if (error instanceof WorkbookRefusal && error.code === "protectedSheet")
              notMarked = "protected";
            else throw error;
          }
        }
        const errors = countErrors(inspection.issues);
        const counts = {
          rows: inspection.records.length,
          errors,
          warnings: inspection.issues.length - errors,
        };
        if (notMarked)
          return {
            kind: "warning",
            key:
              notMarked === "protected" ? "ui.validate.notMarked" : "ui.validate.marksUnreadable",
            params: { ...counts, sheet },
          };
        return errors > 0
          ? { kind: "warning", key: "ui.validate.summary", params: counts }
          : { kind: "success", key: "ui.validate.clean" };
      }),
    [book, host, template, highlight, run, onChecked]
  );

  // Re-check a moment after the sheet changes (Excel only).
  const latest = useRef(check);
  latest.current = check;
  useEffect(() => {
    if (!auto || !result || !host.onSheetChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    void host
      .onSheetChanged(result.sheet, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void latest.current(), RECHECK_DELAY_MS);
      })
      .then((off) => (unsubscribe = off));
    return () => {
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [auto, result?.sheet, host]); // the latest check is read through a ref, so it is not a dependency

  const errors = result ? countErrors(result.issues) : 0;
  return (
    <div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={busy || !book}>
          {t("ui.validate.run")}
        </Button>
      </div>
      {host.kind === "office" && (
        <div className={styles.row}>
          <Switch
            label={t("ui.validate.highlight")}
            checked={highlight}
            onChange={(_, data) => setHighlight(data.checked)}
          />
          <Switch
            label={t("ui.validate.auto")}
            checked={auto}
            onChange={(_, data) => setAuto(data.checked)}
          />
        </div>
      )}
      {!book && (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.empty.noWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <section
          aria-label={t("ui.validate.summary", {
            rows: result.records.length,
            errors,
            warnings: result.issues.length - errors,
          })}
        >
          <Caption1 className={styles.summary}>
            {result.sheet} ·{" "}
            {t("ui.validate.summary", {
              rows: result.records.length,
              errors,
              warnings: result.issues.length - errors,
            })}
          </Caption1>
          <GroupedFindings
            groups={groupIssues(result.issues).map((group) => ({
              key: group.kind,
              title: t(group.kind),
              error: group.issues.some((i) => i.severity === "error"),
              items: group.issues.map((issue) => ({
                cell: issue.cell,
                text: issueText(issue, locale),
              })),
            }))}
            selectCell={host.selectCell}
          />
        </section>
      )}
    </div>
  );
}
