import type { MessageKey } from "../../../../core/i18n/messages";
import { useText } from "../../../use-text";

/** A field's label from a message's words ("…, target: …"), so capitalised for English. */
export function useFieldLabel() {
  const { t } = useText();
  return (key: MessageKey) => t(key).replace(/^./, (c) => c.toUpperCase());
}
