import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useMemo } from "react";
import { FilePicker } from "../FilePicker";
import { templateJob, writeTemplateSheet } from "../../jobs/assessment/template-job";
import { TEMPLATE_SHEET } from "../../jobs/assessment/template-sheet";
import { userSheetInTheWay } from "../user-sheet-guard";
import type { PaneHost } from "../../workbook/pane-host";
import { loadXlsx } from "../host/lazy-xlsx";
import {
  checkDraft,
  draftFromFile,
  draftFromWorkbook,
  type TemplateDraft,
} from "../template-source";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { TemplateEditor } from "./TemplateEditor";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  meta: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    marginTop: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  problems: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  name: { display: "block", overflowWrap: "anywhere" },
  nowrap: { whiteSpace: "nowrap" },
});

type Props = {
  host: PaneHost;
  draft: TemplateDraft | null;
  setDraft: (draft: TemplateDraft) => void;
  sample: TemplateDraft;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/** HR's tab: load a weight template, check and edit its weights, write it into the workbook, make the score template. */
export function TemplatesTab({ host, draft, setDraft, sample, run, busy }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const check = useMemo(() => (draft ? checkDraft(draft, locale) : null), [draft, locale]);
  const loaded = check?.loaded ?? null;
  const book = host.workbook();

  const loadedStatus = (d: TemplateDraft): Status => ({
    kind: "success",
    key: "ui.template.loaded",
    params: { name: d.name, version: d.version },
  });

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

  return (
    <div>
      <div className={styles.row}>
        <Button
          // The editor's own copy of the sample, which is JSON (structuredClone is newer than EdgeHTML 18).
          onClick={() =>
            run(
              async (): Promise<Status | void> => (
                setDraft(JSON.parse(JSON.stringify(sample)) as TemplateDraft),
                loadedStatus(sample)
              )
            )
          }
          disabled={busy}
        >
          {t("ui.source.sample")}
        </Button>
        <FilePicker
          label={t("ui.source.file")}
          accept=".json,.xlsx"
          disabled={busy}
          onFiles={(files) => void fromFile(files[0])}
        />
        <Button onClick={fromWorkbook} disabled={busy || !book}>
          {t("ui.source.workbook")}
        </Button>
      </div>

      {!draft && (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.empty.noTemplate")}</MessageBarBody>
        </MessageBar>
      )}

      {draft && check && (
        <>
          {check.problems.length > 0 ? (
            <MessageBar intent="error">
              <MessageBarBody>
                {t("ui.template.problems", { count: check.problems.length })}
                <ul className={styles.problems}>
                  {check.problems.map((problem, i) => (
                    <li key={i}>{problem}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1 className={styles.meta}>
              {t("ui.template.meta", {
                version: draft.version,
                fingerprint: loaded?.fingerprint.slice(0, 8) ?? "",
                fullScore: loaded?.template.fullScore ?? "",
                precision: loaded?.template.precision ?? "",
              })
                .split(" · ")
                // Each part on one line ("保留 2 位小数" never split), the line broken between them.
                .map((part, k) => (
                  <Fragment key={k}>
                    {k > 0 && " · "}
                    <span className={styles.nowrap}>{part}</span>
                  </Fragment>
                ))}
            </Caption1>
          )}
          <div className={styles.row} style={{ marginTop: tokens.spacingVerticalM }}>
            <Button appearance="primary" onClick={generate} disabled={busy || !loaded}>
              {t("ui.template.generate")}
            </Button>
            <Button onClick={write} disabled={busy || !loaded || !book}>
              {t("ui.template.write")}
            </Button>
          </div>
          <Subtitle1 as="h2" className={styles.name}>
            {draft.name}
          </Subtitle1>
          <TemplateEditor
            draft={draft}
            onChange={setDraft}
            problems={check.placed}
            disabled={busy}
          />
        </>
      )}
    </div>
  );
}
