import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../../support/run-cli";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "verify-cli-"));

describe("bank-assess verify (cycle.md §6.2, §7)", () => {
  const ranked = path.join(dir, "ranked.xlsx");
  beforeAll(async () => {
    await cli("rank", SAMPLE_SCORES, "--period", "2025Q4", "--out", ranked);
  });

  it("exits 0 and says so when everything is reproduced; --json as §7", async () => {
    const { code, out, err } = await cli("verify", ranked, "--json");
    expect(code).toBe(0);
    expect(err).toContain("已核验 1 张排名表（16 行）：结果全部可重现。");
    expect(JSON.parse(out)).toMatchObject({ reproduced: true, differences: [] });
  });

  it("exits 1 with each difference and its cell, in English with --lang en-US", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(ranked);
    book.getWorksheet("排名 2025Q4")!.getCell("G12").value = 88.5;
    const edited = path.join(dir, "edited.xlsx");
    await book.xlsx.writeFile(edited);
    const { code, out, err } = await cli("verify", edited, "--json", "--lang", "en-US");
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.reproduced).toBe(false);
    expect(json.differences).toMatchObject([
      { sheet: "排名 2025Q4", cell: "G12", what: "composite", recorded: 88.5 },
    ]);
    expect(err).toMatch(/排名 2025Q4!G12: composite is 88\.5, recomputed [\d.]+/);
    expect(err).toContain("1 difference found");
  });

  it("exits 2 when there is nothing it can verify, and says why", async () => {
    const { code, err } = await cli("verify", SAMPLE_SCORES);
    expect(code).toBe(2);
    expect(err).toContain("没有加载项生成的排名表");
    const missing = await cli("verify", path.join(dir, "nothing.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("文件不存在");
  });
});
