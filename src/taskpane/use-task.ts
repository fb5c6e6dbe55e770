import { useCallback, useState } from "react";
import type { MessageKey, MessageParams } from "../core/i18n/messages";
import { SheetTooLarge, WorkbookDamaged, WorkbookRefusal } from "../workbook/workbook-errors";

/** What the status area shows: nothing, work under way (with counts when known), or the outcome. */
export type Status =
  | { kind: "idle" }
  | { kind: "busy"; key: MessageKey; params?: MessageParams }
  | {
      kind: "success" | "warning" | "error";
      key: MessageKey;
      params?: MessageParams;
      details?: string[];
    };

/** Runs one task at a time; an exception becomes an error message that says what failed, never a frozen pane. */
export function useTask() {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const run = useCallback(async (work: () => Promise<Status | void>) => {
    setStatus({ kind: "busy", key: "ui.busy" });
    try {
      setStatus((await work()) ?? { kind: "idle" });
    } catch (error) {
      setStatus(
        error instanceof WorkbookRefusal
          ? {
              kind: "error",
              key: error.code === "userSheet" ? "ui.userSheet" : "ui.protectedSheet",
              params: { sheet: error.sheet },
            }
          : error instanceof WorkbookDamaged
            ? { kind: "error", key: "ui.damaged" }
            : error instanceof SheetTooLarge
              ? { kind: "error", key: "ui.tooManyRows", params: { limit: error.limit } }
              : {
                  kind: "error",
                  key: "ui.error.generic",
                  params: { reason: (error as Error).message ?? String(error) },
                }
      );
    }
  }, []);
  return { status, setStatus, run, busy: status.kind === "busy" };
}
