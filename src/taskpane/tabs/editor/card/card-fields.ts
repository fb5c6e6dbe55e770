import type { DraftProblem } from "../../../template-source";
import { startsWith } from "../paths";
import {
  isMethod,
  PARAMS,
  RULE_FIELD,
  type DraftDimension,
  type DraftIndicator,
  type ParamSpec,
  type Path,
} from "../scoring-fields";

/** A field of the card a problem can be shown beside, or "card" for the foot of the card. */
export type Slot =
  "weight" | "dimension" | "method" | "direction" | "points" | "veto" | "card" | string;

/** Each slot's problem texts. */
export type SlotProblems = Map<Slot, string[]>;

/** What an indicator's card shows: its scoring and method, the method's parameters, and which fields. */
export function cardFields(indicator: DraftIndicator, dimensions: DraftDimension[] | undefined) {
  const scoring = (indicator.scoring ?? {}) as Record<string, unknown>;
  const method = scoring.method;
  const params: ParamSpec[] = isMethod(method) ? PARAMS[method] : [];
  const showDirection = method === "ratio" || method === "peer";
  const hasDimensions = (dimensions?.length ?? 0) > 0;
  const slots = new Set<Slot>(["method", "veto", ...params.map((p) => p.key)]);
  if (!indicator.bonus) slots.add("weight");
  if (hasDimensions && !indicator.bonus) slots.add("dimension");
  if (showDirection) slots.add("direction");
  if (method === "linear") slots.add("points");
  return { scoring, method, params, showDirection, hasDimensions, slots };
}

/** Each problem beside the field it is about; what has no field of its own goes at the foot of the card. */
export function problemsBySlot(problems: DraftProblem[], path: Path, shown: Set<Slot>) {
  const slotOf = (problem: DraftProblem): Slot => {
    const rest = problem.path.slice(path.length);
    let slot: Slot = "card";
    if (rest[0] === "scoring") {
      if (rest.length === 1) slot = RULE_FIELD[problem.key] ?? "method";
      else slot = rest[1] === "method" ? "method" : String(rest[1]);
    } else if (typeof rest[0] === "string") slot = rest[0];
    return shown.has(slot) ? slot : "card";
  };
  const bySlot: SlotProblems = new Map();
  for (const problem of problems) {
    if (!startsWith(problem.path, path)) continue;
    const slot = slotOf(problem);
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), problem.text]);
  }
  return bySlot;
}

/** A Field's error state and message for a slot's problems; nothing when it has none. */
export function validationFor(bySlot: SlotProblems, slot: Slot) {
  const texts = bySlot.get(slot);
  return texts
    ? {
        validationState: "error" as const,
        validationMessage: texts.join(" "),
      }
    : {};
}
