import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { FileBar } from "./FileBar";
import type { PaneHost } from "./host/pane-host";
import type { StandaloneHost } from "./host/standalone-host";
import { StatusArea } from "./StatusArea";
import { checkDraft, type TemplateDraft } from "./template-source";
import { CollectTab } from "./tabs/CollectTab";
import { RankTab } from "./tabs/RankTab";
import { TemplatesTab } from "./tabs/TemplatesTab";
import { ValidateTab } from "./tabs/ValidateTab";
import { useTask } from "./use-task";
import { useText } from "./use-text";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    maxWidth: "450px",
    minWidth: "280px",
    boxSizing: "border-box",
    overflowX: "hidden",
  },
  tabs: { marginBottom: tokens.spacingVerticalS },
});

export type AppProps = { host: PaneHost; sample: TemplateDraft; sampleScoresUrl?: string };
type TabId = "templates" | "validate" | "rank" | "collect";

/** The task pane: 模板 / 校验 / 排名, one primary action each, and a status area for progress and outcomes. */
export function App({ host, sample, sampleScoresUrl = "samples/ops-2025.scores.xlsx" }: AppProps) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("templates");
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [, setOpened] = useState(0);
  const { status, run, busy } = useTask();
  const template = useMemo(
    () => (draft ? checkDraft(draft, locale).loaded : null),
    [draft, locale]
  );

  return (
    <main className={styles.root}>
      <Title3 as="h1">{t("ui.title")}</Title3>
      {host.kind === "standalone" && (
        <FileBar
          host={host as StandaloneHost}
          run={run}
          busy={busy}
          onOpened={() => setOpened((n) => n + 1)}
          sampleUrl={sampleScoresUrl}
        />
      )}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        aria-label={t("ui.title")}
      >
        <Tab value="templates">{t("ui.tab.templates")}</Tab>
        <Tab value="validate">{t("ui.tab.validate")}</Tab>
        <Tab value="rank">{t("ui.tab.rank")}</Tab>
        <Tab value="collect">{t("ui.tab.collect")}</Tab>
      </TabList>
      <StatusArea status={status} />
      <div role="tabpanel" aria-label={t(`ui.tab.${tab}`)}>
        {tab === "templates" && (
          <TemplatesTab
            host={host}
            draft={draft}
            setDraft={setDraft}
            sample={sample}
            run={run}
            busy={busy}
          />
        )}
        {tab === "validate" && (
          <ValidateTab host={host} template={template} run={run} busy={busy} />
        )}
        {tab === "rank" && <RankTab host={host} template={template} run={run} busy={busy} />}
        {tab === "collect" && <CollectTab host={host} template={template} run={run} busy={busy} />}
      </div>
    </main>
  );
}
