import { useState } from "react";
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

  const check = async (apply: boolean): Promise<Status> => {
    if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
    const done = await appealsInWorkbook(book, { apply, locale, source: host.sourceName() });
    setResult(done);
    return appealsStatus(done, apply, locale);
  };

  const register = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const { period, employeeId, indicator, reason, submitted } = draft;
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
    result,
    register,
    advance,
    checkAll: () => run(() => check(false)),
    applyAll: () => run(() => check(true)),
  };
}
