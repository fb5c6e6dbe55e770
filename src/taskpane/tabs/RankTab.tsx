import type { LoadedTemplate } from "../../core/template/parse-template";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { RankForm } from "./rank/RankForm";
import { RankReport } from "./rank/RankReport";
import { useRankRun } from "./rank/use-rank-run";

type Props = {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/** Head office's tab: choose period and method, write the ranking tab, see the grades and the top and bottom five. */
export function RankTab({ host, template, run, busy }: Props) {
  const ranking = useRankRun({ host, template, run });
  return (
    <div>
      <RankForm host={host} ranking={ranking} busy={busy} />
      {ranking.report && <RankReport report={ranking.report} ranking={ranking} />}
    </div>
  );
}
