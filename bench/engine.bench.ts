import { assess } from "../src/core/assess/assess";
import type { ScoreRecord } from "../src/core/assess/score-record";
import { parseTemplate } from "../src/core/template/parse-template";
import type { WeightTemplateInput } from "../src/core/template/schema";
import { measure, type Figure } from "./measure";

/** One post of eight indicators covering every method, two dimensions, a veto and a bonus. */
const template: WeightTemplateInput = {
  id: "bench",
  name: "基准测试模板",
  version: "1.0.0",
  posts: [
    {
      id: "teller",
      name: "柜员",
      dimensions: [
        { id: "kpi", name: "KPI", weight: 70 },
        { id: "behaviour", name: "行为评价", weight: 30 },
      ],
      indicators: [
        {
          id: "i1",
          name: "存款增长率",
          weight: 30,
          dimension: "kpi",
          scoring: { method: "ratio", target: 0.08, cap: 1.2 },
        },
        {
          id: "i2",
          name: "贷款不良率",
          weight: 20,
          dimension: "kpi",
          direction: "lower",
          scoring: { method: "efficacy", floor: 0.05, satisfactory: 0.01 },
          veto: { op: ">=", value: 0.049 },
        },
        {
          id: "i3",
          name: "产品渗透率",
          weight: 20,
          dimension: "kpi",
          scoring: {
            method: "linear",
            points: [
              [0, 0],
              [0.2, 60],
              [0.4, 100],
            ],
          },
        },
        {
          id: "i4",
          name: "差错次数",
          weight: 15,
          dimension: "kpi",
          scoring: { method: "deduction", per: 5 },
        },
        {
          id: "i5",
          name: "客户满意度",
          weight: 15,
          dimension: "kpi",
          scoring: { method: "direct" },
        },
        {
          id: "i6",
          name: "员工互评",
          weight: 50,
          dimension: "behaviour",
          scoring: { method: "peer", min: 60 },
        },
        {
          id: "i7",
          name: "团队协作",
          weight: 50,
          dimension: "behaviour",
          scoring: { method: "direct" },
        },
        { id: "i8", name: "加分", bonus: true, scoring: { method: "direct" } },
      ],
    },
  ],
};

/** Deterministic pseudo-random data (a linear congruential generator), so every run ranks the same rows. */
export function benchRecords(count: number): ScoreRecord[] {
  let seed = 20251231;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const branches = Array.from({ length: 40 }, (_, b) => `第${b + 1}支行`);
  const records: ScoreRecord[] = new Array(count);
  for (let r = 0; r < count; r++) {
    records[r] = {
      id: `E${String(r + 1).padStart(6, "0")}`,
      name: `员工${r + 1}`,
      branch: branches[r % branches.length],
      post: "柜员",
      values: {
        i1: Math.round(next() * 1200) / 10000,
        i2: Math.round(next() * 500) / 10000,
        i3: Math.round(next() * 5000) / 10000,
        i4: Math.floor(next() * 6),
        i5: Math.round(60 + next() * 40),
        i6: Math.round(next() * 100),
        i7: Math.round(60 + next() * 40),
        i8: next() < 0.2 ? Math.round(next() * 5) : null,
      },
    };
  }
  return records;
}

export function engineBench(): Figure[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error("bench template rejected");
  const records = benchRecords(100_000);
  return [
    measure(
      "engine: assess 100,000 rows × 8 indicators (score, composite, 3 rank scopes, grades)",
      () => {
        const report = assess(parsed.value, records);
        if (report.ranked.length + report.unranked.length !== records.length)
          throw new Error("rows lost");
      }
    ),
  ];
}
