import { formatMessage, type Locale } from "../../../core/i18n/messages";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { dutiesWorkbookJob } from "../../../jobs/duties/duties-job";
import { issueText } from "../../pane-wording";
import { XlsxWorkbook } from "../../../workbook/xlsx/xlsx-workbook";
import type { Workbook } from "../../../workbook/port";
import type { PaneHost } from "../../../workbook/pane-host";
import type { Status } from "../../use-task";

/** Makes the 岗责 workbook's sheets: in Excel into the open workbook, in a browser into a new file to download. */
export async function generateDutiesWorkbook(
  host: PaneHost,
  book: Workbook | null,
  { template, locale, today }: { template: LoadedTemplate | null; locale: Locale; today: number }
): Promise<Status> {
  const target = host.kind === "office" && book ? book : XlsxWorkbook.empty();
  const made = await dutiesWorkbookJob(target, { template, locale, today });
  if (!made.ok)
    return {
      kind: "error",
      key: "ui.duties.notGenerated",
      details: made.problems.map((issue) => issueText(issue, locale)),
    };
  await target.write(made.sheets);
  const params = { sheets: made.names, posts: template?.template.posts.length ?? 0 };
  if (target === book) return { kind: "success", key: "ui.duties.generated", params };
  const fileName = formatMessage(locale, "ui.duties.fileName");
  await host.deliverWorkbook(await (target as XlsxWorkbook).toBuffer(), fileName);
  return {
    kind: "success",
    key: "ui.duties.generatedFile",
    params: { ...params, file: fileName },
  };
}
