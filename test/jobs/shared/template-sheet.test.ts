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
import fc from "fast-check";
import type { Reviews } from "../../../src/core/reviews/reviews-schema";
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

  it("left-aligns 满分 and 小数位数 beside their labels, so a number does not run into the next label", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(sampleTemplate(), "2025-12-31 09:00")]);
    const sheet = (await book.model()).getWorksheet(TEMPLATE_SHEET)!;
    expect([sheet.getCell("G2").value, sheet.getCell("H2").value]).toEqual(["满分", 100]);
    expect([sheet.getCell("I2").value, sheet.getCell("J2").value]).toEqual(["小数位数", 2]);
    expect(sheet.getCell("H2").alignment?.horizontal).toBe("left");
    expect(sheet.getCell("J2").alignment?.horizontal).toBe("left");
    // Text beside its label is left-aligned already: no style of its own.
    expect(sheet.getCell("B2").alignment?.horizontal).toBeUndefined();
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

  describe("the 【评价】 block (reviews.md §1)", () => {
    const REVIEWS: Reviews = {
      items: [
        { id: "teamwork", name: "团队协作" },
        { id: "responsibility", name: "责任意识" },
      ],
      raters: { superior: 50, peer: 40, self: 10 },
      trimAt: 5,
      minPeers: 3,
      selfGapWarning: 15,
      targets: { compliance_accuracy: ["teamwork", "responsibility"], teamwork: ["teamwork"] },
    };
    const withReviews = (reviews: unknown) => {
      const parsed = parseTemplate({ ...JSON.parse(sampleTemplate().canonical), reviews });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      return parsed.value;
    };
    async function roundTrip(reviews: unknown) {
      const loaded = withReviews(reviews);
      const book = XlsxWorkbook.empty();
      await book.write([templateSheetSpec(loaded, "2025-12-31 09:00")]);
      const grid = (await (await throughFile(book)).read([TEMPLATE_SHEET])).grids.get(
        TEMPLATE_SHEET
      )!;
      const result = readTemplateSheet(grid);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return { loaded, read: result.value.loaded, grid };
    }
    const rowsOf = (grid: { rows: { kind: string; value?: unknown }[][] }) =>
      grid.rows.map((row) => row.map((cell) => (cell.kind === "empty" ? null : cell.value)));

    it("writes items, rater weights, the three numbers and the targets under 【评价】, in HR's words", async () => {
      const { grid } = await roundTrip(REVIEWS);
      const rows = rowsOf(grid);
      const start = rows.findIndex((row) => row[0] === "【评价】");
      expect(rows.slice(start, start + 11)).toEqual([
        ["【评价】"],
        ["项目", "编号或值", "名称或评价项目"],
        ["评价项目", "teamwork", "团队协作"],
        ["评价项目", "responsibility", "责任意识"],
        ["上级权重", 50],
        ["同事权重", 40],
        ["本人权重", 10],
        ["去掉最高最低分的最少人数", 5],
        ["同事/下级最少人数", 3],
        ["自评差异提醒分数", 15],
        ["填入指标", "compliance_accuracy", "teamwork", "responsibility"],
      ]);
      expect(rows[start + 11]).toEqual(["填入指标", "teamwork", "teamwork"]);
    });

    it.each([
      ["the example", REVIEWS],
      [
        "the defaults left out",
        { ...REVIEWS, trimAt: undefined, minPeers: undefined, selfGapWarning: undefined },
      ],
      [
        "every rater type, one of them 0",
        { ...REVIEWS, raters: { superior: 1, peer: 0, subordinate: 2.5, self: 0.25 } },
      ],
      [
        "ids that look like numbers",
        { ...REVIEWS, items: [{ id: "01", name: "1e3" }], targets: { teamwork: ["01"] } },
      ],
      ["no target", { ...REVIEWS, targets: {} }],
    ])("reads back %s as the same reviews and fingerprint", async (_, reviews) => {
      const { loaded, read } = await roundTrip(reviews);
      expect(read.template.reviews).toEqual(loaded.template.reviews);
      expect(read.template).toEqual(loaded.template);
      expect(read.fingerprint).toBe(loaded.fingerprint);
    });

    // Ids with the separators of other cells (、 , ; =) too: each target item has a cell of its own.
    it("reads back any reviews block as written (property)", async () => {
      const direct = [
        "compliance_accuracy",
        "exceeded_without_risk",
        "customer_satisfaction",
        "teamwork",
      ];
      const id = fc.stringMatching(
        /^[a-z0-9_\u4e00-\u4e2f][a-z0-9_\- 、,;=\u4e00-\u4e2f]{0,11}[a-z0-9_\u4e00-\u4e2f]$/
      );
      const name = fc.stringMatching(
        /^[\u4e00-\u4e2fA-Za-z0-9][\u4e00-\u4e2fA-Za-z0-9 、,]{0,20}[\u4e00-\u4e2f]$/
      );
      const reviews = fc
        .uniqueArray(fc.record({ id, name }), {
          minLength: 1,
          maxLength: 6,
          selector: (item) => item.id,
        })
        .chain((items) =>
          fc.record({
            items: fc.constant(items),
            raters: fc
              .record(
                {
                  superior: fc.integer({ min: 0, max: 100000 }).map((n) => n / 100),
                  peer: fc.integer({ min: 0, max: 100 }),
                  subordinate: fc.integer({ min: 0, max: 100 }),
                  self: fc.integer({ min: 0, max: 100 }),
                },
                { requiredKeys: [] }
              )
              .map((raters) => ({ ...raters, peer: (raters.peer ?? 0) + 1 })),
            trimAt: fc.integer({ min: 3, max: 1000 }),
            minPeers: fc.integer({ min: 1, max: 1000 }),
            selfGapWarning: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
            targets: fc.dictionary(
              fc.constantFrom(...direct),
              fc.uniqueArray(fc.constantFrom(...items.map((item) => item.id)), { minLength: 1 }),
              { maxKeys: 4 }
            ),
          })
        );
      await fc.assert(
        fc.asyncProperty(reviews, async (generated) => {
          const { loaded, read } = await roundTrip(generated);
          expect(read.template.reviews).toEqual(generated);
          expect(read.fingerprint).toBe(loaded.fingerprint);
        }),
        { numRuns: 30 }
      );
    });

    it("writes no 【评价】 block for a template without reviews, and reads none back", async () => {
      const loaded = sampleTemplate();
      const book = XlsxWorkbook.empty();
      await book.write([templateSheetSpec(loaded, "2025-12-31 09:00")]);
      const grid = (await (await throughFile(book)).read([TEMPLATE_SHEET])).grids.get(
        TEMPLATE_SHEET
      )!;
      const texts = grid.rows.flat().flatMap((cell) => (cell.kind === "text" ? [cell.value] : []));
      expect(texts).not.toContain("【评价】");
      expect(texts).not.toContain("评价项目");
      const result = readTemplateSheet(grid);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect("reviews" in result.value.loaded.template).toBe(false);
    });

    it("names the cell of a broken reviews rule read from the sheet", async () => {
      const book = XlsxWorkbook.empty();
      await book.write([templateSheetSpec(withReviews(REVIEWS), "2025-12-31 09:00")]);
      const sheet = (await book.model()).getWorksheet(TEMPLATE_SHEET)!;
      let address = "";
      sheet.eachRow((row) => {
        if (row.getCell(1).value === "填入指标" && !address) address = row.getCell(2).address;
      });
      sheet.getCell(address).value = "approval_days";
      const snapshot = await (await throughFile(book)).read([TEMPLATE_SHEET]);
      const result = readTemplateSheet(snapshot.grids.get(TEMPLATE_SHEET)!);
      const issues = result.ok ? [] : result.issues.map((issue) => describeIssue(issue, "zh-CN"));
      expect(issues).toEqual([
        `权重模板!${address}：评价结果要填入岗位「授信审批岗」的指标「审批时效」（approval_days），但该指标不是直接打分；评价结果只能填入直接打分的指标。`,
      ]);
    });
  });
});

