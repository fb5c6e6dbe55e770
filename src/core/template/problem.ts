import type { MessageKey, MessageParams } from "../i18n/messages";

/** One broken template rule: a message key with its parameters, and where in the JSON it is. */
export type TemplateProblem = {
  key: MessageKey;
  params: MessageParams;
  path: (string | number)[];
};
