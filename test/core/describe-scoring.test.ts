import { describeScoring } from "../../src/core/template/describe-scoring";
import { load, templateWith } from "../support/template-builders";

const indicatorOf = (indicator: Parameters<typeof templateWith>[0][number]) =>
  load(templateWith([indicator])).template.posts[0].indicators[0];

describe("describeScoring", () => {
  it("describes each method with its parameters, in both languages", () => {
    const ratio = indicatorOf({
      id: "a",
      name: "审批时效",
      weight: 100,
      direction: "lower",
      scoring: { method: "ratio", target: 2, cap: 1.2 },
      veto: { op: ">=", value: 10 },
    });
    expect(describeScoring(ratio, "zh-CN")).toBe(
      "完成率法（目标 2，封顶 1.2） · 逆向 · 一票否决：实际值 >= 10"
    );
    expect(describeScoring(ratio, "en-US")).toBe(
      "Ratio (target 2, cap 1.2) · lower is better · Veto: actual value >= 10"
    );
    const efficacy = indicatorOf({
      id: "a",
      name: "不良率",
      weight: 100,
      scoring: { method: "efficacy", floor: 0.03, satisfactory: 0.01 },
    });
    expect(describeScoring(efficacy, "zh-CN")).toBe(
      "功效系数法（不允许值 0.03，满意值 0.01，基础分 60，浮动分 40）"
    );
    const linear = indicatorOf({
      id: "a",
      name: "渗透率",
      weight: 100,
      scoring: {
        method: "linear",
        points: [
          [0, 0],
          [0.2, 60],
        ],
      },
    });
    expect(describeScoring(linear, "zh-CN")).toBe("区间插值（0→0, 0.2→60）");
  });
});
