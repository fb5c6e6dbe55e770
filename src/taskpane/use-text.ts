import { createContext, useContext } from "react";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../core/i18n/messages";

/** The pane's language, given once at the root; components ask for text through useText(). */
export const LocaleContext = createContext<Locale>("zh-CN");

export function useText(): {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
} {
  const locale = useContext(LocaleContext);
  return { locale, t: (key, params) => formatMessage(locale, key, params) };
}
