import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "../../support/run-cli";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { SAMPLE_TEMPLATE_PATH } from "../../support/samples";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "annual-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const quarter = (q: number) => path.join(dir, `2025Q${q}.xlsx`);

describe("bank-assess annual (cycle.md §2, §7)", () => {
  beforeAll(async () => {
    for (const q of [1, 2, 3, 4])
      await cli("rank", SAMPLE_SCORES, "--out", quarter(q), "--period", `2025Q${q}`);
  });

  it("combines four quarterly ranking workbooks into 年度排名 2025, and leaves them as they were", async () => {
    const before = [1, 2, 3, 4].map((q) => sha(quarter(q)));
    const out = path.join(dir, "annual.xlsx");
    const {
      code,
      out: json,
      err,
    } = await cli("annual", ...[1, 2, 3, 4].map(quarter), "--out", out, "--json");
    expect(code).toBe(0);
    expect(err).toContain("年度排名 2025");
    const result = JSON.parse(json);
    expect(result.year).toBe(2025);
    // The same data each quarter: the annual composite is each quarter's, and so are the ranks.
    const quarterly = JSON.parse(
      (
        await cli(
          "rank",
          SAMPLE_SCORES,
          "--out",
          path.join(dir, "again.xlsx"),
          "--period",
          "2025Q4",
          "--json"
        )
      ).out
    );
    const composites = new Map(
      quarterly.ranked.map((row: { id: string; composite: number }) => [row.id, row.composite])
    );
    expect(result.ranked).toHaveLength(quarterly.ranked.length);
    for (const row of result.ranked) {
      expect(row.composite).toBe(composites.get(row.id));
      expect(Object.keys(row.quarters)).toEqual(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
      expect(row.trend).toBe(0);
    }
    expect([1, 2, 3, 4].map((q) => sha(quarter(q)))).toEqual(before);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const snapshot = await book.read(["年度排名 2025"]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["权重模板", "年度排名 2025", "审计日志"]);
    expect(snapshot.registry["年度排名 2025"]).toMatchObject({ kind: "ranking", period: "2025" });
    const header = snapshot.grids
      .get("年度排名 2025")!
      .rows[2].map((cell) => (cell.kind === "text" ? cell.value : ""));
    expect(header.slice(12)).toEqual([
      "Q1得分",
      "Q1等级",
      "Q2得分",
      "Q2等级",
      "Q3得分",
      "Q3等级",
      "Q4得分",
      "Q4等级",
      "趋势",
      "岗位变动",
    ]);
  });

  it("lists everyone as short of quarters when the template asks for more than there are", async () => {
    const template = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));
    template.annual = { minQuarters: 3 };
    const file = path.join(dir, "min3.json");
    writeFileSync(file, JSON.stringify(template));
    // The quarters were ranked with the sample template: a template with other settings is another version
    // of the same template id, which the annual result accepts.
    const { code, out } = await cli(
      "annual",
      quarter(1),
      quarter(2),
      "--template",
      file,
      "--out",
      path.join(dir, "short.xlsx"),
      "--json"
    );
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.ranked).toEqual([]);
    expect(result.unranked[0].reason).toBe("季度结果不足：2 个，至少需要 3 个。");
  });

  it("refuses a period given twice, naming both files, with exit code 2", async () => {
    const { code, err } = await cli(
      "annual",
      quarter(1),
      quarter(1),
      "--out",
      path.join(dir, "x.xlsx")
    );
    expect(code).toBe(2);
    expect(err).toContain(
      "期间 2025Q1 出现了两次：2025Q1.xlsx · 排名 2025Q1 和 2025Q1.xlsx · 排名 2025Q1"
    );
  });

  it("refuses a workbook without a quarterly ranking, and speaks English when asked", async () => {
    const { code, err } = await cli(
      "annual",
      SAMPLE_SCORES,
      "--out",
      path.join(dir, "y.xlsx"),
      "--lang",
      "en-US"
    );
    expect(code).toBe(2);
    expect(err).toContain(
      "ops-2025.scores.xlsx has no ranking tab written by the add-in (by rank or collect): rank each quarter first"
    );
  });

  it("refuses a year's ranking among the quarters, saying which period each file holds", async () => {
    const year = path.join(dir, "2025.xlsx");
    await cli("rank", SAMPLE_SCORES, "--out", year, "--period", "2025");
    const { code, err } = await cli(
      "annual",
      quarter(1),
      year,
      quarter(2),
      "--out",
      path.join(dir, "z.xlsx")
    );
    expect(code).toBe(2);
    expect(err).toBe(
      [
        "✗ 2025.xlsx 中的排名表是 2025（年度），不是季度排名：年度结果由各季度的排名汇总，请为每个季度分别排名（考核期 2025Q1 至 2025Q4）后再生成年度结果。",
        "✗ 各文件所含排名的考核期分别为 2025Q1.xlsx：2025Q1；2025.xlsx：2025（年度）；2025Q2.xlsx：2025Q2。",
        "",
      ].join("\n")
    );
    const en = await cli("annual", year, "--out", path.join(dir, "z.xlsx"), "--lang", "en-US");
    expect(en.err).toContain(
      "2025.xlsx holds only the ranking of 2025 (a year), no quarterly ranking"
    );
  });
});
