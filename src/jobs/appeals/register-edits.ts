import { APPEAL_STATES, type Appeal } from "../../core/appeals/appeal";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { Grid, Workbook } from "../../workbook/port";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import { rankingTabs } from "../cycle/history";
import { isUnfinished } from "../shared/unfinished";
import { HEADER_ROW, RANKING_COLUMN } from "../assessment/ranking-sheet";
import { formatTimestamp } from "../shared/timestamp";
import { APPEALS_SHEET, readAppealsRegister, registerUpdateSpec } from "./appeals-register";
import { parsePeriod } from "../../core/cycle/periods";

/** The pane's two edits of the add-in's 申诉登记: an appeal registered, and an appeal moved one state on. */

export type RegisterOutcome =
  | { ok: true; id: string; period: string; employeeId: string; created: boolean }
  | { ok: false; key: MessageKey; params: MessageParams };

/**
 * Registers an appeal in the open workbook's 申诉登记 (made on the first appeal): the period and 工号 from
 * a row of a ranking tab (the selection) or as typed, the next number of the period (`SS-2025Q4-003`),
 * state 已登记. A register that is the user's own sheet is never rewritten: the pane says to fill it there.
 */
export async function registerAppeal(
  book: Workbook,
  input: {
    tab?: string;
    row?: number;
    period?: string;
    employeeId?: string;
    indicator?: string;
    reason?: string;
    submitted: number;
    locale?: Locale;
    now?: Date;
  }
): Promise<RegisterOutcome> {
  const listed = await book.read([]);
  const tabs = rankingTabs(listed);
  const snapshot = await book.read([APPEALS_SHEET, AUDIT_SHEET, ...(input.tab ? [input.tab] : [])]);
  let period = input.period?.trim().toUpperCase() ?? "";
  let employeeId = input.employeeId?.trim() ?? "";
  if (input.tab !== undefined && input.row !== undefined) {
    if (!tabs.includes(input.tab))
      return { ok: false, key: "appeals.notRankingRow", params: { sheet: input.tab } };
    if (isUnfinished(listed, input.tab))
      return { ok: false, key: "sheet.unfinished", params: { sheet: input.tab } };
    const grid = snapshot.grids.get(input.tab);
    const id = grid?.rows[input.row]?.[RANKING_COLUMN.id];
    if (!id || (id.kind !== "text" && id.kind !== "number") || input.row < HEADER_ROW)
      return { ok: false, key: "appeals.notRankingRow", params: { sheet: input.tab } };
    period = (listed.registry[input.tab]?.period ?? "").toUpperCase();
    employeeId = String(id.value);
  }
  if (!period || !employeeId) return { ok: false, key: "appeals.needsWho", params: {} };
  // A period typed that is no period (2025Q5, Q4-2025) would number an appeal no ranking has.
  if (!parsePeriod(period)) return { ok: false, key: "period.invalid", params: { text: period } };
  const existing = listed.sheets.find((sheet) => sheet.name === APPEALS_SHEET);
  if (existing && !existing.owned)
    return { ok: false, key: "appeals.userRegister", params: { sheet: APPEALS_SHEET } };
  const grid = snapshot.grids.get(APPEALS_SHEET);
  const read = grid ? readAppealsRegister(grid) : null;
  // The add-in's register with its 编号 column gone: appending would lose track of the numbers.
  if (read && !read.columns.has("id"))
    return { ok: false, key: "appeals.notRegister", params: { missing: "编号" } };
  const appeals = read?.appeals ?? [];
  const prefix = `SS-${period}-`;
  const next =
    1 +
    Math.max(
      0,
      ...appeals
        .map((a) => (a.id?.startsWith(prefix) ? Number(a.id.slice(prefix.length)) : 0))
        .filter((n) => Number.isFinite(n))
    );
  const id = `${prefix}${String(next).padStart(3, "0")}`;
  const appeal: Appeal = {
    row: appeals.length + 4,
    cells: {},
    id,
    period,
    employeeId,
    indicator: input.indicator?.trim() || undefined,
    reason: input.reason?.trim() || undefined,
    submitted: input.submitted,
    state: APPEAL_STATES[0],
    unreadable: [],
  };
  await book.write(
    withAuditLog(
      [
        registerUpdateSpec(grid, { append: appeal }, [...appeals, appeal], {
          period,
          locale: input.locale,
          generatedAt: formatTimestamp(input.now ?? new Date()),
        }),
      ],
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "appeals",
        summary: formatMessage(input.locale ?? "zh-CN", "audit.summary.registered", {
          id,
          employeeId,
          period,
        }),
        now: input.now,
      },
      input.locale
    )
  );
  return { ok: true, id, period, employeeId, created: !grid };
}

/** Moves an appeal of the add-in's register one state on (已登记 → 调查中 → 待审批 → 已答复), never back. */
export async function advanceAppeal(
  book: Workbook,
  appealId: string,
  options: { locale?: Locale; now?: Date } = {}
): Promise<RegisterOutcome> {
  const snapshot = await book.read([APPEALS_SHEET, AUDIT_SHEET]);
  const entry = snapshot.sheets.find((sheet) => sheet.name === APPEALS_SHEET);
  if (!entry || !entry.owned)
    return { ok: false, key: "appeals.userRegister", params: { sheet: APPEALS_SHEET } };
  const grid = snapshot.grids.get(APPEALS_SHEET) as Grid;
  const { appeals, columns } = readAppealsRegister(grid);
  const appeal = appeals.find((a) => a.id === appealId);
  const at = APPEAL_STATES.indexOf((appeal?.state ?? "").trim() as (typeof APPEAL_STATES)[number]);
  const column = columns.get("state");
  if (!appeal || at < 0 || at === APPEAL_STATES.length - 1 || column === undefined)
    return { ok: false, key: "appeals.cannotAdvance", params: { id: appealId } };
  appeal.state = APPEAL_STATES[at + 1];
  await book.write(
    withAuditLog(
      [
        registerUpdateSpec(
          grid,
          { state: { row: appeal.row - 1, column, value: appeal.state } },
          appeals,
          {
            period: appeal.period,
            locale: options.locale,
            generatedAt: formatTimestamp(options.now ?? new Date()),
          }
        ),
      ],
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "appeals",
        summary: formatMessage(options.locale ?? "zh-CN", "audit.summary.advanced", {
          id: appealId,
          state: appeal.state,
        }),
        now: options.now,
      },
      options.locale
    )
  );
  return {
    ok: true,
    id: appealId,
    period: appeal.period ?? "",
    employeeId: appeal.employeeId ?? "",
    created: false,
  };
}
