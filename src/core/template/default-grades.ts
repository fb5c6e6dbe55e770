/** The default grade bands (scoring.md §5), without zod, so the custom functions' bundle stays small. */
export const DEFAULT_GRADES = [
  { label: "优秀", labelEn: "Excellent", min: 90 },
  { label: "良好", labelEn: "Good", min: 80 },
  { label: "合格", labelEn: "Satisfactory", min: 70 },
  { label: "基本合格", labelEn: "Basically satisfactory", min: 60 },
  { label: "不合格", labelEn: "Unsatisfactory", min: 0 },
];
