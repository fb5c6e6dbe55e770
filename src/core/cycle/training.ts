import type { Feedback } from "./feedback";

/** One course of the 培训需求 sheet: the people whose weaknesses name it, in total and per branch. */
export type TrainingNeed = {
  course: string;
  /** The indicators (ids) whose weakness led to the course, in order of first appearance. */
  indicators: string[];
  total: number;
  byBranch: Map<string, number>;
};

/**
 * cycle.md §4: per course, the people whose weaknesses name it; a person counts once per course even when
 * both weaknesses name it. Courses by total, most first, then by first appearance (template order).
 */
export function trainingNeeds(
  rows: readonly { id: string; branch?: string }[],
  feedback: ReadonlyMap<string, Pick<Feedback, "training">>
): TrainingNeed[] {
  const needs = new Map<string, TrainingNeed>();
  for (const row of rows) {
    const courses = new Map<string, string>();
    for (const entry of feedback.get(row.id)?.training ?? [])
      for (const course of entry.courses)
        if (!courses.has(course)) courses.set(course, entry.indicator);
    for (const [course, indicator] of courses) {
      const need = needs.get(course) ?? {
        course,
        indicators: [],
        total: 0,
        byBranch: new Map<string, number>(),
      };
      if (!need.indicators.includes(indicator)) need.indicators.push(indicator);
      need.total++;
      const branch = row.branch ?? "";
      need.byBranch.set(branch, (need.byBranch.get(branch) ?? 0) + 1);
      needs.set(course, need);
    }
  }
  return [...needs.values()]
    .map((need, order) => ({ need, order }))
    .sort((a, b) => b.need.total - a.need.total || a.order - b.order)
    .map(({ need }) => need);
}
