import { nonNegative, readNumbers, type NumberArg } from "./args";
import { fnErr, fnOk, isBlank, type FnResult, type Scalar } from "./fn-result";

/**
 * The indicator formulas of scoring.md §6. Checks run in this order over all arguments: text, a boolean
 * or an empty required argument → #VALUE!; a negative amount → #NUM!; a zero denominator → #DIV/0!.
 */

/** Every argument of §6 is an amount that cannot be negative, except GROWTH's two. */
const amount = (name: string, value: Scalar, otherwise?: number): NumberArg => ({
  name,
  value,
  otherwise,
  valid: nonNegative,
});

function divide(numerator: number, denominator: number): FnResult {
  if (denominator === 0) return fnErr("DIV0", "fn.divZero");
  const value = numerator / denominator;
  return Number.isFinite(value) ? fnOk(value) : fnErr("NUM", "fn.overflow");
}

function ratio(numeratorName: string, denominatorName: string) {
  return (numerator: Scalar, denominator: Scalar): FnResult => {
    const read = readNumbers([
      amount(numeratorName, numerator),
      amount(denominatorName, denominator),
    ]);
    return read.ok ? divide(read.value[0], read.value[1]) : read;
  };
}

export const nplRatio = ratio("npl", "loans");
export const provisionCoverage = ratio("provisions", "npl");
export const loanProvisionRatio = ratio("provisions", "loans");
export const loanYield = ratio("interestIncome", "averageLoanBalance");
export const feeShare = ratio("intermediateIncome", "operatingIncome");
export const errorRate = ratio("errors", "volume");
export const riskLossRate = ratio("loss", "exposure");

/** A part that cannot exceed its whole (executed ≤ required, correct ≤ total). */
function share(partName: string, wholeName: string) {
  return (part: Scalar, whole: Scalar): FnResult => {
    const read = readNumbers([amount(partName, part), amount(wholeName, whole)]);
    if (!read.ok) return read;
    const [p, w] = read.value;
    if (p > w) return fnErr("NUM", "fn.partExceedsWhole", { part: partName, whole: wholeName });
    return divide(p, w);
  };
}

export const execRate = share("executed", "required");
export const idAccuracy = share("correct", "total");

export function capitalAdequacy(
  capital: Scalar,
  deductions: Scalar,
  creditRwa: Scalar,
  marketRiskCapital: Scalar,
  operationalRiskCapital?: Scalar
): FnResult {
  const read = readNumbers([
    amount("capital", capital),
    amount("deductions", deductions),
    amount("creditRwa", creditRwa),
    amount("marketRiskCapital", marketRiskCapital),
    amount("operationalRiskCapital", operationalRiskCapital, 0),
  ]);
  if (!read.ok) return read;
  const [c, d, rwa, market, operational] = read.value;
  return divide(c - d, rwa + 12.5 * (market + operational));
}

/** (current − prior) / ABS(prior): the only formula whose arguments may be negative. */
export function growth(current: Scalar, prior: Scalar): FnResult {
  const read = readNumbers([
    { name: "current", value: current },
    { name: "prior", value: prior },
  ]);
  if (!read.ok) return read;
  const [c, p] = read.value;
  return divide(c - p, Math.abs(p));
}

export function complaintRate(complaints: Scalar, volume: Scalar, per?: Scalar): FnResult {
  const read = readNumbers([
    amount("complaints", complaints),
    amount("volume", volume),
    amount("per", per, 1),
  ]);
  if (!read.ok) return read;
  const [c, v, p] = read.value;
  const rate = divide(c, v);
  return rate.ok ? fnOk(rate.value * p) : rate;
}

/**
 * Each amount's share of the total, in the range's shape. Blank cells stay blank and count for nothing;
 * text or a boolean anywhere is #VALUE! (naming its place in the range), as for any other argument.
 */
export function mix(amounts: readonly (readonly Scalar[])[]): FnResult<(number | "")[][]> {
  let total = 0;
  let negative = false;
  for (let r = 0; r < amounts.length; r++) {
    for (let c = 0; c < amounts[r].length; c++) {
      const cell = amounts[r][c];
      if (isBlank(cell)) continue;
      if (typeof cell !== "number" || !Number.isFinite(cell)) {
        return fnErr("VALUE", "fn.rangeNotNumber", {
          arg: "amounts",
          row: r + 1,
          column: c + 1,
          value: String(cell),
        });
      }
      if (cell < 0) negative = true;
      total += cell;
    }
  }
  if (negative) return fnErr("NUM", "fn.negative", { arg: "amounts" });
  if (total === 0) return fnErr("DIV0", "fn.divZero");
  return fnOk(
    amounts.map((row) => row.map((cell) => (isBlank(cell) ? "" : (cell as number) / total)))
  );
}
