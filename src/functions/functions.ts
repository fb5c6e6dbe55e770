/* Custom functions of the BANK namespace (scoring.md §6–§7). Each is a thin wrapper over src/core: the
 * JSDoc is the metadata Excel shows, the body hands its arguments to core and unwraps the result.
 * Scalars are declared `any` so that a blank cell arrives blank, not as 0. */
/* eslint-disable @typescript-eslint/no-explicit-any */
// First: the built-ins EdgeHTML 18 lacks (Office without WebView2), `globalThis` among them (used below).
import "../polyfills/edge18-builtins";
import * as assess from "../core/functions/assess-functions";
import * as formulas from "../core/functions/formulas";
import { unwrap } from "./excel-error";

// The standalone page (a plain browser), and an Excel where the pane opens without CustomFunctionsRuntime 1.3
// (e.g. retail Office 2021/2024 before Version 2311, Excel on Mac before 16.40; docs/deployment.md §1), have no
// custom-functions runtime: the registrations appended to this file at build time then go nowhere instead of
// throwing before the pane's script runs. Microsoft 365, volume-licensed Office 2021 and later, Excel on the
// web and Excel on Mac 16.40 and later have the functions.
if (typeof CustomFunctions === "undefined") {
  (
    globalThis as unknown as { CustomFunctions: Pick<typeof CustomFunctions, "associate"> }
  ).CustomFunctions = { associate: () => undefined };
}

/**
 * Non-performing loan ratio: npl / loans (regulatory reference ≤ 5 %).
 * @customfunction NPLRATIO
 * @param npl Non-performing loan balance.
 * @param loans Total loan balance.
 * @returns The NPL ratio as a fraction; format the cell as a percentage.
 * @example =BANK.NPLRATIO(B2, C2)
 */
export function nplRatio(npl: any, loans: any): number {
  return unwrap(formulas.nplRatio(npl, loans));
}

/**
 * Provision coverage ratio: provisions / npl (reference 120 %–150 %).
 * @customfunction PROVISIONCOVERAGE
 * @param provisions Loan-loss provisions.
 * @param npl Non-performing loan balance.
 * @returns The provision coverage ratio as a fraction.
 * @example =BANK.PROVISIONCOVERAGE(D2, B2)
 */
export function provisionCoverage(provisions: any, npl: any): number {
  return unwrap(formulas.provisionCoverage(provisions, npl));
}

/**
 * Loan provision ratio: provisions / loans (reference 1.5 %–2.5 %).
 * @customfunction LOANPROVISIONRATIO
 * @param provisions Loan-loss provisions.
 * @param loans Total loan balance.
 * @returns The loan provision ratio as a fraction.
 * @example =BANK.LOANPROVISIONRATIO(D2, C2)
 */
export function loanProvisionRatio(provisions: any, loans: any): number {
  return unwrap(formulas.loanProvisionRatio(provisions, loans));
}

/**
 * Capital adequacy ratio: (capital − deductions) / (creditRwa + 12.5 × (marketRiskCapital + operationalRiskCapital)) (reference ≥ 10.5 %).
 * @customfunction CAR
 * @param capital Total capital.
 * @param deductions Capital deductions.
 * @param creditRwa Credit risk-weighted assets.
 * @param marketRiskCapital Market-risk capital requirement.
 * @param [operationalRiskCapital] Operational-risk capital requirement (default 0).
 * @returns The capital adequacy ratio as a fraction.
 * @example =BANK.CAR(B2, C2, D2, E2, F2)
 */
export function car(
  capital: any,
  deductions: any,
  creditRwa: any,
  marketRiskCapital: any,
  operationalRiskCapital?: any
): number {
  return unwrap(
    formulas.capitalAdequacy(
      capital,
      deductions,
      creditRwa,
      marketRiskCapital,
      operationalRiskCapital
    )
  );
}

/**
 * Growth rate: (current − prior) / ABS(prior).
 * @customfunction GROWTH
 * @param current This period's value.
 * @param prior The prior period's value.
 * @returns The growth rate as a fraction.
 * @example =BANK.GROWTH(C2, B2)
 */
export function growth(current: any, prior: any): number {
  return unwrap(formulas.growth(current, prior));
}

/**
 * Loan yield: interestIncome / averageLoanBalance.
 * @customfunction LOANYIELD
 * @param interestIncome Interest income of the period.
 * @param averageLoanBalance Average loan balance of the period.
 * @returns The loan yield as a fraction.
 * @example =BANK.LOANYIELD(B2, C2)
 */
export function loanYield(interestIncome: any, averageLoanBalance: any): number {
  return unwrap(formulas.loanYield(interestIncome, averageLoanBalance));
}

/**
 * Intermediate business income share: intermediateIncome / operatingIncome.
 * @customfunction FEESHARE
 * @param intermediateIncome Intermediate (fee) business income.
 * @param operatingIncome Operating income.
 * @returns The share as a fraction.
 * @example =BANK.FEESHARE(B2, C2)
 */
