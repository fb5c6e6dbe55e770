import { readFileSync } from "node:fs";
import type { LoadedTemplate } from "../../../src/core/template/parse-template";
import { AUDIT_SHEET } from "../../../src/jobs/shared/audit-log";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import {
  WHATIF_SHEET,
  whatifInWorkbook,
  whatifJob,
  whatifSheetsToRead,
} from "../../../src/jobs/whatif/whatif-job";
import { WHATIF_COLUMN } from "../../../src/jobs/whatif/whatif-rows";
import type { OutCell, SheetSpec, WorkbookSnapshot } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { generatedScores } from "../../support/generated-scores";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../../support/samples";
import { load } from "../../support/template-builders";

const NOW = new Date(2026, 0, 9, 10, 0);
const A = sampleTemplate();
type Json = ReturnType<typeof sampleJson>;
const sampleJson = () => JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));

/** The sample with the first post's weights moved (30/40/30 → 20/50/30). */
function reweighted(): LoadedTemplate {
  const t: Json = sampleJson();
  t.version = "1.1.0";
  t.posts[0].indicators[0].weight = 20;
  t.posts[0].indicators[1].weight = 50;
  return load(t);
}

/** The sample without its first post, and with an indicator for the second that the score sheet has no column for. */
function narrowed(): LoadedTemplate {
  const t: Json = sampleJson();
  t.version = "2.0.0";
  t.posts = t.posts.slice(1);
  t.posts[0].indicators[0].weight = 10;
  t.posts[0].indicators.push({
    id: "digital_share",
    name: "线上业务占比",
    weight: 10,
    scoring: { method: "direct" },
  });
  return load(t);
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = (await generatedScores(A, 80)).bytes;
});

async function snapshotOf(): Promise<{ book: XlsxWorkbook; snapshot: WorkbookSnapshot }> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  return { book, snapshot: await book.read(whatifSheetsToRead()) };
}

const made = (result: ReturnType<typeof whatifJob>): SheetSpec => result.sheets[0].make();
const texts = (spec: SheetSpec) =>
  spec.rows.map((row) => row.map((cell: OutCell | undefined) => cell?.value ?? null));
/** The 0-based row of the sheet whose first cell starts with `start`. */
const rowStarting = (spec: SheetSpec, start: string) =>
  spec.rows.findIndex((row) => typeof row[0]?.value === "string" && row[0].value.startsWith(start));

