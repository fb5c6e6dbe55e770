import { jsonDepth, MAX_JSON_DEPTH } from "../core/util/json-depth";
import { jsonErrorPlace } from "../core/util/json-error";
import { formatMessage, type Locale, type MessageKey } from "../core/i18n/messages";
import { describePlace } from "../core/template/describe-place";
import { parseTemplate, type LoadedTemplate } from "../core/template/parse-template";
import type { WeightTemplateInput } from "../core/template/schema";
import { issueText, paneKey } from "./pane-wording";
import { readTemplateSheet, TEMPLATE_SHEET } from "../jobs/shared/template-sheet";
import type { Workbook } from "../workbook/port";
import { loadXlsx } from "./host/lazy-xlsx";

/** A template being looked at or edited: the raw JSON, and what parsing it gives. */
export type TemplateDraft = WeightTemplateInput;

/** One broken rule of a draft: its message, and where in the template it is (for the editor to show it there). */
export type DraftProblem = { text: string; key: MessageKey; path: (string | number)[] };

export type TemplateCheck = {
  loaded: LoadedTemplate | null;
  problems: string[];
  placed: DraftProblem[];
};

export function checkDraft(draft: TemplateDraft, locale: Locale): TemplateCheck {
  const parsed = parseTemplate(draft);
  if (parsed.ok) return { loaded: parsed.value, problems: [], placed: [] };
  // The place is said in HR's words (岗位「授信审批岗」指标「审批时效」的目标值), never as a path, and the
  // scoring methods by their names (完成率法), not as the template's JSON spells them.
  const placed = parsed.error.map((p) => ({
    key: p.key,
    path: p.path,
    text: formatMessage(locale, p.key, {
      ...p.params,
      where: describePlace(draft, p.key === "tpl.method" ? indicatorOf(p.path) : p.path),
      ...(p.key === "tpl.method" ? { options: methodNames(locale) } : {}),
    }),
  }));
  return { loaded: null, problems: placed.map((p) => p.text), placed };
}

// "…的计分方法：计分方法应为…" would say it twice: the message names the method, the place the indicator.
const indicatorOf = (path: (string | number)[]) =>
  path.slice(-2).join() === "scoring,method" ? path.slice(0, -2) : path;

const methodNames = (locale: Locale) =>
  (["ratio", "efficacy", "linear", "deduction", "peer", "direct"] as const)
    .map((method) => formatMessage(locale, `methodName.${method}`))
    .join(" / ");

export type DraftOutcome = { ok: true; draft: TemplateDraft } | { ok: false; problems: string[] };

/** From the 权重模板 sheet of a workbook (the open one, or an .xlsx file). */
export async function draftFromWorkbook(book: Workbook, locale: Locale): Promise<DraftOutcome> {
  const grid = (await book.read([TEMPLATE_SHEET])).grids.get(TEMPLATE_SHEET);
  if (!grid) return { ok: false, problems: [formatMessage(locale, paneKey("sheet.noTemplate"))] };
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
  // Refused before it is parsed: the editor walks a draft by recursion, and a file nested a million levels
  // deep would run it out of stack.
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH)
    return {
      ok: false,
      problems: [formatMessage(locale, "tpl.tooDeep", { depth, maximum: MAX_JSON_DEPTH })],
    };
  try {
    return { ok: true, draft: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problems: [formatMessage(locale, "tpl.notJson", jsonErrorPlace(text, error))],
    };
  }
}
