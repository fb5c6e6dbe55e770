import { readFileSync } from "node:fs";
import path from "node:path";
import {
  catalogueEntry,
  catalogueEntrySchema,
  INDICATOR_CATALOGUE,
} from "../../src/core/indicators/catalogue";

const functionsSource = readFileSync(
  path.join(__dirname, "../../src/functions/functions.ts"),
  "utf8"
);

describe("indicator catalogue (domain.md §2–§3)", () => {
  it("has well-formed, unique entries", () => {
    for (const entry of INDICATOR_CATALOGUE)
      expect(catalogueEntrySchema.safeParse(entry).success).toBe(true);
    const ids = INDICATOR_CATALOGUE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers every indicator the policy names", () => {
    const names = INDICATOR_CATALOGUE.map((entry) => entry.zh);
    for (const zh of [
      "存款余额",
      "存款增长率",
      "存款结构",
      "贷款余额",
      "贷款增长率",
      "贷款不良率",
      "贷款收益率",
      "中间业务收入",
      "中间业务收入占比",
      "资本充足率",
      "拨备覆盖率",
      "客户满意度",
      "投诉率",
      "业务办理效率",
      "风险识别与评估准确率",
      "风险控制措施执行率",
      "风险损失率",
      "制度执行情况",
      "工作差错率",
      "团队协作能力",
      "审批时效",
      "合规准确率",
      "客户增长率",
      "产品渗透率",
      "风险管控",
    ]) {
      expect(names).toContain(zh);
    }
  });

  it("marks reverse indicators (逆向指标) as lower-is-better", () => {
    for (const id of [
      "npl_ratio",
      "complaint_rate",
      "handling_minutes",
      "risk_loss_rate",
      "violation_rate",
      "error_rate",
      "approval_days",
    ]) {
      expect(catalogueEntry(id)?.direction).toBe("lower");
    }
  });

  it("names only BANK functions that exist", () => {
    for (const entry of INDICATOR_CATALOGUE.filter((e) => e.fn)) {
      expect(functionsSource).toContain(`@customfunction ${entry.fn}`);
    }
  });
});
