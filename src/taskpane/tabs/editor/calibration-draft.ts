import type { TemplateDraft } from "../../template-source";

/** The draft's `calibration` block (calibration.md §1) as the editor changes it: a value typed may be text. */
export type DraftCalibration = NonNullable<TemplateDraft["calibration"]>;
export type CalibrationNumber = "gap" | "minGroup";
export const CALIBRATION_NUMBERS: readonly CalibrationNumber[] = ["gap", "minGroup"];

/**
 * The draft with one of the two numbers set, or cleared (undefined: blank, the default). The block is there
 * while it holds anything: typing a number adds it, clearing the last one removes it, so that a template
 * whose calibration is all defaults keeps the fingerprint it had without the block.
 */
export function setCalibration(
  draft: TemplateDraft,
  key: CalibrationNumber,
  value: unknown
): TemplateDraft {
  const block: Record<string, unknown> = { ...(draft.calibration ?? {}) };
  if (value === undefined) delete block[key];
  else block[key] = value;
  const next = { ...draft };
  if (Object.keys(block).length > 0) next.calibration = block as DraftCalibration;
  else delete next.calibration;
  return next;
}
