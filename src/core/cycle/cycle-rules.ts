import type { GradeBand, WeightTemplate } from "../template/schema";

/** cycle.md §2 and §3 with their defaults applied: what a template without `annual` or `outcomes` means. */
export type AnnualRules = { quarterWeights: [number, number, number, number]; minQuarters: number };
export type OutcomeRules = {
  rewardGrades: string[];
  rectifyWorkdays: number;
  consecutiveFailures: number;
  appealWorkdays: number;
};

export const ANNUAL_DEFAULTS: AnnualRules = { quarterWeights: [25, 25, 25, 25], minQuarters: 3 };
export const OUTCOME_DEFAULTS = { rectifyWorkdays: 15, consecutiveFailures: 2, appealWorkdays: 5 };

export function annualRules(template: Pick<WeightTemplate, "annual">): AnnualRules {
  const weights = template.annual?.quarterWeights;
  return {
    quarterWeights:
      weights && weights.length === 4
        ? [weights[0], weights[1], weights[2], weights[3]]
        : ANNUAL_DEFAULTS.quarterWeights,
    minQuarters: template.annual?.minQuarters ?? ANNUAL_DEFAULTS.minQuarters,
  };
}

/**
 * The reward grades default to the top band (the policy's 优秀, whatever the template calls it), so a
 * template with its own labels still rewards its best.
 */
export function outcomeRules(template: Pick<WeightTemplate, "outcomes" | "grades">): OutcomeRules {
  const o = template.outcomes;
  return {
    rewardGrades: o?.reward?.grades ?? template.grades.slice(0, 1).map((band) => band.label),
    rectifyWorkdays: o?.warning?.rectifyWorkdays ?? OUTCOME_DEFAULTS.rectifyWorkdays,
    consecutiveFailures: o?.penalty?.consecutiveFailures ?? OUTCOME_DEFAULTS.consecutiveFailures,
    appealWorkdays: o?.appealWorkdays ?? OUTCOME_DEFAULTS.appealWorkdays,
  };
}

/** §3: a band passes as it says; by default every band but the lowest does. */
export function bandPasses(bands: readonly GradeBand[], label: string): boolean | null {
  const at = bands.findIndex((band) => band.label === label);
  if (at < 0) return null;
  return bands[at].pass ?? at < bands.length - 1;
}
