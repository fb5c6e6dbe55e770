import { assess } from "../../../src/core/assess/assess";
import type { ScoreRecord } from "../../../src/core/assess/score-record";
import { RANKING_COLUMN, rankingSheetSpec } from "../../../src/jobs/assessment/ranking-sheet";
import { printedWidth, wrappedLines } from "../../../src/jobs/shared/print-layout";
import type { SheetSpec } from "../../../src/workbook/port";
import { QUARTERLY_RANKING } from "../../support/ranking-options";
import { sampleTemplate } from "../../support/samples";

const loaded = sampleTemplate();

/** 授信审批岗 rows, each with the given who values. */
function records(who: { name?: string; branch?: string; department?: string }[]): ScoreRecord[] {
  return who.map((values, k) => ({
    id: `E${k + 4}`,
    name: values.name ?? `员工${k}`,
    branch: values.branch ?? "北京分行",
    department: values.department ?? "授信审批部",
    post: "授信审批岗",
    values: { approval_days: 3 + k, npl_ratio: 0.01, compliance_accuracy: 95 },
    source: { sheet: "评分表", row: k + 4, columns: { id: "C", post: "F" } },
  }));
}

function ranking(who: Parameters<typeof records>[0]): SheetSpec {
  return rankingSheetSpec(loaded, assess(loaded, records(who)), [], QUARTERLY_RANKING);
}

const width = (spec: SheetSpec, column: number) => spec.columns![column].width!;
/** The 0-based row of the ranked row whose 工号 is `id`. */
const rowOf = (spec: SheetSpec, id: string) =>
  spec.rows.findIndex((cells) => cells[RANKING_COLUMN.id]?.value === id);

describe("the ranking tab's who columns (机构 … 岗位)", () => {
  it("keeps its widths where every value fits them, and sets no row height", () => {
    const spec = ranking([{ name: "张伟" }, { name: "王芳" }]);
    expect(width(spec, RANKING_COLUMN.name)).toBe(8);
    expect(width(spec, RANKING_COLUMN.branch)).toBe(11);
    expect(spec.rowHeights?.[rowOf(spec, "E4")]).toBeUndefined();
  });

  it("widens 姓名 for a branch-level row's 支行 name, so it prints on one line (LibreOffice keeps the row a line tall)", () => {
    const spec = ranking([{ name: "张伟" }, { name: "福田支行" }]);
    const name = width(spec, RANKING_COLUMN.name);
    expect(name).toBeGreaterThan(8);
    expect(wrappedLines("福田支行", name - 1)).toBe(1);
    expect(spec.rowHeights?.[rowOf(spec, "E5")]).toBeUndefined();
  });

  it("stops at 16 characters: a longer department wraps, its row as tall as its lines", () => {
    const long = "普惠金融事业部小微企业信贷审批中心";
    expect(printedWidth(long) + 2).toBeGreaterThan(16);
    const spec = ranking([{ department: long }, { department: "营业部" }]);
    expect(width(spec, RANKING_COLUMN.department)).toBe(16);
    const lines = wrappedLines(long, 15);
    expect(lines).toBeGreaterThan(1);
    expect(spec.rowHeights?.[rowOf(spec, "E4")]).toBeGreaterThanOrEqual(16 * lines);
    // The row of a short department holds one line.
    expect(spec.rowHeights?.[rowOf(spec, "E5")]).toBeUndefined();
  });
});

describe("the ranking tab's ranks and grade", () => {
  it("prints 名次, 等级, 岗位内名次, 机构内名次 and 加分 centred, with their headers; the rest as the writers align it", () => {
    const spec = ranking([{ name: "张伟" }, { name: "王芳" }]);
    const header = spec.rows[2];
    const row = spec.rows[rowOf(spec, "E4")];
    const centred: number[] = [
      RANKING_COLUMN.overall,
      RANKING_COLUMN.grade,
      RANKING_COLUMN.inPost,
      RANKING_COLUMN.inBranch,
      RANKING_COLUMN.bonus,
    ];
    for (let c = 0; c < RANKING_COLUMN.veto; c++) {
      const expected = centred.includes(c) ? "center" : undefined;
      expect([c, row[c].align]).toEqual([c, expected]);
      if (centred.includes(c)) expect([c, header[c].align]).toEqual([c, "center"]);
    }
    // A composite is right-aligned by the application, its header by alignNumberHeaders.
    expect(typeof row[RANKING_COLUMN.composite].value).toBe("number");
  });
});