describe("the 【校准】 block (calibration.md §1)", () => {
  const withCalibration = (calibration: unknown) => {
    const parsed = parseTemplate({ ...JSON.parse(SAMPLE_JSON), calibration });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    return parsed.value;
  };
  const SAMPLE_JSON = readFileSync(SAMPLE_TEMPLATE_PATH, "utf8");
  async function roundTrip(loaded: ReturnType<typeof withCalibration>) {
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(loaded, "2025-12-31 09:00")]);
    const grid = (await (await throughFile(book)).read([TEMPLATE_SHEET])).grids.get(
      TEMPLATE_SHEET
    )!;
    const result = readTemplateSheet(grid);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const rows = grid.rows.map((row) =>
      row.map((cell) => (cell.kind === "empty" ? null : cell.value))
    );
    return { read: result.value.loaded, rows };
  }

  it("writes both numbers under 【校准】, a blank value where the default holds, with the defaults beside", async () => {
    const { rows } = await roundTrip(withCalibration({ gap: 3.5 }));
    const start = rows.findIndex((row) => row[0] === "【校准】");
    expect(start).toBeGreaterThan(0);
    expect(rows.slice(start, start + 4)).toEqual([
      ["【校准】"],
      ["项目", "值", "默认值"],
      ["差距阈值", 3.5, "5 分"],
      ["最小组人数", null, "5 人"],
    ]);
  });

  it.each([
    ["both numbers", { gap: 2.25, minGroup: 8 }],
    ["the gap only", { gap: 10 }],
    ["the smallest group only", { minGroup: 2 }],
    ["neither (an empty block)", {}],
    ["the defaults written out", { gap: 5, minGroup: 5 }],
  ])("reads back %s as the same block, template and fingerprint", async (_, calibration) => {
    const loaded = withCalibration(calibration);
    const { read } = await roundTrip(loaded);
    expect(read.template.calibration).toEqual(calibration);
    expect(read.template).toEqual(loaded.template);
    expect(read.fingerprint).toBe(loaded.fingerprint);
  });

  it("writes no 【校准】 block for a template without one, and reads none back", async () => {
    const loaded = sampleTemplate();
    const { read, rows } = await roundTrip(loaded);
    expect(rows.flat()).not.toContain("【校准】");
    expect("calibration" in read.template).toBe(false);
    expect(read.fingerprint).toBe(loaded.fingerprint);
  });

  it("prints as the sheet without it does: no column wider, nothing of the block wrapped", () => {
    const spec = templateSheetSpec(withCalibration({ gap: 12.5, minGroup: 100000 }), "2025-12-31");
    const without = templateSheetSpec(sampleTemplate(), "2025-12-31");
    expect(spec.columns).toEqual(without.columns);
    expect(spec.print).toEqual(without.print);
    const start = spec.rows.findIndex((row) => row[0]?.value === "【校准】");
    const block = spec.rows.slice(start, start + 4);
    expect(block.flat().some((cell) => cell?.wrap)).toBe(false);
    for (let r = start; r < start + 4; r++) expect(spec.rowHeights?.[r]).toBeUndefined();
  });

  it("names the cell of a number the sheet holds that the block refuses, in HR's words", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([templateSheetSpec(withCalibration({ gap: 5 }), "2025-12-31 09:00")]);
    const sheet = (await book.model()).getWorksheet(TEMPLATE_SHEET)!;
    const at: Record<string, string> = {};
    sheet.eachRow((row) => {
      const label = row.getCell(1).value;
      if (label === "差距阈值" || label === "最小组人数") at[label] = row.getCell(2).address;
    });
    sheet.getCell(at["差距阈值"]).value = 0;
    sheet.getCell(at["最小组人数"]).value = 2.5;
    const snapshot = await (await throughFile(book)).read([TEMPLATE_SHEET]);
    const result = readTemplateSheet(snapshot.grids.get(TEMPLATE_SHEET)!);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => describeIssue(issue, "zh-CN"))).toEqual([
      `权重模板!${at["差距阈值"]}：校准设置的差距阈值：应为大于 0 的数，单位是综合得分的分（默认 5 分），当前为「0」。`,
      `权重模板!${at["最小组人数"]}：校准设置的最小组人数：应为 2 到 100000 之间的整数，单位是人（默认 5 人），当前为「2.5」。`,
    ]);
    expect(issues.map((issue) => describeIssue(issue, "en-US"))).toEqual([
      `权重模板!${at["差距阈值"]}: Calibration settings, flagging gap: must be a number greater than 0 (in composite points; default 5), found "0".`,
      `权重模板!${at["最小组人数"]}: Calibration settings, smallest group: must be a whole number from 2 to 100000 (people; default 5), found "2.5".`,
    ]);
  });
});
