import type { TemplateDraft } from "../../src/taskpane/template-source";
import { setCalibration } from "../../src/taskpane/tabs/editor/calibration-draft";

const draft = {
  id: "t",
  name: "测试模板",
  version: "1.0.0",
  posts: [],
} as unknown as TemplateDraft;

describe("the calibration block as the editor changes it (calibration.md §1)", () => {
  it("adds the block with the first number typed, and keeps the other blank (the default)", () => {
    const next = setCalibration(draft, "gap", 3);
    expect(next.calibration).toEqual({ gap: 3 });
    expect(setCalibration(next, "minGroup", 8).calibration).toEqual({ gap: 3, minGroup: 8 });
    expect(draft).not.toHaveProperty("calibration");
  });

  it("removes the block when the last number is cleared, and only then", () => {
    const both = setCalibration(setCalibration(draft, "gap", 3), "minGroup", 8);
    const gapOnly = setCalibration(both, "minGroup", undefined);
    expect(gapOnly.calibration).toEqual({ gap: 3 });
    expect(setCalibration(gapOnly, "gap", undefined)).not.toHaveProperty("calibration");
  });

  it("keeps text typed as it is, for the check to name, and a field the block does not have", () => {
    expect(setCalibration(draft, "minGroup", "三").calibration).toEqual({ minGroup: "三" });
    const odd = { ...draft, calibration: { gapp: 2 } } as unknown as TemplateDraft;
    expect(setCalibration(odd, "gap", undefined).calibration).toEqual({ gapp: 2 });
  });
});
