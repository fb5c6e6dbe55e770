import { serialOf } from "../../core/calendar/official-calendar";
import type { Cell } from "../../workbook/port";

/** A cell's text as typed (a number as its digits); undefined when blank. */
export const textOf = (cell: Cell | undefined): string | undefined =>
  cell?.kind === "text"
    ? cell.value.trim() || undefined
    : cell?.kind === "number"
      ? String(cell.value)
      : undefined;

/**
 * A date as typed: a date cell, a serial number, or text written 2026-01-12 (or 2026/1/12, 2026.1.12).
 * Undefined when blank, null when it is not a date.
 */
export function dateOf(cell: Cell | undefined): number | undefined | null {
  if (!cell || cell.kind === "empty") return undefined;
  if (cell.kind === "date") return Math.floor(cell.value);
  if (cell.kind === "number")
    return cell.value >= 1 && cell.value < 2958466 ? Math.floor(cell.value) : null;
  if (cell.kind === "text") {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell.value.trim());
    if (!m) return cell.value.trim() === "" ? undefined : null;
    const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
    const day = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso
      ? null
      : serialOf(iso);
  }
  return null;
}
