import type { Locale } from "../../../core/i18n/messages";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { writeCollected } from "../../../jobs/assessment/collect-job";
import type { CollectResult } from "../../../jobs/assessment/collect-result";
import type { PaneHost } from "../../../workbook/pane-host";
import { loadXlsx } from "../../host/lazy-xlsx";
import type { Status } from "../../use-task";

/** Writes the collected sheets into the open workbook, or (in a browser) into a new file to download. */
export async function writeCollection(
  host: PaneHost,
  collected: CollectResult & { template: LoadedTemplate },
  locale: Locale
): Promise<Status> {
  const book = host.workbook();
  if (book) {
    const { rankingSheet } = await writeCollected(book, collected, {
      newWorkbook: false,
      locale,
    });
    return {
      kind: "success",
      key: "ui.collect.written",
      params: { sheet: rankingSheet ?? "" },
    };
  }
  const Xlsx = await loadXlsx();
  const out = Xlsx.empty();
  const { rankingSheet, period } = await writeCollected(out, collected, {
    newWorkbook: true,
    locale,
  });
  await host.deliverWorkbook(await out.toBuffer(), `汇总-${period || "结果"}.xlsx`);
  return { kind: "success", key: "ui.collect.written", params: { sheet: rankingSheet ?? "" } };
}
