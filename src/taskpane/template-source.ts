import { jsonErrorPlace } from "../core/util/json-error";
import type { Locale } from "../core/i18n/messages";
import { formatMessage } from "../core/i18n/messages";
import { describePath, parseTemplate, type LoadedTemplate } from "../core/template/parse-template";
import type { WeightTemplateInput } from "../core/template/schema";
import { issueText } from "../jobs/issue";
import { readTemplateSheet, TEMPLATE_SHEET } from "../jobs/sheets/template-sheet";
import type { Workbook } from "../workbook/port";
import { loadXlsx } from "./host/lazy-xlsx";

/** A template being looked at or edited: the raw JSON, and what parsing it gives. */
export type TemplateDraft = WeightTemplateInput;

export type TemplateCheck = { loaded: LoadedTemplate | null; problems: string[] };

export function checkDraft(draft: TemplateDraft, locale: Locale): TemplateCheck {
  const parsed = parseTemplate(draft);
  if (parsed.ok) return { loaded: parsed.value, problems: [] };
  return {
    loaded: null,
    problems: parsed.error.map((p) =>
      formatMessage(locale, p.key, { where: describePath(draft, p.path), ...p.params })
    ),
  };
}

export type DraftOutcome = { ok: true; draft: TemplateDraft } | { ok: false; problems: string[] };

/** From the 权重模板 sheet of a workbook (the open one, or an .xlsx file). */
export async function draftFromWorkbook(book: Workbook, locale: Locale): Promise<DraftOutcome> {
  const grid = (await book.read([TEMPLATE_SHEET])).grids.get(TEMPLATE_SHEET);
  if (!grid) return { ok: false, problems: [formatMessage(locale, "sheet.noTemplate")] };
  const read = readTemplateSheet(grid);
  return read.ok
    ? { ok: true, draft: read.value.loaded.template }
    : { ok: false, problems: read.issues.map((i) => issueText(i, locale)) };
}

/** From a file the user picked: JSON, or a workbook with a 权重模板 sheet. */
export async function draftFromFile(
  file: { name: string; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> },
  locale: Locale
): Promise<DraftOutcome> {
  if (/\.xlsx$/i.test(file.name)) {
    const Xlsx = await loadXlsx();
    let book;
    try {
      book = await Xlsx.fromBuffer(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return {
        ok: false,
        problems: [formatMessage(locale, "cli.notWorkbook", { file: file.name })],
      };
    }
    return draftFromWorkbook(book, locale);
  }
  const text = (await file.text()).replace(/^\uFEFF/, "");
  try {
    return { ok: true, draft: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problems: [formatMessage(locale, "tpl.notJson", jsonErrorPlace(text, error))],
    };
  }
}
