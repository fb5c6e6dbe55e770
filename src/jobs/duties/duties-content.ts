import { z } from "zod";
import { CHANGE_TYPES } from "../../core/duties/duties";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a generated duties workbook may hold already: the posts of a template, or a whole sample. */
export const dutiesContentSchema = z.object({
  posts: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  descriptions: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        department: z.string(),
        duties: z.string(),
        requirements: z.string(),
        workflow: z.string(),
        standard: z.string(),
        revised: isoDay.optional(),
      })
    )
    .default([]),
  processes: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        line: z.string(),
        /** Post name → its roles, as the cell reads ("发起、协作"). */
        roles: z.record(z.string(), z.string()),
      })
    )
    .default([]),
  changes: z
    .array(
      z.object({
        id: z.string(),
        subject: z.string(),
        type: z.enum(Object.keys(CHANGE_TYPES) as [keyof typeof CHANGE_TYPES]),
        occurred: isoDay,
        posts: z.array(z.string()),
        completed: isoDay.optional(),
      })
    )
    .default([]),
});
export type DutiesContent = z.input<typeof dutiesContentSchema>;
/** The content once parsed: every list there, if only empty. */
export type FilledDuties = z.output<typeof dutiesContentSchema>;
export type DutiesChange = FilledDuties["changes"][number];
