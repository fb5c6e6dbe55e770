import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { Workbook } from "../../workbook/port";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { ARRANGEMENT_SHEET, arrangementSheetSpec } from "./arrangement-sheet";
import { formatTimestamp } from "../shared/timestamp";

/**
 * An empty 放假安排 sheet in the open workbook, for the bank to fill from the State Council's notice (with its
 * instructions and a grey example row that is never read). A 放假安排 already there — the add-in's or the
 * user's — is never overwritten: it holds what someone typed.
 */
export async function arrangementInWorkbook(
  book: Workbook,
  options: { year: number; locale?: Locale; who?: string; now?: Date }
): Promise<{ ok: true; sheet: string } | { ok: false; key: "ui.arrangement.exists" }> {
  const snapshot = await book.read([AUDIT_SHEET]);
  if (snapshot.sheets.some((s) => s.name.toLowerCase() === ARRANGEMENT_SHEET.toLowerCase()))
    return { ok: false, key: "ui.arrangement.exists" };
  const locale = options.locale ?? "zh-CN";
  const spec = arrangementSheetSpec({
    year: options.year,
    locale,
    generatedAt: formatTimestamp(options.now ?? new Date()),
  });
  await book.write(
    withAuditLog(
      [{ ...spec, activate: true }],
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "arrangement",
        who: options.who,
        summary: formatMessage(locale, "audit.summary.arrangement", { year: options.year }),
        now: options.now,
      },
      locale
    )
  );
  return { ok: true, sheet: spec.name };
}
