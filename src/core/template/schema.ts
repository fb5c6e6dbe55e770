import { z } from "zod";
import { calibrationSchema } from "./calibration-block";
import { reviewsSchema } from "../reviews/reviews-schema";
import { DEFAULT_GRADES } from "./default-grades";

export { DEFAULT_GRADES };

/**
 * The weight template (权重模板) as HR writes it (scoring.md §1). The zod schema is the single source of
 * the types; structural checks live here, the cross-field rules (sums, ordering, parameter sense) live in
 * template-rules.ts so that each broken rule gets its own message naming the post and indicator.
 */

/**
 * Limits a template is checked against before any work (issue 15): every name fits a cell, a header and a
 * drop-down, and a template cannot make a workbook Excel refuses.
 */
export const TEMPLATE_LIMITS = { text: 100, posts: 200, indicators: 100, grades: 20 } as const;
const text = z.string().trim().min(1).max(TEMPLATE_LIMITS.text);
const finite = z.number().finite();

export const directionSchema = z.enum(["higher", "lower"]);

export const scoringSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("direct") }).strict(),
  z.object({ method: z.literal("ratio"), target: finite, cap: finite.default(1) }).strict(),
  z
    .object({
      method: z.literal("efficacy"),
      floor: finite,
      satisfactory: finite,
      // Defaults (0.6 × and 0.4 × fullScore) depend on the template, so they are filled in by parseTemplate.
      base: finite.optional(),
      span: finite.optional(),
    })
    .strict(),
  z
    .object({
      method: z.literal("linear"),
      points: z.array(z.tuple([finite, finite])),
      below: finite.default(0),
    })
    .strict(),
  z.object({ method: z.literal("deduction"), per: finite, floor: finite.default(0) }).strict(),
  z.object({ method: z.literal("peer"), min: finite.default(0) }).strict(),
]);

export const vetoSchema = z
  .object({
    op: z.enum([">=", ">", "<=", "<", "="]),
    value: finite,
  })
  .strict();

export const unitSchema = z.enum(["%", "days", "minutes", "count", "score", "amount"]);

export const indicatorSchema = z
  .object({
    id: text,
    name: text,
    nameEn: text.optional(),
    unit: unitSchema.optional(),
    weight: z.number().optional(),
    dimension: text.optional(),
    direction: directionSchema.default("higher"),
    scoring: scoringSchema,
    veto: vetoSchema.optional(),
    bonus: z.boolean().default(false),
    /** Courses for whoever is weak on this indicator (cycle.md §4). */
    training: z.array(text).optional(),
  })
  .strict();

export const dimensionSchema = z
  .object({ id: text, name: text, nameEn: text.optional(), weight: z.number() })
  .strict();

export const postSchema = z
  .object({
    id: text,
    name: text,
    nameEn: text.optional(),
    dimensions: z.array(dimensionSchema).optional(),
    bonusCap: finite.nonnegative().default(5),
    indicators: z.array(indicatorSchema).min(1).max(TEMPLATE_LIMITS.indicators),
  })
  .strict();

export const gradeBandSchema = z
  .object({
    label: text,
    labelEn: text.optional(),
    min: finite,
    maxShare: z.number().min(0).max(1).optional(),
    /** Whether the band passes (cycle.md §3); default: every band but the lowest. */
    pass: z.boolean().optional(),
  })
  .strict();

/**
 * The annual result from the quarters (cycle.md §2) and how results are applied (§3). Both optional, with
 * their defaults applied where they are used (`core/cycle/cycle-rules.ts`), so that a template without them
 * keeps its fingerprint. Their sense (four weights, 1–4 quarters, known grades, whole working days) is
 * checked in template-rules.ts, one message per broken rule.
 */
export const annualSchema = z
  .object({ quarterWeights: z.array(finite).optional(), minQuarters: finite.optional() })
  .strict();

export const outcomesSchema = z
  .object({
    reward: z
      .object({ grades: z.array(text) })
      .strict()
      .optional(),
    warning: z.object({ rectifyWorkdays: finite }).strict().optional(),
    penalty: z.object({ consecutiveFailures: finite }).strict().optional(),
    appealWorkdays: finite.optional(),
  })
  .strict();

export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export const weightTemplateSchema = z
  .object({
    id: text,
    name: text,
    version: z.string().regex(SEMVER),
    period: text.optional(),
    fullScore: finite.positive().default(100),
    precision: z.number().int().min(0).max(10).default(2),
    grades: z.array(gradeBandSchema).min(1).max(TEMPLATE_LIMITS.grades).default(DEFAULT_GRADES),
    posts: z.array(postSchema).min(1).max(TEMPLATE_LIMITS.posts),
    annual: annualSchema.optional(),
    outcomes: outcomesSchema.optional(),
    /** Self, peer and superior reviews (reviews.md §1): what raters score and which indicators it fills. */
    reviews: reviewsSchema.optional(),
    /** Calibration across groups (calibration.md §1): the flagging gap and the smallest flagged group. */
    calibration: calibrationSchema.optional(),
  })
  .strict();

export type Direction = z.infer<typeof directionSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
export type ScoringMethod = Scoring["method"];
export type Veto = z.infer<typeof vetoSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Post = z.infer<typeof postSchema>;
export type GradeBand = z.infer<typeof gradeBandSchema>;
export type WeightTemplate = z.infer<typeof weightTemplateSchema>;
export type AnnualSettings = z.infer<typeof annualSchema>;
export type OutcomeSettings = z.infer<typeof outcomesSchema>;
export type WeightTemplateInput = z.input<typeof weightTemplateSchema>;
