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
