import type { LoadedTemplate } from "../../core/template/parse-template";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { DutiesChanges } from "./duties/DutiesChanges";
import { DutiesCheckupForm } from "./duties/DutiesCheckupForm";
import { DutiesFindings } from "./duties/DutiesFindings";
import { DutiesWorkbookSection } from "./duties/DutiesWorkbookSection";
import { useDutiesRun } from "./duties/use-duties-run";

type Props = {
  host: PaneHost;
  /** The pane's template (模板 tab): its posts are pre-filled, and descriptions are linked to them. */
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  /** "Today" for the default check date (tests fix it). */
  today?: () => Date;
};

/**
 * 岗责 (duties.md): the workbook of post descriptions, the responsibility matrix and changes is generated
 * (in Excel into the open workbook, in a browser as a new file) and checked; findings by kind, a click
 * selects the cell, the problem cells are marked; the quarterly check-up tab is written on request.
 */
export function DutiesTab({ host, template, run, busy, today = () => new Date() }: Props) {
  const duties = useDutiesRun({ host, template, run, today });
  return (
    <div>
      <DutiesWorkbookSection onGenerate={duties.generate} busy={busy} />
      <DutiesCheckupForm host={host} duties={duties} busy={busy} />
      {duties.result && <DutiesFindings result={duties.result} host={host} />}
      {duties.result && <DutiesChanges result={duties.result} />}
    </div>
  );
}