describe("whatifJob (calibration.md §2)", () => {
  it("compares every row ranked under both, and the transitions sum to the rows compared", async () => {
    const { snapshot } = await snapshotOf();
    const result = whatifJob(snapshot, { a: A, b: reweighted(), now: NOW });
    expect(result.problems).toEqual([]);
    const c = result.comparison!;
    expect(c.rows.length).toBeGreaterThan(40);
    expect(c.onlyA).toEqual([]);
    expect(c.onlyB).toEqual([]);
    expect(c.transitions.reduce((sum, [, , n]) => sum + n, 0)).toBe(c.rows.length);
    expect(c.moved.up + c.moved.down + c.moved.stayed).toBe(c.rows.length);
    expect(c.moved.up + c.moved.down).toBeGreaterThan(0);
    // Sorted by |Δrank| descending, ties by id as text; Δrank = A − B, Δcomposite = B − A.
    for (let k = 1; k < c.rows.length; k++) {
      const [p, q] = [c.rows[k - 1], c.rows[k]];
      const order = Math.abs(p.deltaRank) - Math.abs(q.deltaRank);
      expect(order > 0 || (order === 0 && p.id < q.id)).toBe(true);
    }
    for (const row of c.rows) {
      expect(row.deltaRank).toBe(row.a.rank.overall - row.b.rank.overall);
      expect(row.deltaComposite).toBeCloseTo(row.b.composite - row.a.composite, 9);
    }
    // Only the first post's weights differ, each by post and indicator id.
    expect(c.weights.map((w) => [w.post, w.id, w.a, w.b])).toEqual([
      ["授信审批岗", "approval_days", 30, 20],
      ["授信审批岗", "npl_ratio", 40, 50],
    ]);
  });

  it("lists the rows ranked under one template only, with why, apart from the comparison", async () => {
    const { snapshot } = await snapshotOf();
    const result = whatifJob(snapshot, { a: A, b: narrowed(), now: NOW });
    const c = result.comparison!;
    expect(c.onlyB).toEqual([]);
    expect(c.onlyA.length).toBeGreaterThan(0);
    const keys = new Set(c.onlyA.map((row) => row.issue?.key));
    // A dropped post, and an indicator the sheet has no column for.
    expect(keys.has("row.unknownPost") || [...keys].some((k) => k?.includes("Post"))).toBe(true);
    expect(keys.has("row.valueMissing")).toBe(true);
    const compared = new Set(c.rows.map((row) => row.id));
    for (const one of c.onlyA) expect(compared.has(one.id)).toBe(false);
    expect(c.transitions.reduce((sum, [, , n]) => sum + n, 0)).toBe(c.rows.length);
    // The grade counts are each template's own ranked rows.
    const count = (g: typeof c.gradesA) => g.counts.reduce((sum, x) => sum + x.count, 0);
    expect(count(c.gradesA)).toBe(c.rows.length + c.onlyA.length);
    expect(count(c.gradesB)).toBe(c.rows.length);
    const kinds = c.weights.map((w) => [w.kind, w.id, w.a, w.b, w.only ?? null]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["post", "credit-approval", null, null, "a"],
        ["indicator", "customer_growth", 20, 10, null],
        ["indicator", "digital_share", null, 10, null],
      ])
    );
    // The sheet says why, in its language, under 五.
    const spec = made(result);
    const at = rowStarting(spec, "五、");
    expect(at).toBeGreaterThan(0);
    const listed = texts(spec).slice(at + 2, at + 2 + c.onlyA.length);
    expect(listed.map((row) => row[0])).toEqual(c.onlyA.map((row) => row.id));
    for (const row of listed) expect(String(row[6])).toMatch(/不在权重模板中|为空/);
  });

  it("writes 方案比较: summary first, the transition table's totals, then every row by |Δrank|", async () => {
    const { snapshot } = await snapshotOf();
    const result = whatifJob(snapshot, { a: A, b: reweighted(), now: NOW, source: "bank.xlsx" });
    const c = result.comparison!;
    const spec = made(result);
    expect(spec.name).toBe(WHATIF_SHEET);
    const rows = texts(spec);
    expect(rows[0][0]).toBe("2025年度 权重方案比较");
    expect(String(rows[1][0])).toContain(A.fingerprint.slice(0, 8));
    expect(String(rows[1][0])).toContain(reweighted().fingerprint.slice(0, 8));
    const order = ["一、", "二、", "三、", "四、", "五、", "六、", "七、"].map((s) =>
      rowStarting(spec, s)
    );
    expect(order.every((r, k) => r > 0 && (k === 0 || r > order[k - 1]))).toBe(true);
    // 三: a row per A grade, a column per B grade, totals summing to the rows compared.
    const header = order[2] + 1;
    const bands = A.template.grades.length;
    const total = rows[header + bands + 1];
    expect(total[0]).toBe("合计");
    expect(total[4 + bands]).toBe(c.rows.length);
    const inner = rows.slice(header + 1, header + 1 + bands);
    expect(inner.reduce((sum, row) => sum + (row[4 + bands] as number), 0)).toBe(c.rows.length);
    // 七: every compared row, in the comparison's order, with both sides and the changes.
    const table = order[6] + 2;
    const body = rows.slice(table, table + c.rows.length);
    expect(body.map((row) => row[WHATIF_COLUMN.id])).toEqual(c.rows.map((row) => row.id));
    const first = c.rows[0];
    expect(body[0][WHATIF_COLUMN.rankA]).toBe(first.a.rank.overall);
    expect(body[0][WHATIF_COLUMN.rankB]).toBe(first.b.rank.overall);
    expect(body[0][WHATIF_COLUMN.deltaRank]).toBe(first.deltaRank);
    expect(spec.rows[table][WHATIF_COLUMN.deltaRank].format).toBe("+0;-0;0");
    expect(spec.rows[table][WHATIF_COLUMN.compositeA].format).toBe("0.00");
    expect(spec.filter).toBe(`A${table}:N${table + c.rows.length}`);
    expect(spec.print).toMatchObject({ repeatRows: `${table}:${table}` });
    expect(spec.provenance).toMatchObject({
      kind: "comparison",
      templateFingerprint: A.fingerprint,
      againstTemplateFingerprint: reweighted().fingerprint,
      inputHash: result.inputHash,
      method: "dense",
      source: "bank.xlsx",
    });
  });

  it("speaks English when asked, and --method overrides both templates' ranks", async () => {
    const { snapshot } = await snapshotOf();
    const result = whatifJob(snapshot, {
      a: A,
      b: reweighted(),
      now: NOW,
      locale: "en-US",
      method: "competition",
    });
    const spec = made(result);
    const rows = texts(spec);
    expect(rows[0][0]).toBe("Weight template comparison, 2025");
    expect(rows.flat()).toContain("Δrank");
    expect(rows.flat()).toContain("Composite (A)");
    expect(spec.provenance.method).toBe("competition");
    // The line under the title names the method in the reader's language, never by its code.
    expect(rows[1][0]).toContain("Competition (as RANK.EQ)");
    expect(rows[1][0]).not.toMatch(/\bcompetition\b/);
  });

  it("refuses a sheet it cannot read, saying which", async () => {
    const { snapshot } = await snapshotOf();
    const result = whatifJob(snapshot, { a: A, b: reweighted(), sheet: "没有这张表" });
    expect(result.comparison).toBeNull();
    expect(result.sheets).toEqual([]);
    expect(result.problems.map((p) => p.key)).toContain("sheet.missing");
  });
});

