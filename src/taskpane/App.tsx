import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { PartBoundary } from "./PartBoundary";
import { FileBar } from "./FileBar";
import type { PaneHost } from "../workbook/pane-host";
import type { StandaloneHost } from "./host/standalone-host";
import type { TemplateDraft } from "./template-source";
import { PartLoading } from "./PartLoading";
import type { TabId } from "./part-ids";
import { useTask } from "./use-task";
import { useText } from "./use-text";

// The parts (and the template checks, the jobs and the workbook code behind them) load after the pane's first
// paint, in their own chunk: the first load is only the frame (issue 27). So does the status area (Fluent's
// message bars and progress): nothing is shown before work starts. Each load is made anew on 重试 after a
// failed one (a lazy component keeps its first outcome; webpack fetches a failed chunk again).
const loadPartPanel = () =>
  import(/* webpackChunkName: "parts" */ "./PartPanel").then((m) => ({ default: m.PartPanel }));
const loadStatusArea = () =>
  import(/* webpackChunkName: "status" */ "./StatusArea").then((m) => ({ default: m.StatusArea }));
/** The first attempt's, shared by every pane drawn: once arrived, a part opens at once when drawn again. */
const FIRST_LOAD = { PartPanel: lazy(loadPartPanel), StatusArea: lazy(loadStatusArea) };

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    maxWidth: "450px",
    minWidth: "280px",
    boxSizing: "border-box",
    overflowX: "hidden",
  },
  groups: { marginTop: tokens.spacingVerticalS },
  // Five parts in English (… Collect, Reviews) are wider than a 320 px pane: the row wraps, never overflows.
  tabs: {
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export type AppProps = { host: PaneHost; sample: TemplateDraft; sampleScoresUrl?: string };
type GroupId = "assess" | "results" | "duties";

/**
 * The pane's parts grouped by who uses them, so that it stays usable at 320 px as parts are added: 考核
 * (HR's templates, managers' validation, head office's ranking and collection, HR's reviews) and 结果 (the annual ranking,
 * feedback and outcomes, appeals, verification for audit, head office's calibration across groups), and 岗责
 * (post descriptions, the responsibility matrix and their upkeep). Each group remembers its part.
 */
const GROUPS: Record<GroupId, TabId[]> = {
  assess: ["templates", "validate", "rank", "collect", "reviews"],
  results: ["annual", "results", "appeals", "verify", "calibrate"],
  duties: ["duties"],
};

/** The task pane: two groups of parts, one primary action each, and a status area for progress and outcomes. */
export function App({ host, sample, sampleScoresUrl = "samples/ops-2025.scores.xlsx" }: AppProps) {
  const { t } = useText();
  const styles = useStyles();
  const [group, setGroup] = useState<GroupId>("assess");
  const [parts, setParts] = useState<Record<GroupId, TabId>>({
    assess: "templates",
    results: "annual",
    duties: "duties",
  });
  const tab = parts[group];
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((n) => n + 1);
  const { PartPanel, StatusArea } = useMemo(
    () =>
      attempt === 0
        ? FIRST_LOAD
        : { PartPanel: lazy(loadPartPanel), StatusArea: lazy(loadStatusArea) },
    [attempt]
  );
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [, setOpened] = useState(0);
  const { status, setStatus, run, busy } = useTask();
  // Whose status the status area holds: a part's outcome is shown in that part only (work under way shows
  // everywhere, since every button waits for it); the file bar's, above the parts, in any.
  const [owner, setOwner] = useState<TabId | "file">("file");
  const runFor = useMemo(() => {
    const runners = new Map<TabId | "file", typeof run>();
    return (id: TabId | "file") => {
      if (!runners.has(id))
        runners.set(id, (work) => {
          setOwner(id);
          return run(work);
        });
      return runners.get(id) as typeof run;
    };
  }, [run]);
  const shown = status.kind === "busy" || owner === "file" || owner === tab;
  // Before another group or part opens: the outcome shown, the part's being left (or the file bar's), goes
  // with it; an outcome that arrived for another part while the user was here waits for that part.
  const leave = () => {
    if (!busy && (owner === tab || owner === "file")) setStatus({ kind: "idle" });
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1">{t("ui.title")}</Title3>
      {host.kind === "standalone" && (
        <FileBar
          host={host as StandaloneHost}
          run={runFor("file")}
          busy={busy}
          onOpened={() => setOpened((n) => n + 1)}
          sampleUrl={sampleScoresUrl}
        />
      )}
      <nav aria-label={t("ui.group.label")}>
        <TabList
          className={styles.groups}
          selectedValue={group}
          onTabSelect={(_, data) => {
            if (data.value !== group) leave();
            setGroup(data.value as GroupId);
          }}
          aria-label={t("ui.group.label")}
        >
          {(Object.keys(GROUPS) as GroupId[]).map((id) => (
            <Tab key={id} value={id} id={`group-${id}`}>
              {t(`ui.group.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => {
            if (data.value !== tab) leave();
            setParts({ ...parts, [group]: data.value as TabId });
          }}
          aria-label={t(`ui.group.${group}`)}
        >
          {GROUPS[group].map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`}>
              {t(`ui.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <PartBoundary resetKey="status" onRetry={retry}>
        <Suspense fallback={null}>
          <StatusArea status={shown ? status : { kind: "idle" }} />
        </Suspense>
      </PartBoundary>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <PartBoundary resetKey={tab} onRetry={retry}>
          <Suspense fallback={<PartLoading />}>
            <PartPanel
              tab={tab}
              host={host}
              draft={draft}
              setDraft={setDraft}
              sample={sample}
              runFor={runFor}
              busy={busy}
            />
          </Suspense>
        </PartBoundary>
      </div>
    </main>
  );
}
