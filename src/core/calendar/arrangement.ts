import { z } from "zod";

/**
 * One day of the State Council's yearly arrangement (国务院办公厅关于…部分节假日安排的通知, 放假安排) as a bank
 * loaded it: a day off (休) or a working day (班, the 调休 make-up Saturdays and Sundays). Loaded days override
 * the bundled calendar for their dates, and a year with loaded days is covered by them.
 */
export const arrangementDaySchema = z.object({
  /** ISO date, "2027-02-06". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  kind: z.enum(["off", "work"]),
  /** 说明, as given ("春节"). */
  note: z.string().optional(),
  /** Where it was read, for messages: "2027.csv 第 4 行", "放假安排!A5", "2027.json". */
  source: z.string(),
});
export type ArrangementDay = z.infer<typeof arrangementDaySchema>;
