import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { FilePicker } from "../FilePicker";
import type { PaneHost } from "../../workbook/pane-host";
import { checkDraft, type TemplateDraft } from "../template-source";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { TemplateEditor } from "./TemplateEditor";
import { TemplateCheckSummary } from "./templates/TemplateCheckSummary";
import { useTemplateTasks } from "./templates/use-template-tasks";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  name: { display: "block", overflowWrap: "anywhere" },
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
  const { book, fromSample, fromFile, fromWorkbook, write, generate } = useTemplateTasks({
    host,
    loaded,
    setDraft,
    sample,
    run,
  });

  return (
    <div>
      <div className={styles.row}>
        <Button onClick={fromSample} disabled={busy}>
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
          <TemplateCheckSummary draft={draft} problems={check.problems} loaded={loaded} />
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
