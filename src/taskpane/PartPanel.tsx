import { useMemo } from "react";
import type { PaneHost } from "../workbook/pane-host";
import type { TabId } from "./part-ids";
import { checkDraft, type TemplateDraft } from "./template-source";
import { AnnualTab } from "./tabs/AnnualTab";
import { AppealsTab } from "./tabs/AppealsTab";
import { CalibrateTab } from "./tabs/CalibrateTab";
import { CollectTab } from "./tabs/CollectTab";
import { DutiesTab } from "./tabs/DutiesTab";
import { RankTab } from "./tabs/RankTab";
import { ResultsTab } from "./tabs/ResultsTab";
import { ReviewsTab } from "./tabs/ReviewsTab";
import { TemplatesTab } from "./tabs/TemplatesTab";
import { ValidateTab } from "./tabs/ValidateTab";
import { VerifyTab } from "./tabs/VerifyTab";
import type { useTask } from "./use-task";
import { useText } from "./use-text";

type Run = ReturnType<typeof useTask>["run"];

export type PartPanelProps = {
  tab: TabId;
  host: PaneHost;
  draft: TemplateDraft | null;
  setDraft: (draft: TemplateDraft | null) => void;
  sample: TemplateDraft;
  runFor: (id: TabId) => Run;
  busy: boolean;
};

/**
 * The part shown, with the template being edited checked for the parts that use it. Loaded on its own after
 * the pane's frame (App), with everything the parts need: template checks, jobs, workbook code.
 */
export function PartPanel({ tab, host, draft, setDraft, sample, runFor, busy }: PartPanelProps) {
  const { locale } = useText();
  const template = useMemo(
    () => (draft ? checkDraft(draft, locale).loaded : null),
    [draft, locale]
  );
  return (
    <>
      {tab === "templates" && (
        <TemplatesTab
          host={host}
          draft={draft}
          setDraft={setDraft}
          sample={sample}
          run={runFor("templates")}
          busy={busy}
        />
      )}
      {tab === "validate" && (
        <ValidateTab host={host} template={template} run={runFor("validate")} busy={busy} />
      )}
      {tab === "rank" && (
        <RankTab host={host} template={template} run={runFor("rank")} busy={busy} />
      )}
      {tab === "collect" && (
        <CollectTab host={host} template={template} run={runFor("collect")} busy={busy} />
      )}
      {tab === "reviews" && (
        <ReviewsTab host={host} template={template} run={runFor("reviews")} busy={busy} />
      )}
      {tab === "annual" && <AnnualTab host={host} run={runFor("annual")} busy={busy} />}
      {tab === "results" && <ResultsTab host={host} run={runFor("results")} busy={busy} />}
      {tab === "appeals" && <AppealsTab host={host} run={runFor("appeals")} busy={busy} />}
      {tab === "verify" && <VerifyTab host={host} run={runFor("verify")} busy={busy} />}
      {tab === "calibrate" && <CalibrateTab host={host} run={runFor("calibrate")} busy={busy} />}
      {tab === "duties" && (
        <DutiesTab host={host} template={template} run={runFor("duties")} busy={busy} />
      )}
    </>
  );
}