describe("whatifInWorkbook (the pane)", () => {
  it("takes A from the workbook's 权重模板, writes only 方案比较 and a whatif row in the 审计日志", async () => {
    const { book } = await snapshotOf();
    const before = await book.read([]);
    const dry = await whatifInWorkbook(book, { b: reweighted(), write: false, now: NOW });
    expect(dry.comparison?.rows.length).toBeGreaterThan(0);
    expect((await book.read([])).sheets).toEqual(before.sheets);
    const result = await whatifInWorkbook(book, { b: reweighted(), write: true, now: NOW });
    expect(result.problems).toEqual([]);
    const after = await book.read([WHATIF_SHEET, AUDIT_SHEET, TEMPLATE_SHEET]);
    const names = after.sheets.map((s) => s.name);
    expect([...names].sort()).toEqual([...before.sheets.map((s) => s.name), WHATIF_SHEET].sort());
    expect(after.registry[WHATIF_SHEET]).toMatchObject({
      kind: "comparison",
      templateFingerprint: A.fingerprint,
    });
    const log = after.grids.get(AUDIT_SHEET)!.rows;
    const last = log[log.length - 1].map((cell) => ("value" in cell ? cell.value : null));
    expect(last[1]).toBe("whatif");
    expect(last[5]).toBe(A.fingerprint);
  });

  it("refuses without a template A when the workbook has no 权重模板", async () => {
    const book = XlsxWorkbook.empty();
    const result = await whatifInWorkbook(book, { b: reweighted(), write: true });
    expect(result.comparison).toBeNull();
    expect(result.problems.map((p) => p.key)).toEqual(["whatif.noTemplate"]);
  });
});
