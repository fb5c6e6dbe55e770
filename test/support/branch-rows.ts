/* Rows of a branch's submission in the sample template's posts, for the collect tests and the print test. */
import type { FilledRow } from "./fill-score-sheet";

export const row = (
  branch: string,
  id: string,
  post: string,
  values: FilledRow["values"]
): FilledRow => ({
  branch,
  department: "运营部",
  id,
  name: `员工${id}`,
  post,
  values,
});

/** A 授信审批岗 row: approval days, NPL ratio and compliance accuracy (a text where a number belongs, too). */
export const credit = (
  branch: string,
  id: string,
  days: number,
  npl: number,
  accuracy: number | string
) =>
  row(branch, id, "授信审批岗", {
    approval_days: days,
    npl_ratio: npl,
    compliance_accuracy: accuracy,
  });

/** A 柜面主管岗 row: error rate and handling minutes, dual review done. */
export const counter = (branch: string, id: string, error: number, minutes: number) =>
  row(branch, id, "柜面主管岗", {
    counter_error_rate: error,
    dual_review_rate: 1,
    handling_minutes: minutes,
  });

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A 申诉登记 row as the assessing unit fills it: SZ101's NPL ratio corrected to 1.2 %, approved. */
export const APPROVED_CORRECTION = [
  "SS-2025Q4-001",
  "2025Q4",
  "SZ101",
  "贷款不良率",
  "不良贷款认定有误",
  day("2026-01-05"),
  "已答复",
  "核对信贷台账",
  "更正不良率为 1.2%",
  "更正",
  0.012,
  "李行长",
  day("2026-01-08"),
  day("2026-01-09"),
  "经核实，不良贷款认定有误，予以更正",
];
