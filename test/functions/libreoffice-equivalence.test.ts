import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cell, installCustomFunctionsStub } from "../support/custom-functions-stub";
import { describeWithTool } from "../support/external-tools";
import { recalculateWithLibreOffice } from "../support/libreoffice";

installCustomFunctionsStub();
const fns =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const ROWS = 300;

/** Deterministic data with ties (scores are whole numbers from 60 to 100), negatives in the prior period. */
function makeRows() {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: ROWS }, () => ({
    npl: Math.round(next() * 50000) / 100,
    loans: Math.round(1000 + next() * 99000),
    current: Math.round((next() - 0.2) * 100000) / 100,
    prior: Math.round((next() - 0.2) * 100000) / 100 || 1,
    scores: [
      Math.round(60 + next() * 40),
      Math.round(next() * 10000) / 100,
      Math.round(next() * 10000) / 100,
    ],
    weights: [30, 40, 30].map((w) => w + Math.round(next() * 10)),
  }));
}

describeWithTool(
  "libreoffice",
  "BANK functions agree with LibreOffice's native formulas",
  (soffice) => {
    const rows = makeRows();
    let results: {
      npl: number;
      growth: number;
      weighted: number;
      rankEq: number;
      rankAvg: number;
    }[] = [];

    beforeAll(async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("data");
      sheet.addRow([
        "npl",
        "loans",
        "current",
        "prior",
        "s1",
        "s2",
        "s3",
        "w1",
        "w2",
        "w3",
        "ratio",
        "growth",
        "weighted",
        "rank.eq",
        "rank.avg",
      ]);
      const last = ROWS + 1;
      rows.forEach((row, i) => {
        const r = i + 2;
        sheet.addRow([
          row.npl,
          row.loans,
          row.current,
          row.prior,
          ...row.scores,
          ...row.weights,
          { formula: `A${r}/B${r}` },
          { formula: `(C${r}-D${r})/ABS(D${r})` },
          { formula: `SUMPRODUCT(E${r}:G${r},H${r}:J${r})/SUM(H${r}:J${r})` },
          // Newer functions need their _xlfn. prefix inside the file.
          { formula: `_xlfn.RANK.EQ(E${r},E$2:E$${last},0)` },
          { formula: `_xlfn.RANK.AVG(E${r},E$2:E$${last},0)` },
        ]);
      });
      const dir = mkdtempSync(path.join(os.tmpdir(), "equivalence-"));
      const input = path.join(dir, "native.xlsx");
      await book.xlsx.writeFile(input);
      const output = await recalculateWithLibreOffice(soffice, input);
      const recalculated = new ExcelJS.Workbook();
      await recalculated.xlsx.readFile(output);
      const data = recalculated.getWorksheet("data");
      if (!data) throw new Error("LibreOffice's output has no sheet 'data'");
      const resultOf = (r: number, c: number) => {
        const value = data.getRow(r).getCell(c).value as { result?: unknown } | number;
        const result = typeof value === "object" && value !== null ? value.result : value;
        if (typeof result !== "number")
          throw new Error(`row ${r}, column ${c}: LibreOffice gave ${JSON.stringify(result)}`);
        return result;
      };
      results = rows.map((_, i) => ({
        npl: resultOf(i + 2, 11),
        growth: resultOf(i + 2, 12),
        weighted: resultOf(i + 2, 13),
        rankEq: resultOf(i + 2, 14),
        rankAvg: resultOf(i + 2, 15),
      }));
    });

    const close = (ours: number, theirs: number) =>
      expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(theirs)));

    it(`NPLRATIO = a/b on ${ROWS} rows`, () => {
      rows.forEach((row, i) => close(fns.nplRatio(row.npl, row.loans), results[i].npl));
    });

    it("GROWTH = (current − prior) / ABS(prior), negative priors included", () => {
      rows.forEach((row, i) => close(fns.growth(row.current, row.prior), results[i].growth));
    });

    it("ASSESS.WEIGHTED = SUMPRODUCT / SUM", () => {
      rows.forEach((row, i) =>
        close(fns.assessWeighted([row.scores], [row.weights]), results[i].weighted)
      );
    });

    it("ASSESS.RANK competition = RANK.EQ and average = RANK.AVG, ties included", () => {
      const column = rows.map((row) => [row.scores[0]]);
      rows.forEach((row, i) => {
        expect(cell(() => fns.assessRank(row.scores[0], column, 0, "competition"))).toBe(
          results[i].rankEq
        );
        expect(cell(() => fns.assessRank(row.scores[0], column, 0, "average"))).toBe(
          results[i].rankAvg
        );
      });
      expect(new Set(rows.map((row) => row.scores[0])).size).toBeLessThan(ROWS); // there are ties to agree on
    });

    it("ASSESS.RANKS agrees with RANK.EQ for the whole column", () => {
      const column = rows.map((row) => [row.scores[0]]);
      expect(fns.assessRanks(column, 0, "competition").map((r) => r[0])).toEqual(
        results.map((r) => r.rankEq)
      );
    });
  }
);
