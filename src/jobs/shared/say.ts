import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";

/** A sheet's own text in its language: a message by key, its parameters filled in. */
export type Say = (key: MessageKey, params?: MessageParams) => string;

/** `say` for one locale, made once per sheet and handed to the helpers that write its parts. */
export const sayIn =
  (locale: Locale): Say =>
  (key, params = {}) =>
    formatMessage(locale, key, params);

/** A rank method's name in the sheet's language (中国式排名, 竞争排名 …), as the pane names it. */
export const rankMethodName = (say: Say, method: RankMethod) => say(`ui.rank.${method}`);
