import type { MessageKey } from "../../../core/i18n/messages";
import { EFFICACY_BASE_SHARE, EFFICACY_SPAN_SHARE } from "../../../core/template/parse-template";
import type { ScoringMethod, Veto } from "../../../core/template/schema";
import { roundTo15Significant } from "../../../core/util/excel-round";
import type { TemplateDraft } from "../../template-source";

export type DraftPost = TemplateDraft["posts"][number];
export type DraftIndicator = DraftPost["indicators"][number];
export type DraftDimension = NonNullable<DraftPost["dimensions"]>[number];
export type DraftScoring = DraftIndicator["scoring"];
export type Path = (string | number)[];

/** The methods in the order HR meets them most. */
export const METHODS: readonly ScoringMethod[] = [
  "ratio",
  "efficacy",
  "linear",
  "deduction",
  "peer",
  "direct",
];

export const isMethod = (value: unknown): value is ScoringMethod =>
  METHODS.includes(value as ScoringMethod);

export type ParamKey =
  "target" | "cap" | "floor" | "satisfactory" | "base" | "span" | "below" | "per" | "min";

/** indicator: in the indicator's own unit (days, %, …); score: points of the score; times: a multiple. */
export type ParamUnit = "indicator" | "score" | "times";

export type ParamSpec = {
  key: ParamKey;
  label: MessageKey;
  hint: MessageKey;
  unit: ParamUnit;
  /** What a blank field means (the schema's default), from the template's full score; absent: required. */
  blank?: (full: number) => number;
};

/** Each method's parameters as the schema has them (src/core/template/schema.ts); linear's points aside. */
export const PARAMS: Record<ScoringMethod, ParamSpec[]> = {
  direct: [],
  ratio: [
    { key: "target", label: "param.target", hint: "paramHint.target", unit: "indicator" },
    { key: "cap", label: "param.cap", hint: "paramHint.cap", unit: "times", blank: () => 1 },
  ],
  efficacy: [
    { key: "floor", label: "param.floor", hint: "paramHint.floor", unit: "indicator" },
    {
      key: "satisfactory",
      label: "param.satisfactory",
      hint: "paramHint.satisfactory",
      unit: "indicator",
    },
    {
      key: "base",
      label: "param.base",
      hint: "paramHint.base",
      unit: "score",
      blank: (full) => roundTo15Significant(EFFICACY_BASE_SHARE * full),
    },
    {
      key: "span",
      label: "param.span",
      hint: "paramHint.span",
      unit: "score",
      blank: (full) => roundTo15Significant(EFFICACY_SPAN_SHARE * full),
    },
  ],
  linear: [
    { key: "below", label: "param.below", hint: "paramHint.below", unit: "score", blank: () => 0 },
  ],
  deduction: [
    { key: "per", label: "param.per", hint: "paramHint.per", unit: "score" },
    {
      key: "floor",
      label: "param.deductionFloor",
      hint: "paramHint.deductionFloor",
      unit: "score",
      blank: () => 0,
    },
  ],
  peer: [{ key: "min", label: "param.min", hint: "paramHint.min", unit: "score", blank: () => 0 }],
};

const finite = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/**
 * The parameters a newly chosen method starts with: the schema's defaults where it has them, and for the
 * required ones a start taken from the old method (its target, satisfactory value or last point) so that the
 * indicator keeps roughly its meaning: HR then adjusts them.
 */
export function scoringFor(
  method: ScoringMethod,
  indicator: DraftIndicator,
  full: number
): DraftScoring {
  const old = (indicator.scoring ?? {}) as Record<string, unknown>;
  const lastPoint = Array.isArray(old.points)
    ? (old.points[old.points.length - 1] as unknown[] | undefined)
    : undefined;
  const reference =
    finite(old.target) ?? finite(old.satisfactory) ?? finite(lastPoint?.[0]) ?? undefined;
  const start = reference !== undefined && reference > 0 ? reference : 1;
  const lower = indicator.direction === "lower";
  switch (method) {
    case "direct":
      return { method };
    case "ratio":
      return { method, target: start, cap: 1 };
    case "efficacy":
      return lower
        ? { method, floor: roundTo15Significant(start * 2), satisfactory: start }
        : { method, floor: 0, satisfactory: start };
    case "linear":
      // Lower is better: the points run downwards, so that anything at or below the target scores full.
      return lower
        ? {
            method,
            points: [
              [roundTo15Significant(start * 2), 0],
              [start, full],
            ],
            below: 0,
          }
        : {
            method,
            points: [
              [0, 0],
              [start, full],
            ],
            below: 0,
          };
    case "deduction":
      return { method, per: 5, floor: 0 };
    case "peer":
      return { method, min: 0 };
  }
}

/** A veto to start from when HR switches one on: below (or, lower is better, at least) a threshold. */
export const vetoFor = (indicator: DraftIndicator): Veto => ({
  op: indicator.direction === "lower" ? ">=" : "<",
  value: 0,
});

export const VETO_OPS: readonly Veto["op"][] = ["<", "<=", ">", ">=", "="];

/**
 * Which rule problems belong beside which parameter: the rules name the scoring as a whole, the editor puts
 * the message where HR can mend it.
 */
export const RULE_FIELD: Partial<Record<MessageKey, ParamKey | "points">> = {
  "tpl.ratioTarget": "target",
  "tpl.ratioCap": "cap",
  "tpl.efficacyEqual": "satisfactory",
  "tpl.efficacyBaseSpan": "base",
  "tpl.linearCount": "points",
  "tpl.linearOrder": "points",
  "tpl.linearNegative": "points",
  "tpl.deductionPer": "per",
  "tpl.deductionFloor": "floor",
  "tpl.peerMin": "min",
};

/**
 * "3" → 3; "３.５" and "3。5" (a Chinese input method's full stop) → 3.5; "" → undefined; anything else stays
 * text, so that the check says the value is not a number instead of the pane guessing one.
 */
export function parseNumberText(text: string): number | string | undefined {
  const folded = text.normalize("NFKC").replace(/\s/g, "").replace(/。/g, ".");
  if (folded === "") return undefined;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(folded)) return Number(folded);
  return text.trim();
}
