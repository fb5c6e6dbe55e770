import { useEffect, useState } from "react";
import { serialOf } from "../../../core/calendar/official-calendar";
import {
  advanceAppeal,
  appealsInWorkbook,
  registerAppeal,
  type AppealsInWorkbookResult,
} from "../../../jobs/appeals/appeals-job";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";
import { useText } from "../../use-text";
import { appealsStatus } from "./appeals-status";
import { rankingPeriods } from "./ranking-periods";
import type { AppealDraft } from "./use-appeal-draft";

/** The appeals in the workbook as last read, and the tasks: register the draft, move one on, check or apply all. */
export function useAppealsRun({
  host,
  run,
  draft,
}: {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  draft: AppealDraft;
}) {
  const { locale } = useText();
  const [result, setResult] = useState<AppealsInWorkbookResult | null>(null);
  const book = host.workbook();
  // The latest period the workbook has a ranking tab for: the period field's placeholder, and the period
  // of an appeal registered by 工号 with the field left empty.
  const [latestPeriod, setLatestPeriod] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setLatestPeriod(null);
    if (book)
      rankingPeriods(book).then(
        (periods) => current && setLatestPeriod(periods[periods.length - 1] ?? null),
        () => undefined // a workbook that cannot be read says so when a task runs on it
      );
    return () => {
      current = false;
    };
  }, [book]);

  const check = async (apply: boolean): Promise<Status> => {
    if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
    const done = await appealsInWorkbook(book, { apply, locale, source: host.sourceName() });
    setResult(done);
    return appealsStatus(done, apply, locale);
  };

  const register = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const { period, employeeId, indicator, reason, submitted, submittedDay } = draft;
      const typed = employeeId.trim() !== "";
      const selected = !typed && host.selection ? await host.selection() : null;
      const outcome = await registerAppeal(book, {
        ...(selected
          ? { tab: selected.sheet, row: selected.row }
          : { period: period.trim() || (latestPeriod ?? ""), employeeId }),
        indicator,
        reason,
        submitted: serialOf(submittedDay ?? submitted),
        locale,
      });
      if (!outcome.ok) return { kind: "error", key: outcome.key, params: outcome.params };
      draft.setReason("");
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

  return {
    book,
    latestPeriod,
    result,
    register,
    advance,
    checkAll: () => run(() => check(false)),
    applyAll: () => run(() => check(true)),
  };
}
