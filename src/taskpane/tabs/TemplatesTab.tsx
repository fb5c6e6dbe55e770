import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { FilePicker } from "../FilePicker";
import type { PaneHost } from "../../workbook/pane-host";
import { checkDraft, type TemplateDraft } from "../template-source";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { TemplateEditor } from "./TemplateEditor";
import { TemplateCheckSummary } from "./templates/TemplateCheckSummary";
import { useTemplateTasks } from "./templates/use-template-tasks";
import { WhatifPanel } from "./whatif/WhatifPanel";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  name: { display: "block", overflowWrap: "anywhere" },
  views: { marginBottom: tokens.spacingVerticalS },
});

type Props = {
  host: PaneHost;
  draft: TemplateDraft | null;
  setDraft: (draft: TemplateDraft) => void;
  sample: TemplateDraft;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

type View = "edit" | "compare";

/**
 * HR's 模板 part, in two views: 编辑 (the template itself) and 方案比较 (calibration.md §2: the workbook's
 * template against a proposed one — the one being edited, or a file).
 */
export function TemplatesTab(props: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [view, setView] = useState<View>("edit");
  const { draft } = props;
  // The draft as the proposed template, checked only when it is compared.
  const editor = useMemo(
    () => (view === "compare" && draft ? checkDraft(draft, locale).loaded : null),
    [view, draft, locale]
  );
  return (
    <div>
      <TabList
        className={styles.views}
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        aria-label={t("ui.tab.templates")}
      >
        {(["edit", "compare"] as const).map((id) => (
          <Tab key={id} value={id} id={`templates-${id}`}>
            {t(`ui.template.view.${id}`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`templates-${view}`}>
        {view === "edit" ? (
          <TemplateEdit {...props} />
        ) : (
          <WhatifPanel host={props.host} editor={editor} run={props.run} busy={props.busy} />
        )}
      </div>
    </div>
  );
}

/** 编辑: load a weight template, check and edit its weights, write it into the workbook, make the score template. */
function TemplateEdit({ host, draft, setDraft, sample, run, busy }: Props) {
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
