import { z } from "zod";

/** A cell's value as read from a score sheet: blank is null (or ""), an Excel error is { error: "#N/A" }. */
export const cellValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.object({ error: z.string() }).strict(),
]);

/** One assessed person or unit: identity, post, and the actual value of each indicator by indicator id. */
export const scoreRecordSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  branch: z.string().optional(),
  department: z.string().optional(),
  post: z.string(),
  values: z.record(z.string(), cellValueSchema.optional()),
  /** Where the row came from, so that every issue can name its sheet and cell. */
  source: z
    .object({
      sheet: z.string(),
      row: z.number().int().positive(),
      /**
       * Column letters by indicator id (and "id", "post" for the identity columns), a cell's address being
       * the letters and `row`: one object shared by the rows of a post, not an address for every cell.
       */
      columns: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});

export type CellValue = z.infer<typeof cellValueSchema>;
export type ScoreRecord = z.infer<typeof scoreRecordSchema>;

export type ReadValue =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string };

/** Classifies a raw cell value. Booleans and non-finite numbers are not numbers a user meant. */
export function readValue(raw: CellValue | undefined): ReadValue {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "number")
    return Number.isFinite(raw)
      ? { kind: "number", value: raw }
      : { kind: "text", text: String(raw) };
  if (typeof raw === "string")
    return raw.trim() === "" ? { kind: "blank" } : { kind: "text", text: raw };
  if (typeof raw === "boolean") return { kind: "text", text: raw ? "TRUE" : "FALSE" };
  return { kind: "error", code: raw.error };
}
