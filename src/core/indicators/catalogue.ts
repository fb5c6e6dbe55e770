import { z } from "zod";
import { directionSchema, unitSchema } from "../template/schema";

/**
 * The indicator system of domain.md §2 and the post indicators of §3. Templates name their own
 * indicators; the catalogue gives the standard ids, names in both languages, units, directions and the
 * BANK function that computes each ratio, so templates, sheets and functions speak the same words.
 */
export const indicatorCategorySchema = z.enum(["business", "service", "risk", "internal", "post"]);

export const catalogueEntrySchema = z.object({
  id: z.string(),
  category: indicatorCategorySchema,
  zh: z.string(),
  en: z.string(),
  unit: unitSchema,
  /** "analysed" indicators (deposit structure) are looked at, not scored one way. */
  direction: z.union([directionSchema, z.literal("analysed")]),
  /** The BANK custom function that computes it, where it has a formula. */
  fn: z.string().optional(),
  formula: z.object({ zh: z.string(), en: z.string() }).optional(),
});

export type IndicatorCategory = z.infer<typeof indicatorCategorySchema>;
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

const f = (zh: string, en: string) => ({ zh, en });

export const INDICATOR_CATALOGUE: readonly CatalogueEntry[] = [
  // 2.1 business
  {
    id: "deposit_balance",
    category: "business",
    zh: "存款余额",
    en: "Deposit balance",
    unit: "amount",
    direction: "higher",
    formula: f("期末各项存款之和", "sum of all deposits at period end"),
  },
  {
    id: "deposit_growth",
    category: "business",
    zh: "存款增长率",
    en: "Deposit growth rate",
    unit: "%",
    direction: "higher",
    fn: "GROWTH",
    formula: f("(本期余额 − 上期余额) / 上期余额", "(balance − prior balance) / prior balance"),
  },
  {
    id: "deposit_mix",
    category: "business",
    zh: "存款结构",
    en: "Deposit structure",
    unit: "%",
    direction: "analysed",
    fn: "MIX",
    formula: f(
      "活期、定期、对公、个人各占比",
      "share of demand, time, corporate and personal deposits"
    ),
  },
  {
    id: "loan_balance",
    category: "business",
    zh: "贷款余额",
    en: "Loan balance",
    unit: "amount",
    direction: "higher",
    formula: f("期末贷款余额之和", "sum of loans outstanding"),
  },
  {
    id: "loan_growth",
    category: "business",
    zh: "贷款增长率",
    en: "Loan growth rate",
    unit: "%",
    direction: "higher",
    fn: "GROWTH",
    formula: f("(本期余额 − 上期余额) / 上期余额", "(balance − prior) / prior"),
  },
  {
    id: "npl_ratio",
    category: "business",
    zh: "贷款不良率",
    en: "NPL ratio",
    unit: "%",
    direction: "lower",
    fn: "NPLRATIO",
    formula: f("不良贷款余额 / 贷款余额", "non-performing loans / loans"),
  },
  {
    id: "loan_yield",
    category: "business",
    zh: "贷款收益率",
    en: "Loan yield",
    unit: "%",
    direction: "higher",
    fn: "LOANYIELD",
    formula: f("利息收入 / 平均贷款余额", "interest income / average loan balance"),
  },
  {
    id: "fee_income",
    category: "business",
    zh: "中间业务收入",
    en: "Intermediate business income",
    unit: "amount",
    direction: "higher",
    formula: f(
      "支付结算、代理、理财、银行卡等手续费收入之和",
      "sum of fee income: settlement, agency, wealth management, cards …"
    ),
  },
  {
    id: "fee_share",
    category: "business",
    zh: "中间业务收入占比",
    en: "Intermediate income share",
    unit: "%",
    direction: "higher",
    fn: "FEESHARE",
    formula: f("中间业务收入 / 营业收入", "intermediate business income / operating income"),
  },
  {
    id: "car",
    category: "business",
    zh: "资本充足率",
    en: "Capital adequacy ratio",
    unit: "%",
    direction: "higher",
    fn: "CAR",
    formula: f(
      "(总资本 − 资本扣除项) / (风险加权资产 + 12.5 × 市场风险资本要求)",
      "(total capital − deductions) / (risk-weighted assets + 12.5 × market-risk capital requirement)"
    ),
  },
  {
    id: "provision_coverage",
    category: "business",
    zh: "拨备覆盖率",
    en: "Provision coverage ratio",
    unit: "%",
    direction: "higher",
    fn: "PROVISIONCOVERAGE",
    formula: f("贷款损失准备 / 不良贷款余额", "loan-loss provisions / NPL balance"),
  },
  // 2.2 service
  {
    id: "customer_satisfaction",
    category: "service",
    zh: "客户满意度",
    en: "Customer satisfaction",
    unit: "score",
    direction: "higher",
    formula: f("调查结果（百分制）", "survey result, out of 100"),
  },
  {
    id: "complaint_rate",
    category: "service",
    zh: "投诉率",
    en: "Complaint rate",
    unit: "%",
    direction: "lower",
    fn: "COMPLAINTRATE",
    formula: f("投诉次数 / 期内业务量", "complaints / business volume"),
  },
  {
    id: "handling_minutes",
    category: "service",
    zh: "业务办理效率",
    en: "Processing efficiency",
    unit: "minutes",
    direction: "lower",
    formula: f("平均办理时长、平均等候时长（分钟）", "average handling and waiting time (minutes)"),
  },
  // 2.3 risk
  {
    id: "risk_id_accuracy",
    category: "risk",
    zh: "风险识别与评估准确率",
    en: "Risk identification accuracy",
    unit: "%",
    direction: "higher",
    fn: "IDACCURACY",
    formula: f(
      "正确识别评估的风险事件 / 全部风险事件",
      "correctly identified risk events / all risk events"
    ),
  },
  {
    id: "control_exec_rate",
    category: "risk",
    zh: "风险控制措施执行率",
    en: "Control execution rate",
    unit: "%",
    direction: "higher",
    fn: "EXECRATE",
    formula: f("已执行控制措施 / 应执行控制措施", "controls executed / controls required"),
  },
  {
    id: "risk_loss_rate",
    category: "risk",
    zh: "风险损失率",
    en: "Risk loss rate",
    unit: "%",
    direction: "lower",
    fn: "RISKLOSSRATE",
    formula: f("风险事件实际损失 / 风险敞口", "actual loss from risk events / risk exposure"),
  },
  // 2.4 internal management
  {
    id: "violation_rate",
    category: "internal",
    zh: "制度执行情况",
    en: "Rule compliance",
    unit: "%",
    direction: "lower",
    formula: f("违规发生率（违规次数 / 人数或业务量）", "violations / headcount or volume"),
  },
  {
    id: "error_rate",
    category: "internal",
    zh: "工作差错率",
    en: "Error rate",
    unit: "%",
    direction: "lower",
    fn: "ERRORRATE",
    formula: f("操作差错 / 业务量", "operation errors / business volume"),
  },
  {
    id: "teamwork",
    category: "internal",
    zh: "团队协作能力",
    en: "Teamwork",
    unit: "score",
    direction: "higher",
    formula: f(
      "定性评价折算分数，或协作项目、信息共享等定量指标",
      "qualitative rating as a score, or joint projects and information shared"
    ),
  },
  // 3 post indicators
  {
    id: "approval_days",
    category: "post",
    zh: "审批时效",
    en: "Approval timeliness",
    unit: "days",
    direction: "lower",
    formula: f(
      "小微企业 500 万元以下贷款审批用时（工作日）",
      "working days to approve small-business loans under CNY 5 million"
    ),
  },
  {
    id: "approved_npl_ratio",
    category: "post",
    zh: "贷款不良率（审批）",
    en: "NPL ratio of approved loans",
    unit: "%",
    direction: "lower",
    fn: "NPLRATIO",
  },
  {
    id: "compliance_accuracy",
    category: "post",
    zh: "合规准确率",
    en: "Compliance accuracy",
    unit: "score",
    direction: "higher",
  },
  {
    id: "customer_growth",
    category: "post",
    zh: "客户增长率",
    en: "Customer growth rate",
    unit: "%",
    direction: "higher",
    fn: "GROWTH",
  },
  {
    id: "product_penetration",
    category: "post",
    zh: "产品渗透率",
    en: "Product penetration",
    unit: "%",
    direction: "higher",
  },
  {
    id: "risk_control",
    category: "post",
    zh: "风险管控",
    en: "Risk control",
    unit: "score",
    direction: "higher",
  },
  {
    id: "counter_error_rate",
    category: "post",
    zh: "柜面差错率",
    en: "Counter error rate",
    unit: "%",
    direction: "lower",
    fn: "ERRORRATE",
    formula: f(
      "柜面差错笔数 / 柜面业务笔数（标准 ≤ 0.1%）",
      "counter errors / counter transactions (standard ≤ 0.1 %)"
    ),
  },
  {
    id: "dual_review_rate",
    category: "post",
    zh: "双人复核执行率",
    en: "Dual review execution rate",
    unit: "%",
    direction: "higher",
    fn: "EXECRATE",
    formula: f(
      "已双人复核笔数 / 应复核笔数（标准 100%）",
      "dual-reviewed / required (standard 100 %)"
    ),
  },
  {
    id: "risk_event_reduction",
    category: "post",
    zh: "风险事件减少率",
    en: "Risk event reduction rate",
    unit: "%",
    direction: "higher",
    formula: f(
      "(上期风险事件数 − 本期风险事件数) / 上期风险事件数",
      "(prior risk events − current) / prior"
    ),
  },
  {
    id: "exceeded_without_risk",
    category: "post",
    zh: "超额完成且无风险事件加分",
    en: "Bonus: target exceeded with no risk event",
    unit: "score",
    direction: "higher",
  },
];

const byId = new Map(INDICATOR_CATALOGUE.map((entry) => [entry.id, entry]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}
