import { formatMessage } from "../../core/i18n/messages";
import { issueText } from "../../jobs/shared/issue";
import {
  differenceText,
  verifyJob,
  verifySheetsToRead,
  verifyWithForms,
  type VerifyResult,
} from "../../jobs/appeals/verify-job";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import { openWorkbook } from "../files";
import type { Command } from "../command";
import type { Io, Outcome } from "../io";
import { missingArgument } from "../missing";
import { submissionsOf } from "./collect";

/**
 * `bank-assess verify <workbook.xlsx> [--forms <forms…|folder>]` (cycle.md §6.2, issue 25): every ranking
 * tab recomputed from the workbook's own 权重模板 and score data, and with --forms the 评分表's reviewed
 * cells from the forms the 审计日志 records; each difference with its cell. Read only. Exit 0 reproduced,
 * 1 differences, 2 cannot run.
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const [file, ...extra] = args.files;
  if (!file) return missingArgument("verify", "workbook");
  if (extra.length > 0) return { error: { key: "cli.badOption", params: { option: extra[0] } } };
  if (io.progress) io.err(`${formatMessage(args.lang, "cli.reading", { file })}\n`);
  const book = await openWorkbook(file);
  if (!book.ok) return { error: book.error };
  const listed = await book.value.read([]);
  let result: VerifyResult;
  if (args.forms) {
    const forms = await submissionsOf(args.forms, args.lang);
    if ("key" in forms) return { error: forms };
    const snapshot = await book.value.read(verifySheetsToRead(listed, { forms: true }));
    result = await verifyWithForms(snapshot, forms.submissions, {
      open: (bytes) => XlsxWorkbook.fromBuffer(bytes),
    });
  } else result = verifyJob(await book.value.read(verifySheetsToRead(listed)));
  for (const issue of result.problems) io.err(`✗ ${issueText(issue, args.lang)}\n`);
  for (const difference of result.differences)
    io.err(`✗ ${differenceText(difference, args.lang)}\n`);
  if (args.json)
    io.out(
      `${JSON.stringify(
        {
          reproduced: result.reproduced,
          tabs: result.tabs,
          ...(result.reviewed ? { reviewed: result.reviewed } : {}),
          differences: result.differences.map((d) => ({
            ...d,
            text: differenceText(d, args.lang),
          })),
          issues: result.problems.map((issue) => issueText(issue, args.lang)),
        },
        null,
        2
      )}\n`
    );
  if (result.problems.length > 0) return { code: 2 };
  const rows = result.tabs.reduce((sum, tab) => sum + tab.rows, 0);
  if (result.reviewed)
    io.err(
      `${formatMessage(args.lang, "cli.verifiedReviews", {
        ...result.reviewed,
        count: result.differences.filter((d) => d.what === "reviewed").length,
      })}\n`
    );
  if (!result.reviewed || result.tabs.length > 0)
    io.err(
      `${formatMessage(args.lang, result.reproduced ? "cli.verified" : "cli.verifyDifferences", {
        tabs: result.tabs.length,
        rows,
        count: result.differences.length,
      })}\n`
    );
  return { code: result.reproduced ? 0 : 1 };
}

export const verifyCommand: Command = { name: "verify", help: "cli.help.verify", run };
