import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/main";
import { generatedScores } from "../../support/generated-scores";
import { sampleTemplate } from "../../support/samples";

const dir = mkdtempSync(path.join(os.tmpdir(), "ranking-formulas-"));

type Live = { formula: string; result: unknown; column: number };

/** Every formula of the live ranking tab of 120 generated rows, ranked by `method`, with its cached result. */
async function liveCellsOf(method: string): Promise<Live[]> {
  const input = path.join(dir, `scores-${method}.xlsx`);
  writeFileSync(input, (await generatedScores(sampleTemplate(), 120)).bytes);
  const out = path.join(dir, `live-${method}.xlsx`);
  const code = await run(
    ["rank", input, "--out", out, "--period", "2025Q4", "--live", "--method", method],
    { out: () => undefined, err: () => undefined, progress: false }
  );
  expect(code).toBeLessThan(2);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const cells: Live[] = [];
  book.getWorksheet("排名 2025Q4")?.eachRow((row) =>
    row.eachCell((cell, column) => {
      if (cell.formula) cells.push({ formula: cell.formula, result: cell.result, column });
    })
  );
  return cells;
}

const liveFormulasOf = async (method: string) =>
  (await liveCellsOf(method)).map((cell) => cell.formula);

/** The arguments of each call of `name` in a formula, split at its own commas (not its inner calls'). */
function callArguments(formula: string, name: string): string[][] {
  const calls: string[][] = [];
  const pattern = new RegExp(`(?<![A-Z.])${name}\\(`, "g");
  for (let m = pattern.exec(formula); m; m = pattern.exec(formula)) {
    const args: string[] = [];
    let depth = 0;
    let start = m.index + m[0].length;
    let inText = false;
    for (let at = start; at < formula.length; at++) {
      const ch = formula[at];
      if (ch === '"') inText = !inText;
      if (inText) continue;
      if (ch === "(") depth++;
      else if (ch === ")" && depth-- === 0) {
        args.push(formula.slice(start, at));
        break;
      } else if (ch === "," && depth === 0) {
        args.push(formula.slice(start, at));
        start = at + 1;
      }
    }
    calls.push(args);
  }
  return calls;
}

describe("live ranking formulas: n² for the tab, never n³", () => {
  it.each(["dense", "competition", "average"])(
    "(%s) no COUNTIF or COUNTIFS is given a whole range as its criterion (one count per cell of it)",
    async (method) => {
      const formulas = await liveFormulasOf(method);
      // The composite and three ranks a row (and the dense ranks' three shares).
      expect(formulas.length).toBeGreaterThanOrEqual(120 * 4);
      for (const formula of formulas)
        for (const name of ["COUNTIF", "COUNTIFS"])
          for (const args of callArguments(formula, name))
            args.forEach((arg, k) => {
              // Criteria are the 2nd, 4th… arguments: one value each, never a range.
              if (k % 2 === 1) expect([formula, arg.includes(":")]).toEqual([formula, false]);
            });
    }
  );

  it("finds the cubic form it guards against (the dense formula before the shares)", () => {
    const cubic = "SUMPRODUCT(($G$4:$G$9>G4)/COUNTIF($G$4:$G$9,$G$4:$G$9))+1";
    expect(callArguments(cubic, "COUNTIF")).toEqual([["$G$4:$G$9", "$G$4:$G$9"]]);
  });

  it("dense: each row's tie shares are its scope's formulas; the overall shares' cached results add up to the distinct composites", async () => {
    const cells = await liveCellsOf("dense");
    const overall = cells.filter((cell) => cell.formula.startsWith("1/COUNTIF("));
    expect(overall).toHaveLength(120);
    expect(cells.filter((cell) => cell.formula.startsWith("1/COUNTIFS("))).toHaveLength(240);
    const composites = cells
      .filter((cell) => cell.formula.startsWith("IF(L"))
      .map((cell) => cell.result as number);
    expect(composites).toHaveLength(120);
    const sum = overall.reduce((total, cell) => total + (cell.result as number), 0);
    expect(sum).toBeCloseTo(new Set(composites).size, 9);
    expect(new Set(composites).size).toBeLessThan(120); // ties are exercised
  });
});
