import { useState } from "react";
import { localIsoDay, serialOf } from "../../../core/calendar/official-calendar";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { dutiesJob } from "../../../jobs/duties/duties-job";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";
import { isoDayOf } from "../../date-text";
import { useText } from "../../use-text";
import { generateDutiesWorkbook } from "./generate-duties-workbook";
import {
  dutiesCheckStatus,
  dutiesProblemLines,
  markDutiesCells,
  type DutiesChecked,
} from "./duties-check-status";

export type DutiesRun = ReturnType<typeof useDutiesRun>;

/** The 岗责 tab's state and its three tasks: generate the workbook, check it as of a date, write the report. */
export function useDutiesRun({
  host,
  template,
  run,
  today,
}: {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  today: () => Date;
}) {
  const { locale } = useText();
  const [asOf, setAsOf] = useState(() => localIsoDay(today()));
  const [highlight, setHighlight] = useState(host.kind === "office");
  const [result, setResult] = useState<DutiesChecked | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const book = host.workbook();
  // yyyy-mm-dd as typed (the field says what is wrong otherwise).
  const asOfDay = isoDayOf(asOf);
  const badDate = asOfDay === null;

  const generate = () =>
    run(() =>
      generateDutiesWorkbook(host, book, {
        template,
        locale,
        today: serialOf(localIsoDay(today())),
      })
    );

  const check = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      setWritten(null);
      const done = await dutiesJob(book, {
        // The workbook's own 权重模板 first; else the pane's.
        fallbackTemplate: template,
        asOf: serialOf(asOfDay ?? asOf),
        locale,
        source: host.sourceName(),
      });
      if (!done.ok) {
        setResult(null);
        return {
          kind: "error",
          key: "ui.duties.failed",
          details: dutiesProblemLines(done.problems, locale),
        };
      }
      setResult(done);
      const notMarked = highlight ? await markDutiesCells(host, done) : null;
      return dutiesCheckStatus(done, notMarked, locale);
    });

  const writeReport = () =>
    run(async (): Promise<Status | void> => {
      if (!book || !result) return;
      await book.write(result.sheets);
      setWritten(result.reportSheet);
      return {
        kind: "success",
        key: "ui.duties.reportWritten",
        params: { sheet: result.reportSheet },
      };
    });

  return {
    book,
    asOf,
    setAsOf,
    badDate,
    highlight,
    setHighlight,
    result,
    written,
    generate,
    check,
    writeReport,
  };
}