export function feeShare(intermediateIncome: any, operatingIncome: any): number {
  return unwrap(formulas.feeShare(intermediateIncome, operatingIncome));
}

/**
 * Complaint rate: complaints / volume × per.
 * @customfunction COMPLAINTRATE
 * @param complaints Number of complaints in the period.
 * @param volume Business volume in the period.
 * @param [per] Scale, e.g. 10000 for complaints per 10,000 transactions (default 1).
 * @returns The complaint rate.
 * @example =BANK.COMPLAINTRATE(B2, C2, 10000)
 */
export function complaintRate(complaints: any, volume: any, per?: any): number {
  return unwrap(formulas.complaintRate(complaints, volume, per));
}

/**
 * Error rate: errors / volume.
 * @customfunction ERRORRATE
 * @param errors Number of operation errors.
 * @param volume Business volume.
 * @returns The error rate as a fraction.
 * @example =BANK.ERRORRATE(B2, C2)
 */
export function errorRate(errors: any, volume: any): number {
  return unwrap(formulas.errorRate(errors, volume));
}

/**
 * Risk loss rate: loss / exposure.
 * @customfunction RISKLOSSRATE
 * @param loss Actual loss from risk events.
 * @param exposure Risk exposure.
 * @returns The risk loss rate as a fraction.
 * @example =BANK.RISKLOSSRATE(B2, C2)
 */
export function riskLossRate(loss: any, exposure: any): number {
  return unwrap(formulas.riskLossRate(loss, exposure));
}

/**
 * Control execution rate: executed / required (executed may not exceed required).
 * @customfunction EXECRATE
 * @param executed Controls executed.
 * @param required Controls required.
 * @returns The execution rate as a fraction.
 * @example =BANK.EXECRATE(B2, C2)
 */
export function execRate(executed: any, required: any): number {
  return unwrap(formulas.execRate(executed, required));
}

/**
 * Risk identification accuracy: correct / total (correct may not exceed total).
 * @customfunction IDACCURACY
 * @param correct Risk events correctly identified and assessed.
 * @param total All risk events.
 * @returns The accuracy as a fraction.
 * @example =BANK.IDACCURACY(B2, C2)
 */
export function idAccuracy(correct: any, total: any): number {
  return unwrap(formulas.idAccuracy(correct, total));
}

/**
 * Structure shares: each amount / the sum of amounts, spilled in the shape of amounts (e.g. demand, time, corporate and personal deposits).
 * @customfunction MIX
 * @param amounts The amounts; blank cells stay blank.
 * @returns Each amount's share of the total, as fractions.
 * @example =BANK.MIX(B2:E2)
 */
export function mix(amounts: any[][]): any[][] {
  return unwrap(formulas.mix(amounts));
}

/**
 * Ratio (completion-rate) score: higher is better full × MIN(actual / target, cap); lower is better full × MIN(target / actual, cap).
 * @customfunction ASSESS.RATIO
 * @param actual The actual value.
 * @param target The target value (greater than 0).
 * @param [direction] "higher" (default) or "lower", also "正向" / "逆向".
 * @param [cap] The highest completion rate counted (at least 1; default 1).
 * @param [full] Full marks (default 100).
 * @returns The indicator score.
 * @example =BANK.ASSESS.RATIO(B2, 2, "lower", 1.2)
 */
export function assessRatio(
  actual: any,
  target: any,
  direction?: any,
  cap?: any,
  full?: any
): number {
  return unwrap(assess.assessRatio(actual, target, direction, cap, full));
}

/**
 * Efficacy-coefficient score: f = (actual − floor) / (satisfactory − floor); f ≥ 1 gives base + span, f < 0 gives 0, else base + f × span.
 * @customfunction ASSESS.EFFICACY
 * @param actual The actual value.
 * @param floor The value that is not allowed (scores 0 beyond it).
 * @param satisfactory The satisfactory value (scores base + span).
 * @param [base] The base score (default 60).
 * @param [span] The span above the base (default 40).
 * @returns The indicator score.
 * @example =BANK.ASSESS.EFFICACY(B2, 3%, 1%)
 */
export function assessEfficacy(
  actual: any,
  floor: any,
  satisfactory: any,
  base?: any,
  span?: any
): number {
  return unwrap(assess.assessEfficacy(actual, floor, satisfactory, base, span));
}

/**
 * Piecewise-linear score through points (actual value, score); before the first point 0, past the last point its score.
 * @customfunction ASSESS.LINEAR
 * @param actual The actual value.
 * @param points A two-column range: actual values (strictly increasing or decreasing) and their scores.
 * @returns The indicator score.
 * @example =BANK.ASSESS.LINEAR(B2, $H$2:$I$4)
 */
export function assessLinear(actual: any, points: any[][]): number {
  return unwrap(assess.assessLinear(actual, points));
}

