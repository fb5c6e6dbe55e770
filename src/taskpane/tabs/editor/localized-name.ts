import type { Locale } from "../../../core/i18n/messages";

/** A post's or dimension's name in the pane's language: the English one if given, else the Chinese. */
export const nameIn = (locale: Locale, zh: string, en?: string) =>
  locale === "en-US" ? (en ?? zh) : zh;
