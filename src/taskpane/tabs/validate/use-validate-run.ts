import { useCallback, useEffect, useRef, useState } from "react";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { countErrors } from "../../../jobs/shared/issue";
import { inspect, sheetsToRead, type Inspection } from "../../../jobs/assessment/inspect";
import { SCORE_SHEET } from "../../../jobs/assessment/score-sheet";
import { TEMPLATE_SHEET } from "../../../jobs/shared/template-sheet";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";
import { markIssueCells } from "./mark-issue-cells";

const RECHECK_DELAY_MS = 1500;

/** The check's last inspection and switches (mark the cells, re-check on change), and the check itself. */
export function useValidateRun({
  host,
  template,
  run,
}: {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
}) {
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
        // Only the problems are shown (as `validate` reports them): the rows are not ranked.
        const inspection = inspect(snapshot, {
          sheet,
          template: snapshot.grids.has(TEMPLATE_SHEET) ? undefined : (template ?? undefined),
          rank: false,
        });
        setResult(inspection);
        const notMarked = highlight ? await markIssueCells(host, sheet, inspection.issues) : null;
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
    [book, host, template, highlight, run]
  );

  useRecheckOnChange(host, auto ? result?.sheet : undefined, check);

  return { book, result, highlight, setHighlight, auto, setAuto, check };
}

/** Re-checks a moment after the checked sheet changes (Excel only); no sheet, no watching. */
function useRecheckOnChange(host: PaneHost, sheet: string | undefined, check: () => Promise<void>) {
  const latest = useRef(check);
  latest.current = check;
  useEffect(() => {
    if (sheet === undefined || !host.onSheetChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    void host
      .onSheetChanged(sheet, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void latest.current(), RECHECK_DELAY_MS);
      })
      .then((off) => (unsubscribe = off));
    return () => {
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [sheet, host]); // the latest check is read through a ref, so it is not a dependency
}
