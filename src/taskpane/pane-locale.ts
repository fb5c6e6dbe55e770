import { resolveLocale, type Locale } from "../core/i18n/messages";
import type { HostInfo } from "../workbook/office/office-host";

/**
 * The pane's language: `?lang=` when the address asks for one (`?lang=en-US`); else, inside Office, Office's
 * display language; else (the standalone page in a plain browser) zh-CN, the add-in's language, whatever
 * the browser's own — an English Chromium gets the Chinese page unless it asks for English.
 */
export function paneLocale(
  host: Pick<HostInfo, "inOffice" | "displayLanguage">,
  search: string
): Locale {
  const requested = new URLSearchParams(search).get("lang");
  if (requested) return resolveLocale(requested);
  return resolveLocale(host.inOffice ? host.displayLanguage : null);
}
