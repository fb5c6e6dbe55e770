/*
 * A template's `calibration` block and its defaults (calibration.md §1). They live with the template's schema
 * (core/template/calibration-block.ts), which includes the block; here for calibration's own imports, so that
 * core/template never imports core/calibration (no circle between the folders).
 */
export {
  CALIBRATION_DEFAULTS,
  calibrationSchema,
  calibrationSettings,
  type CalibrationBlock,
  type CalibrationSettings,
} from "../template/calibration-block";
