import { describeIssue } from "../../../src/core/assess/issue-text";
import {
  parseParameters,
  readTemplateSheet,
  TEMPLATE_SHEET,
  templateSheetSpec,
} from "../../../src/jobs/shared/template-sheet";
import { parseTemplate } from "../../../src/core/template/parse-template";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { readFileSync } from "node:fs";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../../support/samples";
import { load } from "../../support/template-builders";

async function throughFile(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

describe("the 权重模板 sheet", () => {
  it("reads back as the same template, with the same fingerprint, through a real .xlsx file", async () => {
    const loaded = sampleTemplate();
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(loaded, "2025-12-31 09:00")]);
    const reopened = await throughFile(book);
    const snapshot = await reopened.read([TEMPLATE_SHEET]);
    const result = readTemplateSheet(snapshot.grids.get(TEMPLATE_SHEET)!);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.loaded.fingerprint).toBe(loaded.fingerprint);
    expect(result.value.loaded.template).toEqual(loaded.template);
    expect(result.value.recordedFingerprint).toBe(loaded.fingerprint);
    expect(snapshot.registry[TEMPLATE_SHEET]).toMatchObject({
      kind: "template",
      templateFingerprint: loaded.fingerprint,
    });
  });

  it("carries the annual and outcome settings, pass marks and training courses both ways (cycle.md §2–§4)", async () => {
    const sample = sampleTemplate();
    const raw = JSON.parse(sample.canonical);
    raw.grades[3].pass = false;
    raw.grades[4].pass = false;
    raw.posts[0].indicators[0].training = ["信贷风险研判进阶", "审批时效管理"];
    raw.annual = { quarterWeights: [20, 20, 30, 30], minQuarters: 2 };
    raw.outcomes = {
      reward: { grades: ["优秀", "良好"] },
      warning: { rectifyWorkdays: 10 },
      penalty: { consecutiveFailures: 3 },
      appealWorkdays: 7,
    };
    const parsed = parseTemplate(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(parsed.value, "2025-12-31 09:00")]);
    const grid = (await (await throughFile(book)).read([TEMPLATE_SHEET])).grids.get(
      TEMPLATE_SHEET
    )!;
    const result = readTemplateSheet(grid);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.loaded.template).toEqual(parsed.value.template);
    expect(result.value.loaded.fingerprint).toBe(parsed.value.fingerprint);
    expect(
      grid.rows.some((row) => row[0]?.kind === "text" && row[0].value === "【结果应用】")
    ).toBe(true);
  });

  it("writes no settings block, pass column or course column for a template without them", async () => {
    const book = XlsxWorkbook.empty();
    // The sample template without its cycle settings, as templates written before them are.
    const json = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));
    delete json.annual;
    delete json.outcomes;
    for (const band of json.grades) delete band.pass;
    for (const post of json.posts)
      for (const indicator of post.indicators) delete indicator.training;
    await book.write([templateSheetSpec(load(json), "2025-12-31 09:00")]);
    const grid = (await book.read([TEMPLATE_SHEET])).grids.get(TEMPLATE_SHEET)!;
    const texts = grid.rows.flat().flatMap((cell) => (cell.kind === "text" ? [cell.value] : []));
    expect(texts).not.toContain("【结果应用】");
    expect(texts).not.toContain("通过");
    expect(texts).not.toContain("培训课程");
  });

  it("is protected, with the fingerprint shown above the table", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(sampleTemplate(), "2025-12-31 09:00")]);
    const sheet = (await book.model()).getWorksheet(TEMPLATE_SHEET)!;
    expect(
      (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
    ).toBe(true);
    expect(sheet.getCell("C3").value).toBe("指纹");
    expect(String(sheet.getCell("D3").value)).toMatch(/^[0-9a-f]{64}$/);
  });

  async function withWeight(weight: unknown) {
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(sampleTemplate(), "2025-12-31 09:00")]);
    const sheet = (await book.model()).getWorksheet(TEMPLATE_SHEET)!;
    let address = "";
    sheet.eachRow((row) => {
      if (row.getCell(4).value === "approval_days" && !address) address = row.getCell(8).address;
    });
    sheet.getCell(address).value = weight as number;
    const snapshot = await (await throughFile(book)).read([TEMPLATE_SHEET]);
    const result = readTemplateSheet(snapshot.grids.get(TEMPLATE_SHEET)!);
    return {
      address,
      issues: result.ok ? [] : result.issues.map((issue) => describeIssue(issue, "zh-CN")),
    };
  }

  it("rejects a weight that breaks the sum, naming the post's row", async () => {
    const { issues } = await withWeight(29.99);
    expect(issues).toEqual([
      expect.stringMatching(/^权重模板!A\d+：岗位「授信审批岗」的指标权重合计为 99.99，应恰为 100/),
    ]);
  });

  it("names the very cell of a weight that is not a number", async () => {
    const { address, issues } = await withWeight("三十");
    expect(issues[0]).toBe(
      `权重模板!${address}：岗位「授信审批岗」指标「审批时效」的权重：应为数字，当前为「三十」。`
    );
  });

  it("parses parameters written as text", () => {
    expect(parseParameters("target=2; cap=1.2")).toEqual({ target: 2, cap: 1.2 });
    expect(parseParameters("points=0:0, 0.2:60; below=0")).toEqual({
      points: [
        [0, 0],
        [0.2, 60],
      ],
      below: 0,
    });
  });
});
