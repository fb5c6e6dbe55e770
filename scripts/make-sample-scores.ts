/**
 * Writes assets/samples/ops-2025.scores.xlsx: the sample template's score sheet, filled for four branches,
 * with a few deliberate mistakes for `npm run demo` to find. Run it again after changing the sample template:
 * npx tsx scripts/make-sample-scores.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate } from "../src/core/template/parse-template";
import { templateJob } from "../src/jobs/assessment/template-job";
import { indicatorColumns, SCORE_SHEET } from "../src/jobs/assessment/score-sheet";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";

const root = path.join(__dirname, "..");
const parsed = parseTemplate(
  JSON.parse(readFileSync(path.join(root, "assets/samples/ops-2025.template.json"), "utf8"))
);
if (!parsed.ok) throw new Error("the sample template is invalid");
const loaded = parsed.value;

type Row = [string, string, string, string, string, Record<string, unknown>];
const rows: Row[] = [
  [
    "北京分行",
    "授信审批部",
    "BJ001",
    "张伟",
    "授信审批岗",
    { approval_days: 3, npl_ratio: 0.012, compliance_accuracy: 96, exceeded_without_risk: 3 },
  ],
  [
    "北京分行",
    "授信审批部",
    "BJ002",
    "王芳",
    "授信审批岗",
    { approval_days: 2, npl_ratio: 0.018, compliance_accuracy: 92 },
  ],
  [
    "北京分行",
    "授信审批部",
    "BJ003",
    "李娜",
    "授信审批岗",
    { approval_days: 7, npl_ratio: 0.026, compliance_accuracy: "九十六" },
  ],
  [
    "北京分行",
    "公司业务部",
    "BJ011",
    "刘洋",
    "客户经理",
    {
      customer_growth: 0.12,
      product_penetration: 0.31,
      customer_satisfaction: 92,
      risk_control: 88,
    },
  ],
  [
    "北京分行",
    "公司业务部",
    "BJ012",
    "陈静",
    "客户经理",
    { customer_growth: 0.08, product_penetration: 12, customer_satisfaction: 87, risk_control: 90 },
  ],
  [
    "北京分行",
    "公司业务部",
    "BJ013",
    "杨磊",
    "客户经理",
    {
      customer_growth: 0.15,
      product_penetration: 0.22,
      customer_satisfaction: 95,
      risk_control: 55,
    },
  ],
  [
    "北京分行",
    "营业部",
    "BJ021",
    "赵敏",
    "柜面主管岗",
    { counter_error_rate: 0.0008, dual_review_rate: 1, handling_minutes: 4.5 },
  ],
  [
    "北京分行",
    "营业部",
    "BJ022",
    "黄勇",
    "柜面主管岗",
    { counter_error_rate: 0.0015, dual_review_rate: 0.98, handling_minutes: 6 },
  ],
  [
    "上海分行",
    "授信审批部",
    "SH001",
    "周杰",
    "授信审批岗",
    { approval_days: 2.5, npl_ratio: 0.01, compliance_accuracy: 98 },
  ],
  [
    "上海分行",
    "授信审批部",
    "SH002",
    "吴霞",
    "授信审批岗",
    { approval_days: 4, npl_ratio: 0.021, compliance_accuracy: 101 },
  ],
  [
    "上海分行",
    "公司业务部",
    "SH011",
    "徐明",
    "客户经理",
    { customer_growth: 0.1, product_penetration: 0.4, customer_satisfaction: 90, risk_control: 92 },
  ],
  [
    "上海分行",
    "公司业务部",
    "SH012",
    "孙丽",
    "客户经理",
    {
      customer_growth: "12%",
      product_penetration: 0.25,
      customer_satisfaction: 89,
      risk_control: 85,
    },
  ],
  [
    "上海分行",
    "营业部",
    "SH021",
    "马超",
    "柜面主管岗",
    { counter_error_rate: 0.0009, dual_review_rate: 1, handling_minutes: 5 },
  ],
  [
    "上海分行",
    "合规部",
    "SH031",
    "朱琳",
    "合规专员岗",
    { risk_event_reduction: 0.25, control_exec_rate: 0.97, audit_findings: 1 },
  ],
  [
    "上海分行",
    "合规部",
    "SH032",
    "胡斌",
    "合规专员岗",
    { risk_event_reduction: 0.1, control_exec_rate: 0.92, audit_findings: 1.5 },
  ],
  ["", "", "", "", "", {}],
  [
    "广州分行",
    "网络金融部",
    "GZ001",
    "郭强",
    "线上运营岗",
    { complaint_rate: 0.0008, response_minutes: 3, okr_completion: 90, peer_review: 92 },
  ],
  [
    "广州分行",
    "网络金融部",
    "GZ002",
    "何洁",
    "线上运营岗",
    { complaint_rate: 0.0011, response_minutes: 5, okr_completion: 82, peer_review: 85 },
  ],
  [
    "广州分行",
    "网络金融部",
    "GZ003",
    "高飞",
    "线上运营岗",
    { complaint_rate: 0.0015, response_minutes: 8, okr_completion: 76, peer_review: 78 },
  ],
  [
    "广州分行",
    "营业部",
    "GZ021",
    "林红",
    "柜员岗",
    { counter_error_rate: 0.001, dual_review_rate: 1, handling_minutes: 5 },
  ],
  [
    "广州分行",
    "营业部",
    "GZ022",
    "罗平",
    "柜面主管岗",
    { counter_error_rate: 0.0011, dual_review_rate: 1 },
  ],
  [
    "深圳分行",
    "综合管理部",
    "SZ100",
    "深圳分行",
    "支行综合考核",
    {
      deposit_growth: 0.09,
      npl_ratio: 0.014,
      fee_share: 0.17,
      customer_satisfaction: 93,
      complaint_rate: 0.0004,
      control_exec_rate: 0.99,
      risk_loss_rate: 0.0005,
      error_rate: 0.0006,
      teamwork: 90,
      green_finance_bonus: 0.8,
    },
  ],
  [
    "深圳分行",
    "综合管理部",
    "SZ101",
    "南山支行",
    "支行综合考核",
    {
      deposit_growth: 0.06,
      npl_ratio: 0.052,
      fee_share: 0.12,
      customer_satisfaction: 86,
      complaint_rate: 0.0006,
      control_exec_rate: 0.96,
      risk_loss_rate: 0.001,
      error_rate: 0.001,
      teamwork: 85,
    },
  ],
  [
    "深圳分行",
    "综合管理部",
    "SZ102",
    "福田支行",
    "支行综合考核",
    {
      deposit_growth: 0.1,
      npl_ratio: 0.012,
      fee_share: 0.2,
      customer_satisfaction: 96,
      complaint_rate: 0.0003,
      control_exec_rate: 1,
      risk_loss_rate: 0,
      error_rate: 0.0004,
      teamwork: 94,
      green_finance_bonus: 1,
    },
  ],
  [
    "深圳分行",
    "营业部",
    "BJ021",
    "何平",
    "柜面主管岗",
    { counter_error_rate: 0.0007, dual_review_rate: 1, handling_minutes: 4 },
  ],
];

async function main() {
  const book = XlsxWorkbook.empty();
  await templateJob(book, { template: loaded, rows: 100, now: new Date(2025, 11, 20, 10, 0) });
  const sheet = (await book.model()).getWorksheet(SCORE_SHEET)!;
  const columns = indicatorColumns(loaded.template);
  rows.forEach(([branch, department, id, name, post, values], k) => {
    const row = sheet.getRow(4 + k);
    [branch, department, id, name, post].forEach(
      (value, c) => (row.getCell(c + 1).value = value || null)
    );
    columns.forEach((indicator, c) => {
      if (indicator.id in values)
        row.getCell(6 + c).value = values[indicator.id] as number | string;
    });
  });
  const out = path.join(root, "assets/samples/ops-2025.scores.xlsx");
  writeFileSync(out, await book.toBuffer());
  console.log(`wrote ${out}`);
}

void main();
