import { enUS } from "./en-US";
import { zhCN, type MessageKey } from "./zh-CN";
import { roundTo15Significant } from "../util/excel-round";

export type { MessageKey };
export const LOCALES = ["zh-CN", "en-US"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Text that users see in either language, e.g. an indicator's name from the template. */
export type LocalizedText = { "zh-CN": string; "en-US": string };
/** A list (sheets, posts, columns) is joined as the message's language writes lists: 、 or ", ". */
export type MessageParam = string | number | LocalizedText | readonly string[];
export type MessageParams = Record<string, MessageParam>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

export function catalogue(locale: Locale): Record<MessageKey, string> {
  return catalogues[locale];
}

/** Picks the locale a user asked for, falling back to zh-CN ("en", "en-GB" → en-US). */
export function resolveLocale(requested: string | null | undefined): Locale {
  if (!requested) return DEFAULT_LOCALE;
  return requested.toLowerCase().startsWith("en") ? "en-US" : DEFAULT_LOCALE;
}

export function localized(zh: string, en?: string): LocalizedText {
  return { "zh-CN": zh, "en-US": en ?? zh };
}

/** A value quoted in a message is cut past this many characters: a 200 MB cell is named, not echoed. */
export const MAX_PARAM_LENGTH = 300;

/** Items of a list as each language writes them: 北京分行、上海分行 / Beijing, Shanghai. */
export const joinList = (items: readonly string[], locale: Locale) =>
  items.join(locale === "en-US" ? ", " : "、");

const isList = (value: MessageParam): value is readonly string[] => Array.isArray(value);

export function formatParam(value: MessageParam, locale: Locale): string {
  if (typeof value === "number") return String(roundTo15Significant(value));
  const text =
    typeof value === "string" ? value : isList(value) ? joinList(value, locale) : value[locale];
  return text.length <= MAX_PARAM_LENGTH ? text : `${text.slice(0, MAX_PARAM_LENGTH)}…`;
}

/**
 * A message with its parameters filled in. `{name}` is the parameter; `{name|one|other}` is the number and
 * the noun that agrees with it (English: `{errors|error|errors}` → "1 error", "2 errors").
 */
export function formatMessage(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogue(locale)
    [key].replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) =>
        name in params
          ? `${formatParam(params[name], locale)} ${Number(params[name]) === 1 ? one : other}`
          : whole
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? formatParam(params[name], locale) : whole
    );
}

/**
 * Messages one after another, each ended as a sentence: a Chinese one with its 。 (a note written as a phrase,
 * 已接收 0 行；4 行有错误未接收, gets one, so the next never runs on), an English one with its full stop and a space.
 */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  const english = locale === "en-US";
  const ended = english ? /[.!?:;…]$/ : /[。！？：；…]$/;
  return sentences
    .map((s, i) =>
      i === sentences.length - 1 || ended.test(s) ? s : `${s}${english ? "." : "。"}`
    )
    .join(english ? " " : "");
}

/** A message about one place, the place first: 评分表!G7：「贷款不良率」应为数字… / 评分表!G7: "NPL ratio" must be… */
export const atPlace = (place: string, text: string, locale: Locale) =>
  `${place}${locale === "en-US" ? ": " : "："}${text}`;
