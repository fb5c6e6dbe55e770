import { z } from "zod";

/** The largest `minGroup` taken: more people than any bank has in one group. */
export const CALIBRATION_MAX_GROUP = 100000;

/**
 * A template's optional `calibration` block (calibration.md §1): the gap between a group's mean and the rest
 * of the bank that flags it, and the smallest group that can be flagged at all. Defaults are applied where
 * they are used, so a template without the block keeps its fingerprint.
 */
export const calibrationSchema = z
  .object({
    /** Composite points (the template's score scale), greater than 0. */
    gap: z.number().finite().positive().optional(),
    /** Rows, a whole number from 2: a group of one has nothing to be lenient or harsh against. */
    minGroup: z.number().int().min(2).max(CALIBRATION_MAX_GROUP).optional(),
  })
  .strict();

export type CalibrationBlock = z.infer<typeof calibrationSchema>;
export type CalibrationSettings = { gap: number; minGroup: number };

export const CALIBRATION_DEFAULTS: CalibrationSettings = { gap: 5, minGroup: 5 };

/** The block with its defaults applied: what a template without `calibration` means. */
export function calibrationSettings(template: {
  calibration?: CalibrationBlock;
}): CalibrationSettings {
  return {
    gap: template.calibration?.gap ?? CALIBRATION_DEFAULTS.gap,
    minGroup: template.calibration?.minGroup ?? CALIBRATION_DEFAULTS.minGroup,
  };
}
