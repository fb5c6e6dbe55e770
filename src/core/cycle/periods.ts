import { err, ok, type Result } from "../util/result";

/** cycle.md §1: a period is a quarter (`2025Q4`) or a year (`2025`). */
export type Period = { year: number; quarter: 1 | 2 | 3 | 4 | null };

export function parsePeriod(text: string): Period | null {
  const m = /^(\d{4})(?:Q([1-4]))?$/i.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), quarter: m[2] ? (Number(m[2]) as 1 | 2 | 3 | 4) : null };
}

export const periodText = (p: Period) => (p.quarter ? `${p.year}Q${p.quarter}` : String(p.year));

/** The period of the same kind just before: 2025Q1 → 2024Q4, 2025 → 2024. */
export function previousPeriod(p: Period): Period {
  if (p.quarter === null) return { year: p.year - 1, quarter: null };
  return p.quarter === 1
    ? { year: p.year - 1, quarter: 4 }
    : { year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 };
}

/** Sorts periods oldest first, a year after its quarters (2025Q4 before 2025); an unreadable one first. */
export const periodOrder = (p: Period | null) => (p ? p.year * 10 + (p.quarter ?? 5) : -1);

/** How a period is written: a year `YYYY` or a quarter `YYYYQ1`–`YYYYQ4` (cycle.md §1), nothing else. */
const PERIOD_TEXT = /^\d{4}(?:Q[1-4])?$/;

/**
 * A period as a user typed it (a command's --period, the pane's field): white space around it and a
 * lower-case q are forgiven (` 2025q4 ` is 2025Q4); anything else — 2025Q5, Q4-2025, 2025-Q4, 2025年 — is
 * refused, never guessed at. The value is the period written as the sheets name it.
 */
export function readPeriod(text: string): Result<{ period: Period; text: string }, string> {
  const cleaned = text.trim().toUpperCase();
  const period = PERIOD_TEXT.test(cleaned) ? parsePeriod(cleaned) : null;
  return period ? ok({ period, text: periodText(period) }) : err(text);
}

/**
 * cycle.md §2 and the template schema: a template with an `annual` block builds its year from the quarters,
 * so its data are ranked quarter by quarter (and `annual` then refuses a year's ranking as one of them).
 */
export const quarterlyCycle = (template: { annual?: unknown }) => template.annual !== undefined;

/** The period a ranking is made for, and where it came from: typed by the user, or the template's own. */
export type PeriodChoice = { period: Period; text: string; from: "typed" | "template" };

/** Why no period could be chosen: each is said with what to type (the edges word it). */
export type PeriodRefusal =
  /** The typed text is not a period. */
  | { code: "invalid"; text: string }
  /** Nothing typed; the template's period is a year while its cycle is quarterly. */
  | { code: "quarterNeeded"; year: number }
  /** Nothing typed; the template's own period is not a period (`2025年`). */
  | { code: "templateInvalid"; text: string }
  /** Nothing typed, and the template has no period. */
  | { code: "missing" };

/**
 * The period of a ranking (rank, collect): the one typed, which must be a period; else the template's, unless
 * it is a year of a quarterly cycle — then a ranking named `排名 2025` would be neither a quarter `annual`
 * can use nor the year's result, so the user is asked for the quarter. A ranking without a period cannot be
 * found by any later step (results, annual, appeals), so one is always needed.
 */
export function rankingPeriod(
  typed: string | undefined,
  template: { period?: string; annual?: unknown }
): Result<PeriodChoice, PeriodRefusal> {
  if (typed !== undefined && typed.trim() !== "") {
    const read = readPeriod(typed);
    return read.ok ? ok({ ...read.value, from: "typed" }) : err({ code: "invalid", text: typed });
  }
  const own = template.period?.trim();
  if (!own) return err({ code: "missing" });
  const read = readPeriod(own);
  if (!read.ok) return err({ code: "templateInvalid", text: own });
  if (read.value.period.quarter === null && quarterlyCycle(template))
    return err({ code: "quarterNeeded", year: read.value.period.year });
  return ok({ ...read.value, from: "template" });
}
