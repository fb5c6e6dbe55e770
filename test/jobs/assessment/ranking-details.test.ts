import { assess } from "../../../src/core/assess/assess";
import type { ScoreRecord } from "../../../src/core/assess/score-record";
import { rankingDetailsSpec } from "../../../src/jobs/assessment/ranking-details";
import { sheetOf } from "../../../src/workbook/number-headers";
import { sampleTemplate } from "../../support/samples";

const loaded = sampleTemplate();

const records: ScoreRecord[] = [0, 1, 2].map((k) => ({
  id: `E${k + 4}`,
  name: `员工${k}`,
  branch: "北京分行",
  post: "授信审批岗",
  values: { approval_days: 3 + k, npl_ratio: 0.01, compliance_accuracy: 95 },
  source: { sheet: "评分表", row: k + 4, columns: { id: "C", post: "E" } },
}));

describe("排名明细", () => {
  it("prints 名次, 等级 and 加分 centred in every block, headers too; 综合得分's header right over its numbers", () => {
    const spec = sheetOf(
      rankingDetailsSpec(loaded, assess(loaded, records), {
        name: "排名明细 2025Q4",
        period: "2025Q4",
        generatedAt: "2025-12-31 09:05",
        ranking: "排名 2025Q4",
        provenance: { kind: "rankingDetails" },
      })
    );
    const header = spec.rows.findIndex((cells) => cells[0]?.value === "名次");
    expect(header).toBeGreaterThan(1);
    expect(spec.rows[header].slice(0, 6).map((cell) => cell.align)).toEqual([
      "center",
      undefined,
      undefined,
      undefined,
      "right",
      "center",
    ]);
    // 加分, the last column but one, centred with its header: right-aligned, it touched 否决原因.
    const bonus = spec.rows[header].length - 2;
    expect([spec.rows[header][bonus].value, spec.rows[header][bonus].align]).toEqual([
      "加分",
      "center",
    ]);
    for (const cells of spec.rows.slice(header + 1, header + 4)) {
      expect(cells[1].value).toMatch(/^E\d$/);
      expect([cells[0].align, cells[5].align, cells[bonus].align]).toEqual([
        "center",
        "center",
        "center",
      ]);
      expect(cells[4].align).toBeUndefined();
    }
  });
});
