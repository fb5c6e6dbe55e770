import { SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import { AUDIT_SHEET } from "../../../src/jobs/shared/audit-log";
import { TEMPLATE_SHEET } from "../../../src/jobs/shared/template-sheet";
import { peopleFromGrid, reviewFormSpec } from "../../../src/jobs/reviews/review-form";
import { scorePeople } from "../../../src/jobs/reviews/review-scores";
import { REVIEW_STATUS_SHEET, REVIEW_SUMMARY_SHEET } from "../../../src/jobs/reviews/review-sheets";
import { collectReviews, writeReviews } from "../../../src/jobs/reviews/reviews-job";
import { cellAt, type Grid } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../../support/review-forms";
import { submission } from "../../support/submissions";
import { columnOf } from "../../support/fill-score-sheet";

const OKR = columnOf(reviewsTemplate(), "okr_completion");
const okrAt = OKR.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const template = reviewsTemplate();
const reviews = template.template.reviews!;
const rows = scoreRows();
const rated = people(rows);
const online = ["O1", "O2", "O3", "O4", "O5", "O6"];

const asSubmission = (name: string, bytes: Uint8Array) => ({ name, read: async () => bytes });

async function scoresSnapshot() {
  const book = await XlsxWorkbook.fromBuffer(await submission(template, rows));
  return book.read([SCORE_SHEET, TEMPLATE_SHEET, AUDIT_SHEET]);
}

/** The forms of the story: a superior, three peers (one a straight-liner, one with mistakes), O1's self review. */
async function forms() {
  const superior = await filledForm(template, rated, "S01", all(online, "上级", [90, 80]));
  const peer1 = await filledForm(template, rated, "R101", all(online, "同事", [70, 75]));
  const peer2 = await filledForm(template, rated, "R102", {
    ...all(online, "同事", [80, 85]),
    O2: { relation: "同事", values: [80, "九十"] },
    O4: { relation: "朋友", values: [60, 60] },
  });
  const flat = await filledForm(template, rated, "R103", all(online.slice(0, 5), "同事", [80, 80]));
  const self = await filledForm(template, rated, "O1", {
    O1: { relation: "同事", values: [100, 100] },
  });
  const twiceA = await filledForm(template, rated, "R104", all(["O1"], "同事", [10, 10]));
  const twiceB = await filledForm(template, rated, "R104", all(["O2"], "同事", [10, 10]));
  const anonymous = await filledForm(template, rated, null, all(["O1"], "同事", [10, 10]));
  return [
    asSubmission("上级S01.xlsx", superior),
    asSubmission("同事R101.xlsx", peer1),
    asSubmission("同事R102.xlsx", peer2),
    asSubmission("同事R103.xlsx", flat),
    asSubmission("本人O1.xlsx", self),
    asSubmission("R104-1.xlsx", twiceA),
    asSubmission("R104-2.xlsx", twiceB),
    asSubmission("无名.xlsx", anonymous),
    asSubmission("上级S01-再次.xlsx", superior),
    asSubmission("坏文件.xlsx", new TextEncoder().encode("不是工作簿")),
  ];
}

describe("the review form (reviews.md §2)", () => {
  it("has the rater's cells on top, a relation drop-down, 0–100 items and prints on A4", () => {
    const spec = reviewFormSpec(template, {
      people: rated,
      generatedAt: "2025-12-20 10:00",
      locale: "zh-CN",
    });
    expect(spec.name).toBe("评价表");
    expect(spec.rows[2].map((c) => c.value)).toEqual(["评价人工号", null, "评价人姓名", null]);
    expect(spec.rows[2][1].unlocked).toBe(true);
    expect(spec.rows[3].map((c) => c.value)).toEqual([
      "机构",
      "部门",
      "工号",
      "姓名",
      "岗位",
      "评价关系",
      "团队协作（teamwork）",
      "责任意识（responsibility）",
    ]);
    expect(spec.rows[4].slice(0, 5).map((c) => c.value)).toEqual([
      "北京分行",
      "运营部",
      "O1",
      "员工O1",
      "线上运营岗",
    ]);
    expect(spec.rows).toHaveLength(4 + rated.length);
    expect(spec.validations).toEqual([
      expect.objectContaining({
        kind: "list",
        range: "F5:F11",
        values: ["上级", "同事", "下级", "本人"],
      }),
      expect.objectContaining({ kind: "decimal", range: "G5:G11", min: 0, max: 100 }),
      expect.objectContaining({ kind: "decimal", range: "H5:H11", min: 0, max: 100 }),
    ]);
    expect(spec.print).toMatchObject({ repeatRows: "1:4", header: "内部资料 注意保密" });
    expect(spec.protect).toBe(true);
    expect(spec.provenance.templateFingerprint).toBe(template.fingerprint);
  });

  it("without people, gives blank rows to fill, in the user's language around the fixed headers", () => {
    const spec = reviewFormSpec(template, {
      people: [],
      rows: 20,
      generatedAt: "2025-12-20 10:00",
      locale: "en-US",
    });
    expect(spec.rows).toHaveLength(4 + 20);
    expect(spec.rows[4].every((cell) => cell.unlocked)).toBe(true);
    expect(spec.rows[0][0].value).toBe(`Review form: ${template.template.name} (version 1.0.0)`);
    expect(spec.rows[3][5].value).toBe("评价关系");
    expect(spec.print).toMatchObject({ fitToWidth: true, header: "Internal · Confidential" });
  });

  it("takes its people from a roster or from the score sheet", async () => {
    const snapshot = await scoresSnapshot();
    expect(peopleFromGrid(snapshot.grids.get(SCORE_SHEET)).map((p) => p.id)).toEqual(
      rated.map((p) => p.id)
    );
    expect(scorePeople(snapshot, template)?.map((p) => p.post)).toEqual(rated.map((p) => p.post));
    const roster: Grid = {
      name: "名单",
      rows: [
        [{ kind: "text", value: "员工名单" }],
        [
          { kind: "text", value: "工号" },
          { kind: "text", value: "姓名" },
        ],
        [
          { kind: "number", value: 1001 },
          { kind: "text", value: "张三" },
        ],
        [
          { kind: "text", value: "1001" },
          { kind: "text", value: "张三" },
        ],
      ],
    };
    expect(peopleFromGrid(roster)).toEqual([
      { id: "1001", name: "张三", branch: undefined, department: undefined, post: undefined },
    ]);
  });
});

describe("reading returned forms and aggregating them (reviews.md §3)", () => {
  let collected: Awaited<ReturnType<typeof collectReviews>>;
  beforeAll(async () => {
    collected = await collectReviews(await forms(), {
      reviews,
      precision: template.template.precision,
      people: rated.map((p) => p.id),
      open: (bytes) => XlsxWorkbook.fromBuffer(bytes),
    });
  });

  const form = (file: string) => collected.forms.find((f) => f.file === file)!;
  const person = (id: string) => collected.people.find((p) => p.person === id)!;

  it("names each form's state, and each problem by its cell; the other files go on", () => {
    expect(collected.forms.map((f) => [f.file, f.state])).toEqual([
      ["上级S01.xlsx", "accepted"],
      ["同事R101.xlsx", "accepted"],
      ["同事R102.xlsx", "attention"],
      ["同事R103.xlsx", "attention"],
      ["本人O1.xlsx", "accepted"],
      ["R104-1.xlsx", "refused"],
      ["R104-2.xlsx", "refused"],
      ["无名.xlsx", "refused"],
      ["上级S01-再次.xlsx", "duplicate"],
      ["坏文件.xlsx", "refused"],
    ]);
    const errors = form("同事R102.xlsx").issues.map((i) => [i.key, i.cell]);
    expect(errors).toEqual([
      ["reviews.badValue", "评价表!H6"],
      ["reviews.badRelation", "评价表!F8"],
    ]);
    expect(form("同事R102.xlsx").rows).toBe(5);
    expect(form("R104-1.xlsx").note).toEqual({
      key: "reviews.twoForms",
      params: { rater: "R104", files: ["R104-1.xlsx", "R104-2.xlsx"] },
    });
    expect(form("无名.xlsx").note.key).toBe("reviews.noRater");
    expect(form("无名.xlsx").issues[0].cell).toBe("评价表!B3");
    expect(form("上级S01-再次.xlsx").note).toEqual({
      key: "collect.duplicate",
      params: { file: "上级S01.xlsx" },
    });
    expect(collected.straightLiners).toEqual(["同事R103.xlsx"]);
    expect(collected.unreviewed).toEqual(["C1"]);
  });

  it("computes §3's figures: weighted types, the bad value left out, too few peers, the self gap", () => {
    // O3: superior 90/80, peers (70+80+80)/3 and (75+85+80)/3, weights 50 and 40.
    const teamwork = (50 * 90 + 40 * ((70 + 80 + 80) / 3)) / 90;
    const responsibility = (50 * 80 + 40 * 80) / 90;
    expect(person("O3").targets.okr_completion).toBe(
      Math.round(((teamwork + responsibility) / 2) * 100) / 100
    );
    expect(person("O3").raters).toEqual({ superior: 1, peer: 3, subordinate: 0, self: 0 });
    // O2: R102's 九十 is not used: responsibility's peers are 75 and 80.
    expect(person("O2").items.responsibility).toBe(
      Math.round(((50 * 80 + 40 * 77.5) / 90) * 100) / 100
    );
    // O4: R102's row had no relation: two peers left, the peer group is not used.
    expect(person("O4").raters.peer).toBe(0);
    expect(person("O4").reasons).toEqual([
      { key: "reviews.tooFewRaters", params: { type: "peer", count: 2, min: 3 } },
    ]);
    expect(person("O4").targets.okr_completion).toBe(85);
    // O1 rated himself (as 同事 on the form: counted as self).
    expect(person("O1").raters.self).toBe(1);
    expect(person("O1").selfGapWarning).toBe(true);
    expect(person("C1").targets.okr_completion).toBeNull();
  });

  it("writes a new workbook: 评分表 filled (kept where a value was), 评价汇总, 评价表情况, the audit row", async () => {
    const scores = await scoresSnapshot();
    const output = XlsxWorkbook.empty();
    const written = await writeReviews(output, collected, {
      template,
      scores,
      source: "评分表.xlsx",
      overwrite: false,
      locale: "zh-CN",
      now: new Date(2025, 11, 21),
    });
    expect(written.filled).toBe(5);
    expect(written.issues.map((i) => [i.key, i.cell])).toEqual([
      ["reviews.keptValue", `评分表!${OKR}9`],
    ]);
    const back = await XlsxWorkbook.fromBuffer(await output.toBuffer());
    const read = await back.read([
      SCORE_SHEET,
      REVIEW_SUMMARY_SHEET,
      REVIEW_STATUS_SHEET,
      AUDIT_SHEET,
    ]);
    expect(read.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "权重模板",
        SCORE_SHEET,
        REVIEW_SUMMARY_SHEET,
        REVIEW_STATUS_SHEET,
        AUDIT_SHEET,
      ])
    );
    const sheet = read.grids.get(SCORE_SHEET)!;
    expect(cellAt(sheet, 3, okrAt)).toMatchObject({
      kind: "number",
      value: person("O1").targets.okr_completion,
    });
    expect(cellAt(sheet, 8, okrAt)).toMatchObject({ kind: "number", value: 70 });
    const audit = read.grids.get(AUDIT_SHEET)!;
    const last = audit.rows[audit.rows.length - 1].map((c) => ("value" in c ? c.value : null));
    expect(last).toContain("reviews");
    expect(last).toContain(collected.inputHash);
    const status = read.grids.get(REVIEW_STATUS_SHEET)!;
    const texts = status.rows.flat().map((c) => ("value" in c ? String(c.value) : ""));
    expect(texts).toContain("同事R103.xlsx");
    expect(texts).toContain("C1");
    // 自评差异 is centred, header and values: right-aligned, it touched the 说明 printed after it.
    const model = await back.model();
    const summary = model.getWorksheet(REVIEW_SUMMARY_SHEET)!;
    const headerCells: string[] = [];
    summary.getRow(3).eachCell((cell) => headerCells.push(String(cell.value)));
    const gap = headerCells.indexOf("自评差异") + 1;
    expect(headerCells[gap]).toBe("说明");
    for (let r = 3; r <= 4; r++)
      expect([r, summary.getRow(r).getCell(gap).alignment?.horizontal]).toEqual([r, "center"]);
  });

  it("replaces a value the sheet held only with overwrite", async () => {
    const output = XlsxWorkbook.empty();
    const written = await writeReviews(output, collected, {
      template,
      scores: await scoresSnapshot(),
      source: "评分表.xlsx",
      overwrite: true,
      locale: "en-US",
    });
    expect(written.filled).toBe(6);
    expect(written.issues.map((i) => i.key)).toEqual(["reviews.replacedValue"]);
    const sheet = (
      await (await XlsxWorkbook.fromBuffer(await output.toBuffer())).read([SCORE_SHEET])
    ).grids.get(SCORE_SHEET)!;
    expect(cellAt(sheet, 8, okrAt)).toMatchObject({
      kind: "number",
      value: person("O6").targets.okr_completion,
    });
  });
});
