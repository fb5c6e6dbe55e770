import { joinList } from "../../core/i18n/messages";
import { templateJob } from "../../jobs/assessment/template-job";
import { templateToJson } from "../../jobs/shared/template-sheet";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { ParsedArgs } from "../args";
import type { Command } from "../command";
import { checkOutput, openTemplate, osUser, sameFile, saveText, saveWorkbook } from "../files";
import { EXIT, printJson, sayTo, type Io, type Outcome } from "../io";
import { missingArgument, missingOut } from "../missing";
import { templateJson } from "../report-json";

/**
 * `bank-assess template <权重模板.json|.xlsx> --out 评分模板.xlsx`: the workbook to hand out; with `--out *.json`,
 * the template exported as JSON (from a workbook's 权重模板 sheet, or a JSON file normalised).
 */
async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  const say = sayTo(io, args.lang);
  const [file] = args.files;
  if (!file) return missingArgument("template", "template");
  if (!args.out) return missingOut("template");
  const badOut = checkOutput(args.out, [".xlsx", ".json"]);
  if (badOut) return { error: badOut };
  if (sameFile(file, args.out)) return { error: { key: "cli.sameFile", params: {} } };
  const template = await openTemplate(file, args.lang);
  if (!template.ok) return { error: template.error };
  if (/\.json$/i.test(args.out)) {
    const written = await saveText(templateToJson(template.value.template), args.out, {
      err: io.err,
      lang: args.lang,
    });
    if (!written.ok) return { error: written.error };
    say("cli.wrote", { file: written.value });
    return { code: EXIT.ok };
  }
  const book = XlsxWorkbook.empty();
  const { sheets } = await templateJob(book, {
    template: template.value,
    rows: args.rows,
    locale: args.lang,
    who: osUser(),
  });
  const saved = await saveWorkbook(book, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  if (args.json)
    printJson(io, { output: saved.value, sheets, template: templateJson(template.value) });
  say("cli.templateWritten", { file: saved.value, sheets: joinList(sheets, args.lang) });
  return { code: EXIT.ok };
}

export const templateCommand: Command = { name: "template", help: "cli.help.template", run };
