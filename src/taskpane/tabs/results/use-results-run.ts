import { useState } from "react";
import {
  isoDate,
  localIsoDay,
  officialCalendar,
  serialOf,
} from "../../../core/calendar/official-calendar";
import { issueText } from "../../pane-wording";
import { arrangementInWorkbook } from "../../../jobs/calendar/arrangement-job";
import { resultsInWorkbook, type ResultsJobResult } from "../../../jobs/cycle/results-job";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";
import { isoDayOf } from "../../date-text";
import { useText } from "../../use-text";

/** The results' period and publication date, the last results, and the tasks: make them, add a year's arrangement. */
export function useResultsRun({
  host,
  run,
  today,
}: {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  today: () => Date;
}) {
  const { locale } = useText();
  const [period, setPeriod] = useState("");
  const [published, setPublished] = useState(() => localIsoDay(today()));
  const [result, setResult] = useState<ResultsJobResult | null>(null);
  const book = host.workbook();
  // yyyy-mm-dd as typed (the field says what is wrong otherwise).
  const publishedDay = isoDayOf(published);
  const badDate = publishedDay === null;

  const make = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const done = await resultsInWorkbook(book, {
        period: period.trim() || undefined,
        published: serialOf(publishedDay ?? published),
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      if (!done.results)
        return {
          kind: "error",
          key: "ui.results.failed",
          details: done.problems.map((issue) => issueText(issue, locale)),
        };
      return {
        kind: done.results.counts.warning > 0 || done.notes.length > 0 ? "warning" : "success",
        // A deadline counted without the year's arrangement says so, and how to load it.
        details: done.notes.map((issue) => issueText(issue, locale)),
        key: "ui.results.done",
        params: {
          sheets: done.sheets.map((sheet) => sheet.name),
          objects: done.results.objects.length,
          warning: done.results.counts.warning,
          deadline: isoDate(done.results.appealDeadline),
        },
      };
    });

  // The year after the bundled calendar, or the publication's year if later: the arrangement to load.
  const arrangementYear = Math.max(
    officialCalendar.lastYear + 1,
    Number(published.slice(0, 4)) || 0
  );
  const addArrangement = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const made = await arrangementInWorkbook(book, { year: arrangementYear, locale });
      if (!made.ok) return { kind: "warning", key: made.key };
      return {
        kind: "success",
        key: "ui.arrangement.made",
        params: { sheet: made.sheet, year: arrangementYear },
      };
    });

  return {
    book,
    period,
    setPeriod,
    published,
    setPublished,
    badDate,
    result,
    make,
    addArrangement,
  };
}
