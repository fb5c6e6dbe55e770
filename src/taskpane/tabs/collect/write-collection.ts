import type { Locale } from "../../../core/i18n/messages";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { writeCollected } from "../../../jobs/assessment/collect-job";
import type { CollectResult } from "../../../jobs/assessment/collect-result";
import type { PaneHost } from "../../../workbook/pane-host";
import { loadXlsx } from "../../host/lazy-xlsx";
import type { Status } from "../../use-task";

/** The workbook just written, offered in a browser as the other parts offer theirs: a button that downloads it. */
export type CollectDownload = { fileName: string; save(): Promise<void> };

/**
 * Writes the collected sheets into the open workbook (Excel, or the file opened in a browser), or (in a
 * browser with no file open) into a new one; in a browser the result is then offered for download.
 */
export async function writeCollection(
  host: PaneHost,
  collected: CollectResult & { template: LoadedTemplate },
  locale: Locale,
  period: string,
  offer: (download: CollectDownload) => void = () => undefined
): Promise<Status> {
  const book = host.workbook();
  if (book) {
    const written = await writeCollected(book, collected, { period, newWorkbook: false, locale });
    const { downloadResult } = host;
    if (written.ok && downloadResult) {
      const fileName = `汇总-${written.period}.xlsx`;
      offer({ fileName, save: () => downloadResult.call(host, fileName) });
    }
    return writtenStatus(written);
  }
  const Xlsx = await loadXlsx();
  const out = Xlsx.empty();
  const written = await writeCollected(out, collected, { period, newWorkbook: true, locale });
  if (written.ok) {
    const fileName = `汇总-${written.period}.xlsx`;
    const bytes = await out.toBuffer();
    offer({ fileName, save: () => host.deliverWorkbook(bytes, fileName) });
  }
  return writtenStatus(written);
}

/** What was written and for which period, or why nothing was. */
function writtenStatus(written: Awaited<ReturnType<typeof writeCollected>>): Status {
  if (!written.ok) {
    const [problem] = written.problems;
    return { kind: "error", key: problem.key, params: problem.params };
  }
  return {
    kind: "success",
    key: "ui.collect.written",
    params: { sheet: written.rankingSheet ?? "", period: written.period },
  };
}
