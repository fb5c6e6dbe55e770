import { createContext, useContext } from "react";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../core/i18n/messages";
import { paneKey } from "./pane-wording";

/** The pane's language, given once at the root; components ask for text through useText(). */
export const LocaleContext = createContext<Locale>("zh-CN");

export function useText(): {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
} {
  const locale = useContext(LocaleContext);
  // The pane's own wording where a message is meant for the command line (pane-wording.ts).
  return { locale, t: (key, params) => formatMessage(locale, paneKey(key), params) };
}
