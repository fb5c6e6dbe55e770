import type { MessageKey, MessageParams } from "../core/i18n/messages";
import { err, ok, type Result } from "../core/util/result";

/** Why a date typed in a date field is not one: the message to show under the field. */
export type DateProblem = { key: MessageKey; params: MessageParams };

const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A date as typed in the pane's date fields, which show and take `yyyy-mm-dd` (ux.md) whatever the browser's
 * locale: `2026-01-09` (or `2026-1-9`, white space around it forgiven) is that day, written `2026-01-09`;
 * anything else — `12/06/2026`, `2026-13-01`, `2026-02-30`, nothing — is refused with what is wrong.
 */
export function readDay(text: string): Result<string, DateProblem> {
  const typed = text.trim();
  if (typed === "") return err({ key: "ui.date.empty", params: {} });
  const m = DAY.exec(typed);
  if (!m) return err({ key: "ui.date.format", params: { value: typed } });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return err({ key: "ui.date.noSuchMonth", params: { value: typed } });
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > days)
    return err({ key: "ui.date.noSuchDay", params: { value: typed, year, month, day } });
  const two = (n: number) => String(n).padStart(2, "0");
  return ok(`${m[1]}-${two(month)}-${two(day)}`);
}

/** The day a date field holds, as `yyyy-mm-dd`, or null when it holds no date. */
export function isoDayOf(text: string): string | null {
  const read = readDay(text);
  return read.ok ? read.value : null;
}
