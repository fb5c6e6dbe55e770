import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { AppealCorrections } from "./appeals/AppealCorrections";
import { AppealForm } from "./appeals/AppealForm";
import { AppealList } from "./appeals/AppealList";
import { useAppealDraft } from "./appeals/use-appeal-draft";
import { useAppealsRun } from "./appeals/use-appeals-run";

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
  const draft = useAppealDraft(today);
  const { book, latestPeriod, result, register, advance, checkAll, applyAll } = useAppealsRun({
    host,
    run,
    draft,
  });
  return (
    <div>
      <AppealForm
        host={host}
        draft={draft}
        latestPeriod={latestPeriod}
        canRun={!busy && !!book}
        onRegister={register}
        onCheck={checkAll}
        onApply={applyAll}
      />
      {result && result.appeals.length > 0 && (
        <AppealList appeals={result.appeals} onAdvance={advance} busy={busy} />
      )}
      {result && result.corrections.length > 0 && (
        <AppealCorrections corrections={result.corrections} />
      )}
    </div>
  );
}