/**
 * Deduction score: MAX(floor, full − per × count).
 * @customfunction ASSESS.DEDUCT
 * @param count How many times (a whole number, at least 0).
 * @param per Points deducted each time (greater than 0).
 * @param [full] Full marks (default 100).
 * @param [floor] The lowest score (default 0).
 * @returns The indicator score.
 * @example =BANK.ASSESS.DEDUCT(B2, 5)
 */
export function assessDeduct(count: any, per: any, full?: any, floor?: any): number {
  return unwrap(assess.assessDeduct(count, per, full, floor));
}

/**
 * Weighted score: Σ score × weight / Σ weight.
 * @customfunction ASSESS.WEIGHTED
 * @param scores The indicator scores; a blank score gives #N/A.
 * @param weights The weights, in a range of the same shape.
 * @returns The weighted score.
 * @example =BANK.ASSESS.WEIGHTED(B2:E2, $B$1:$E$1)
 */
export function assessWeighted(scores: any[][], weights: any[][]): number {
  return unwrap(assess.assessWeighted(scores, weights));
}

/**
 * Weighted score by post: finds the post's rows in a (post, indicator, weight) table and weights the scores under the matching headers.
 * @customfunction ASSESS.POSTWEIGHTED
 * @param scores The row of indicator scores.
 * @param indicatorHeaders The indicator names above the scores, in the same shape.
 * @param weightTable A three-column table: post, indicator, weight.
 * @param post The post to look up.
 * @returns The weighted score.
 * @example =BANK.ASSESS.POSTWEIGHTED(C2:H2, $C$1:$H$1, 权重表!$A$2:$C$40, B2)
 */
export function assessPostWeighted(
  scores: any[][],
  indicatorHeaders: any[][],
  weightTable: any[][],
  post: any
): number {
  return unwrap(assess.assessPostWeighted(scores, indicatorHeaders, weightTable, post));
}

/**
 * Rank of one value in a range, in one pass: dense (中国式排名, default), competition (RANK.EQ) or average (RANK.AVG); text and blanks are ignored.
 * @customfunction ASSESS.RANK
 * @param value The value to rank.
 * @param range The values to rank among.
 * @param [order] 0 ranks the highest first (default); any other number, the lowest first.
 * @param [method] "dense" (default), "competition" or "average".
 * @returns The rank.
 * @example =BANK.ASSESS.RANK(F2, $F$2:$F$500)
 */
export function assessRank(value: any, range: any[][], order?: any, method?: any): number {
  return unwrap(assess.assessRank(value, range, order, method));
}

/**
 * Ranks of every number in a range, spilled in its shape; blanks and text stay blank. The fast way to rank a whole column.
 * @customfunction ASSESS.RANKS
 * @param range The values to rank.
 * @param [order] 0 ranks the highest first (default); any other number, the lowest first.
 * @param [method] "dense" (default), "competition" or "average".
 * @returns The ranks, in the shape of the range.
 * @example =BANK.ASSESS.RANKS(F2:F500)
 */
export function assessRanks(range: any[][], order?: any, method?: any): any[][] {
  return unwrap(assess.assessRanks(range, order, method));
}

/**
 * Grade of a score: the first band, highest minimum first, whose minimum is at most the score.
 * @customfunction ASSESS.GRADE
 * @param score The composite score.
 * @param [bands] A two-column range (label, minimum), highest first; default 优秀 90 / 良好 80 / 合格 70 / 基本合格 60 / 不合格 0.
 * @returns The grade label.
 * @example =BANK.ASSESS.GRADE(F2)
 */
export function assessGrade(score: any, bands?: any[][]): string {
  return unwrap(assess.assessGrade(score, bands));
}

/**
 * Working days from start to end, both counted, on the Chinese official calendar (public holidays off, make-up working days on); pass the year's 放假安排 for dates past the built-in calendar.
 * @customfunction WORKDAYS
 * @param start The first date.
 * @param end The last date.
 * @param [arrangement] The State Council's holiday arrangement (放假安排): one column of days off, or two columns (date, type 休 or 班). With it, years it does not list count the statutory holidays, with no make-up working days.
 * @returns The number of working days.
 * @example =BANK.WORKDAYS(B2, C2, 放假安排!$A$2:$B$40)
 */
export function workdays(start: any, end: any, arrangement?: any[][]): number {
  return unwrap(assess.workdays(start, end, arrangement));
}

/**
 * The date a number of working days after start on the Chinese official calendar (before it when negative); pass the year's 放假安排 for dates past the built-in calendar.
 * @customfunction WORKDAY
 * @param start The start date.
 * @param days Working days to add.
 * @param [arrangement] The State Council's holiday arrangement (放假安排): one column of days off, or two columns (date, type 休 or 班). With it, years it does not list count the statutory holidays, with no make-up working days.
 * @returns The date, as a date serial number (format the cell as a date).
 * @example =BANK.WORKDAY(B2, 15, 放假安排!$A$2:$B$40)
 */
export function workday(start: any, days: any, arrangement?: any[][]): number {
  return unwrap(assess.workday(start, days, arrangement));
}
