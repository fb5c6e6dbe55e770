import { fnErr, fnOk, isBlank, type FnResult, type Scalar } from "./fn-result";

/**
 * The indicator formulas of scoring.md §6. Checks run in this order over all arguments: text, a boolean
 * or an empty required argument → #VALUE!; a negative amount → #NUM!; a zero denominator → #DIV/0!.
 */

type Arg = { name: string; value: Scalar; optional?: boolean; signed?: boolean };

function readArgs(args: readonly Arg[]): FnResult<number[]> {
  const numbers: number[] = [];
  for (const arg of args) {
    if (isBlank(arg.value)) {
      if (arg.optional) {
        numbers.push(Number.NaN);
        continue;
      }
      return fnErr("VALUE", "fn.blank", { arg: arg.name });
    }
    if (typeof arg.value !== "number" || !Number.isFinite(arg.value)) {
      return fnErr("VALUE", "fn.notNumber", { arg: arg.name, value: String(arg.value) });
    }
    numbers.push(arg.value);
  }
  for (let i = 0; i < args.length; i++) {
    if (!args[i].signed && numbers[i] < 0)
      return fnErr("NUM", "fn.negative", { arg: args[i].name });
  }
  return fnOk(numbers);
}

function divide(numerator: number, denominator: number): FnResult {
  if (denominator === 0) return fnErr("DIV0", "fn.divZero");
  const value = numerator / denominator;
  return Number.isFinite(value) ? fnOk(value) : fnErr("NUM", "fn.overflow");
}

function ratio(numeratorName: string, denominatorName: string) {
  return (numerator: Scalar, denominator: Scalar): FnResult => {
    const read = readArgs([
      { name: numeratorName, value: numerator },
      { name: denominatorName, value: denominator },
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
    const read = readArgs([
      { name: partName, value: part },
      { name: wholeName, value: whole },
    ]);
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
  const read = readArgs([
    { name: "capital", value: capital },
    { name: "deductions", value: deductions },
    { name: "creditRwa", value: creditRwa },
    { name: "marketRiskCapital", value: marketRiskCapital },
    { name: "operationalRiskCapital", value: operationalRiskCapital, optional: true },
  ]);
  if (!read.ok) return read;
  const [c, d, rwa, market, operational] = read.value;
  const op = Number.isNaN(operational) ? 0 : operational;
  return divide(c - d, rwa + 12.5 * (market + op));
}

/** (current − prior) / ABS(prior): the only formula whose arguments may be negative. */
export function growth(current: Scalar, prior: Scalar): FnResult {
  const read = readArgs([
    { name: "current", value: current, signed: true },
    { name: "prior", value: prior, signed: true },
  ]);
  if (!read.ok) return read;
  const [c, p] = read.value;
  return divide(c - p, Math.abs(p));
}

export function complaintRate(complaints: Scalar, volume: Scalar, per?: Scalar): FnResult {
  const read = readArgs([
    { name: "complaints", value: complaints },
    { name: "volume", value: volume },
    { name: "per", value: per, optional: true },
  ]);
  if (!read.ok) return read;
  const [c, v, p] = read.value;
  const rate = divide(c, v);
  return rate.ok ? fnOk(rate.value * (Number.isNaN(p) ? 1 : p)) : rate;
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
