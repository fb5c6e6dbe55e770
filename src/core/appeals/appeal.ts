import { z } from "zod";

/** cycle.md §5: an appeal's states, in the only order they may follow, and its two conclusions. */
export const APPEAL_STATES = ["已登记", "调查中", "待审批", "已答复"] as const;
export const CONCLUSIONS = ["维持", "更正"] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

/** The register's fields, in its column order; dates are Excel serial dates. */
export const APPEAL_FIELDS = [
  "id",
  "period",
  "employeeId",
  "indicator",
  "reason",
  "submitted",
  "state",
  "investigation",
  "opinion",
  "conclusion",
  "correctedValue",
  "approver",
  "approvedOn",
  "answeredOn",
  "answer",
] as const;
export type AppealField = (typeof APPEAL_FIELDS)[number];

const text = z.string().optional();
const serial = z.number().optional();

/** One row of 申诉登记 as read: what is there (a date or number that is not one is kept as text, to report). */
export const appealSchema = z.object({
  /** The register's row (1-based) and each field's A1 address, so every check can name its cell. */
  row: z.number().int().positive(),
  cells: z.record(z.string(), z.string()),
  id: text,
  period: text,
  employeeId: text,
  indicator: text,
  reason: text,
  submitted: serial,
  state: text,
  investigation: text,
  opinion: text,
  conclusion: text,
  correctedValue: z.number().optional(),
  approver: text,
  approvedOn: serial,
  answeredOn: serial,
  answer: text,
  /** Fields whose cell held something of the wrong type (a date typed as "下周一", a value as "九十"). */
  unreadable: z.array(z.enum(APPEAL_FIELDS)),
});
export type Appeal = z.infer<typeof appealSchema>;
