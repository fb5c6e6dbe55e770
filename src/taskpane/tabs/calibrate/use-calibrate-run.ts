import { useEffect, useState } from "react";
import { flagCounts } from "../../../core/calibration/calibrate";
import {
  calibrateInWorkbook,
  type CalibrateJobResult,
} from "../../../jobs/calibration/calibrate-job";
import type { PaneHost } from "../../../workbook/pane-host";
import { issueText } from "../../pane-wording";
import type { Status } from "../../use-task";
import { useText } from "../../use-text";
import { DEFAULT_BY } from "../../../jobs/calibration/grouping";
import { calibrateChoices, type CalibrateChoices } from "./calibrate-choices";

/** What an analysis was run with: a write writes exactly what the user saw. */
export type CalibrateAsked = { period: string; by: string; normalize: boolean };

/**
 * The 校准 part's state and tasks: the choices read from the workbook (again after each task), the options,
 * an analysis that writes nothing, and the write, on the user's click, of what that analysis showed.
 */
export function useCalibrateRun({
  host,
  run,
  busy,
}: {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
}) {
  const { locale } = useText();
  const book = host.workbook();
  const [choices, setChoices] = useState<CalibrateChoices>({ periods: [], columns: [] });
  const [period, setPeriod] = useState("");
  // The grouping column until the user picks one (calibration.md §1): the job's own default.
  const [by, setBy] = useState(DEFAULT_BY);
  const [normalize, setNormalize] = useState(false);
  const [result, setResult] = useState<CalibrateJobResult | null>(null);
  const [asked, setAsked] = useState<CalibrateAsked | null>(null);
  const [written, setWritten] = useState(false);
  // Another choice makes the analysis shown stale: it goes, and with it the write.
  const choose =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setResult(null);
      setAsked(null);
    };

  useEffect(() => {
    if (!book || busy) return;
    let current = true;
    calibrateChoices(book).then(
      (read) => current && setChoices(read),
      () => current && setChoices({ periods: [], columns: [] })
    );
    return () => {
      current = false;
    };
  }, [book, busy]);

  const failed = (done: CalibrateJobResult): Status => ({
    kind: "error",
    key: "ui.calibrate.failed",
    details: done.problems.map((issue) => issueText(issue, locale)),
  });

  const analyse = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const options = { period, by, normalize };
      const done = await calibrateInWorkbook(book, {
        by,
        normalize,
        period: period || undefined,
        write: false,
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      setAsked(options);
      setWritten(false);
      if (done.problems.length > 0 || !done.rankingSheet) return failed(done);
      const counts = flagCounts(done.groups);
      return {
        kind: done.flagged > 0 ? "warning" : "success",
        key: "ui.calibrate.done",
        params: {
          ranking: done.rankingSheet,
          by: done.by,
          groups: done.groups.length,
          lenient: counts.lenient,
          harsh: counts.harsh,
          small: counts["too-small"],
        },
      };
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!book || !asked) return;
      const done = await calibrateInWorkbook(book, {
        by: asked.by,
        normalize: asked.normalize,
        period: asked.period || undefined,
        write: true,
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      if (done.problems.length > 0 || done.sheets.length === 0) return failed(done);
      setWritten(true);
      return {
        kind: "success",
        key: "ui.calibrate.written",
        params: { sheets: done.sheets.map((sheet) => sheet.name) },
      };
    });

  return {
    book,
    choices,
    period,
    setPeriod: choose(setPeriod),
    by,
    setBy: choose(setBy),
    normalize,
    setNormalize: choose(setNormalize),
    result,
    asked,
    written,
    analyse,
    write,
  };
}
