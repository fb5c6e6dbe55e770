import type { LoadedTemplate } from "../../../core/template/parse-template";
import { templateJob, writeTemplateSheet } from "../../../jobs/assessment/template-job";
import { TEMPLATE_SHEET } from "../../../jobs/shared/template-sheet";
import type { PaneHost } from "../../../workbook/pane-host";
import { loadXlsx } from "../../host/lazy-xlsx";
import { draftFromFile, draftFromWorkbook, type TemplateDraft } from "../../template-source";
import type { Status } from "../../use-task";
import { userSheetInTheWay } from "../../user-sheet-guard";
import { useText } from "../../use-text";

const loadedStatus = (d: TemplateDraft): Status => ({
  kind: "success",
  key: "ui.template.loaded",
  params: { name: d.name, version: d.version },
});

/** The template tab's tasks: load a draft (the sample, a file, the workbook's), write it, make the score template. */
export function useTemplateTasks({
  host,
  loaded,
  setDraft,
  sample,
  run,
}: {
  host: PaneHost;
  /** The draft as a template, when it has no problems. */
  loaded: LoadedTemplate | null;
  setDraft: (draft: TemplateDraft) => void;
  sample: TemplateDraft;
  run: (work: () => Promise<Status | void>) => Promise<void>;
}) {
  const { locale } = useText();
  const book = host.workbook();

  // The editor's own copy of the sample, which is JSON (structuredClone is newer than EdgeHTML 18).
  const fromSample = () =>
    run(
      async (): Promise<Status | void> => (
        setDraft(JSON.parse(JSON.stringify(sample)) as TemplateDraft),
        loadedStatus(sample)
      )
    );

  const fromFile = (file: File) =>
    run(async (): Promise<Status | void> => {
      const outcome = await draftFromFile(file, locale);
      if (!outcome.ok)
        return {
          kind: "error",
          key: "cli.templateInvalid",
          params: { file: file.name, count: outcome.problems.length },
          details: outcome.problems,
        };
      setDraft(outcome.draft);
      return loadedStatus(outcome.draft);
    });

  const fromWorkbook = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const outcome = await draftFromWorkbook(book, locale);
      if (!outcome.ok)
        return {
          kind: "error",
          key: "ui.template.problems",
          params: { count: outcome.problems.length },
          details: outcome.problems,
        };
      setDraft(outcome.draft);
      return loadedStatus(outcome.draft);
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!loaded || !book) return;
      const inTheWay = await userSheetInTheWay(book, [TEMPLATE_SHEET]);
      if (inTheWay) return inTheWay;
      await writeTemplateSheet(book, { template: loaded, locale });
      return { kind: "success", key: "ui.template.written" };
    });

  const generate = () =>
    run(async (): Promise<Status | void> => {
      if (!loaded) return;
      const Xlsx = await loadXlsx();
      const out = Xlsx.empty();
      await templateJob(out, { template: loaded });
      const file = `评分模板-${loaded.template.id}-${loaded.template.version}.xlsx`;
      await host.deliverWorkbook(await out.toBuffer(), file);
      return { kind: "success", key: "ui.template.generated", params: { file } };
    });

  return { book, fromSample, fromFile, fromWorkbook, write, generate };
}
