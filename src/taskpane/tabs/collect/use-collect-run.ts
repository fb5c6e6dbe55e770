import { useRef, useState } from "react";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { branchStatuses, collect } from "../../../jobs/assessment/collect-job";
import type { CollectResult, FileStatus } from "../../../jobs/assessment/collect-result";
import { compareNames } from "../../../jobs/assessment/roster";
import type { PaneHost } from "../../../workbook/pane-host";
import { loadXlsx } from "../../host/lazy-xlsx";
import type { Status } from "../../use-task";
import { useText } from "../../use-text";
import { collectSummary } from "./collect-summary";
import { readRoster, type PickedFile } from "./read-roster";
import { writeCollection, type CollectDownload } from "./write-collection";
import type { Issue } from "../../../jobs/shared/issue";
import { typedPeriod, usablePeriod } from "../rank/period-field";

/** The files read so far, in reading order, out of how many. */
export type CollectProgress = { done: number; total: number; files: FileStatus[] };

/** The collection's state and its three tasks: read the branch files, apply a roster, write the sheets. */
export function useCollectRun({
  host,
  template,
  run,
}: {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
}) {
  const { locale } = useText();
  const cancelled = useRef({ aborted: false });
  const [roster, setRoster] = useState<string[] | undefined>(undefined);
  const [progress, setProgress] = useState<CollectProgress | null>(null);
  const [result, setResult] = useState<CollectResult | null>(null);
  // In a browser, the workbook the sheets were written into, to download.
  const [download, setDownload] = useState<CollectDownload | null>(null);
  // The ranking's period: asked for (a required field), started from the template's where it can be used.
  const [period, setPeriod] = useState(() => usablePeriod(template));
  const [periodProblem, setPeriodProblem] = useState<Issue | null>(null);

  const start = (picked: PickedFile[]) =>
    run(async (): Promise<Status> => {
      // Read (and listed) in the order a Chinese user expects: 北京, 广州, 上海.
      const files = [...picked].sort((a, b) => compareNames(a.name, b.name));
      cancelled.current = { aborted: false };
      setResult(null);
      setDownload(null);
      setProgress({ done: 0, total: files.length, files: [] });
      const Xlsx = await loadXlsx();
      const collected = await collect(
        files.map((file) => ({
          name: file.name,
          read: async () => new Uint8Array(await file.arrayBuffer()),
        })),
        {
          template: template ?? undefined,
          roster,
          open: (bytes) => Xlsx.fromBuffer(bytes),
          signal: cancelled.current,
          onProgress: (done, total, status) =>
            setProgress((p) => ({
              done,
              total,
              files: status ? [...(p?.files ?? []), status] : (p?.files ?? []),
            })),
        }
      );
      if (collected.cancelled)
        return {
          kind: "warning",
          key: "collect.cancelled",
          params: { done: collected.files.length, total: files.length },
        };
      setResult(collected);
      if (!collected.template) return { kind: "error", key: "ui.collect.noTemplate" };
      return collectSummary(collected, locale);
    });

  /** A roster applies whenever it is picked, before or after the files. */
  const pickRoster = (file: PickedFile) =>
    run(async (): Promise<Status | void> => {
      const names = await readRoster(file);
      setRoster(names);
      if (!result) return;
      const updated = { ...result, branches: branchStatuses(result.files, names) };
      setResult(updated);
      return collectSummary(updated, locale);
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!result?.template) return;
      const typed = typedPeriod(period);
      setPeriodProblem(typed.ok ? null : typed.error);
      if (!typed.ok) return { kind: "error", key: typed.error.key, params: typed.error.params };
      setPeriod(typed.value);
      setDownload(null);
      return writeCollection(
        host,
        { ...result, template: result.template },
        locale,
        typed.value,
        setDownload
      );
    });

  // The collection reads this flag between files, so setting it stops the run after the current one.
  const cancel = () => (cancelled.current.aborted = true);

  return {
    roster,
    progress,
    result,
    period,
    setPeriod,
    periodProblem,
    download,
    start,
    pickRoster,
    write,
    cancel,
  };
}
