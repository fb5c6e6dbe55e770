import { DEFAULT_LOCALE, resolveLocale, type Locale } from "../core/i18n/messages";

/** The language of error messages; the pane sets it from Office's display language at start-up. */
let current: Locale = DEFAULT_LOCALE;

export function setFunctionLocale(requested: string | null | undefined): void {
  current = resolveLocale(requested);
}

export function functionLocale(): Locale {
  return current;
}
