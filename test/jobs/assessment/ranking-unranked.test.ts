import { assess } from "../../../src/core/assess/assess";
import type { ScoreRecord } from "../../../src/core/assess/score-record";
import type { Issue } from "../../../src/jobs/shared/issue";
import { rankingSheetSpec } from "../../../src/jobs/assessment/ranking-sheet";
import { wrappedLines } from "../../../src/jobs/shared/print-layout";
import { QUARTERLY_RANKING } from "../../support/ranking-options";
import { sampleTemplate } from "../../support/samples";

const loaded = sampleTemplate();

/** A score sheet whose every row is wrong (an unknown post), but for two good rows, as `readScoreSheet` gives it. */
function records(count: number): ScoreRecord[] {
  const out: ScoreRecord[] = [];
  for (let k = 0; k < count; k++) {
    const row = k + 4;
    const good = k === 7 || k === 8;
    out.push({
      id: `E${row}`,
      name: `员工${row}`,
      branch: "北京分行",
      post: good ? "授信审批岗" : "无此岗位",
      values: { approval_days: 3, npl_ratio: 0.01, compliance_accuracy: 95 },
      source: { sheet: "评分表", row, columns: { id: "C", post: "E" } },
    });
  }
  // One id on two rows: each row is listed with its own reason, never the other's.
  out[20] = { ...out[20], id: "DUP" };
  out[30] = { ...out[30], id: "DUP", post: "也没有" };
  return out;
}

/** The issues, with every read of an item counted (a reader that looks at each issue once per row is quadratic). */
function counted(issues: Issue[]): { issues: Issue[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(issues, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { issues: proxy, reads: () => reads };
}

describe("the rows that could not be ranked, below the ranking", () => {
  it("lists every unranked row with its own reasons, counts them, and reads each issue a bounded number of times", () => {
    const count = 3000;
    const report = assess(loaded, records(count));
    expect(report.unranked).toHaveLength(count - 2);
    const { issues, reads } = counted([...report.issues]);
    const spec = rankingSheetSpec(loaded, report, issues, QUARTERLY_RANKING);
    // Linear: a few passes over the issues, not one pass for each unranked row (9 million reads before).
    expect(reads()).toBeLessThanOrEqual(5 * report.issues.length);

    const texts = spec.rows.map((cells) => cells.map((cell) => cell?.value));
    const heading = texts.findIndex((cells) => cells[0] === `未能排名（${count - 2} 行）`);
    expect(heading).toBeGreaterThan(0);
    // In the ranking's own columns, under its header (repeated on every printed page): no 名次, then
    // 机构 … 岗位, and the reason from 综合得分 on.
    expect(texts[heading + 1]).toEqual([null, "机构", "部门", "工号", "姓名", "岗位", "原因"]);
    const listed = texts.slice(heading + 2);
    expect(listed).toHaveLength(count - 2);
    for (const [rank, branch, , id, name, post, reason] of listed) {
      expect([rank, branch]).toEqual([null, "北京分行"]);
      const row = Number(String(name).slice(2));
      if (id === "DUP") continue;
      expect(id).toBe(`E${row}`);
      expect(reason).toBe(`评分表!E${row}：「${id}」的岗位「${post}」不在权重模板中。`);
    }
    const unrankedRows = spec.rows.length - listed.length;
    for (let r = unrankedRows; r < spec.rows.length; r++)
      expect(spec.merges).toContain(`G${r + 1}:L${r + 1}`);
    const duplicates = listed.filter((cells) => cells[3] === "DUP");
    expect(duplicates.map((cells) => cells[6])).toEqual([
      "评分表!C24：工号/编号「DUP」出现多次（第 24、34 行），请核对后保留一行。评分表!E24：「DUP」的岗位「无此岗位」不在权重模板中。",
      "评分表!C34：工号/编号「DUP」出现多次（第 24、34 行），请核对后保留一行。评分表!E34：「DUP」的岗位「也没有」不在权重模板中。",
    ]);
  });
});

describe("the rows that could not be ranked, on a tab printed pages across (the annual tab)", () => {
  it("puts each reason in 否决原因 alone, merged across no page's edge, its row as tall as its lines", () => {
    const report = assess(loaded, records(40));
    const extraColumns = Array.from({ length: 12 }, (_, k) => ({
      header: `Q${k}得分`,
      width: 10,
      format: "0.00",
      value: () => null,
    }));
    const spec = rankingSheetSpec(loaded, report, report.issues, {
      ...QUARTERLY_RANKING,
      name: "年度排名 2025",
      period: "2025",
      source: "排名 2025Q1",
      extraColumns,
      detail: false,
    });
    expect(spec.print?.repeatColumns).toBe("A:F");
    expect(spec.print?.fitToWidth).toBeFalsy();
    const heading = spec.rows.findIndex((cells) => cells[0]?.value === "未能排名（38 行）");
    expect(spec.rows[heading + 1][11].value).toBe("原因");
    const listed = spec.rows.slice(heading + 2);
    expect(listed).toHaveLength(38);
    listed.forEach((cells, k) => {
      const r = heading + 2 + k;
      expect(cells[11].value).toMatch(/^评分表!/);
      expect(cells.slice(6, 11).every((cell) => cell.value === null)).toBe(true);
      expect(
        spec.merges!.filter((ref) => ref.endsWith(`${r + 1}`) && ref.includes(`${r + 1}:`))
      ).toEqual([]);
      // A reason longer than the column wraps: its row is as tall as its lines.
      expect(spec.rowHeights?.[r]).toBeGreaterThan(16);
    });
  });
});

describe("an unranked row's own values", () => {
  it("make its row as tall as a department longer than its column (not only as tall as its reason)", () => {
    const long = "普惠金融事业部小微企业信贷审批中心第二分部";
    const rows = records(40).map((record) => ({ ...record, department: long }));
    const report = assess(loaded, rows);
    const spec = rankingSheetSpec(loaded, report, report.issues, QUARTERLY_RANKING);
    const heading = spec.rows.findIndex((cells) => cells[0]?.value === "未能排名（38 行）");
    const width = spec.columns![2].width!;
    const lines = wrappedLines(long, width - 1);
    expect(lines).toBeGreaterThan(1);
    for (let r = heading + 2; r < spec.rows.length; r++) {
      expect(spec.rows[r][2].value).toBe(long);
      expect(spec.rowHeights?.[r]).toBeGreaterThanOrEqual(16 * lines);
    }
  });
});
