import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { describeWithTool } from "../support/external-tools";
import { generatedScores } from "../support/generated-scores";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { sampleTemplate } from "../support/samples";

const dir = mkdtempSync(path.join(os.tmpdir(), "ranking-lo-"));

type Ranked = {
  id: string;
  composite: number;
  rank: { overall: number; post: number; branch: number | null };
};

async function rankToFile(input: string, out: string, extra: string[]): Promise<Ranked[]> {
  let json = "";
  const code = await run(["rank", input, "--out", out, "--period", "2025Q4", "--json", ...extra], {
    out: (t) => (json += t),
    err: () => undefined,
    progress: false,
  });
  expect(code).toBeLessThan(2);
  return JSON.parse(json).ranked;
}

/** The ranking tab as LibreOffice computed it: id → composite and ranks (cached results of the formulas). */
async function tabAfterLibreOffice(soffice: string, file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await recalculateWithLibreOffice(soffice, file));
  const sheet = book.getWorksheet("排名 2025Q4");
  if (!sheet) throw new Error("the ranking tab did not survive LibreOffice");
  const read = (cell: ExcelJS.Cell): unknown => {
    const v = cell.value as ExcelJS.CellValue;
    if (v && typeof v === "object" && "richText" in v)
      return v.richText.map((run) => run.text).join("");
    // A formula whose result is "" comes back without a result.
    const result =
      v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).result : v;
    return result === "" || result === null || result === undefined ? null : result;
  };
  const rows = new Map<
    string,
    { composite: unknown; overall: unknown; post: unknown; branch: unknown }
  >();
  sheet.eachRow((row, n) => {
    if (n <= 3) return;
    const id = read(row.getCell(4));
    if (typeof id !== "string" || !/^E\d+$/.test(id)) return;
    rows.set(id, {
      composite: read(row.getCell(7)),
      overall: read(row.getCell(1)),
      post: read(row.getCell(9)),
      branch: read(row.getCell(10)),
    });
  });
  return { title: read(sheet.getCell("A1")), rows };
}

describeWithTool("libreoffice", "the ranking tab in real spreadsheet software", (soffice) => {
  const loaded = sampleTemplate();
  let input = "";

  beforeAll(async () => {
    input = path.join(dir, "scores.xlsx");
    writeFileSync(input, (await generatedScores(loaded, 240)).bytes);
  });

  it("opens in LibreOffice with its title and every ranked row", async () => {
    const out = path.join(dir, "values.xlsx");
    const ranked = await rankToFile(input, out, []);
    const tab = await tabAfterLibreOffice(soffice, out);
    expect(tab.title).toBe("2025年第四季度 运营考核排名");
    expect(tab.rows.size).toBe(ranked.length);
  });

  it.each(["dense", "competition", "average"])(
    "--live formulas (%s), recalculated by LibreOffice, give the engine's composites and ranks",
    async (method) => {
      const out = path.join(dir, `live-${method}.xlsx`);
      const ranked = await rankToFile(input, out, ["--live", "--method", method]);
      const tab = await tabAfterLibreOffice(soffice, out);
      expect(new Set(ranked.map((r) => r.composite)).size).toBeLessThan(ranked.length); // ties are exercised
      for (const row of ranked) {
        const theirs = tab.rows.get(row.id);
        expect(theirs).toBeDefined();
        expect(Math.abs((theirs?.composite as number) - row.composite)).toBeLessThanOrEqual(1e-9);
        expect([row.id, theirs?.overall, theirs?.post, theirs?.branch]).toEqual([
          row.id,
          row.rank.overall,
          row.rank.post,
          row.rank.branch,
        ]);
      }
    }
  );

  it.each(["dense", "competition", "average"])(
    "--live ranks within branches named *, 北京*, =1, ? and ~x count each branch alone (%s)",
    async (method) => {
      const hostile = ["*", "北京*", "=1", "?", "~x", "<5"];
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await generatedScores(loaded, 60)).bytes as unknown as ArrayBuffer);
      const sheet = book.getWorksheet("评分表")!;
      sheet.eachRow((row, n) => {
        if (n > 3 && row.getCell(3).value) row.getCell(1).value = hostile[n % hostile.length];
      });
      const file = path.join(dir, `wild-${method}.xlsx`);
      writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
      const out = path.join(dir, `wild-live-${method}.xlsx`);
      const ranked = await rankToFile(file, out, ["--live", "--method", method]);
      const tab = await tabAfterLibreOffice(soffice, out);
      for (const row of ranked)
        expect([row.id, tab.rows.get(row.id)?.branch]).toEqual([row.id, row.rank.branch]);
    }
  );
});
