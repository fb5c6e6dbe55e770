/* Custom functions of the BANK namespace (scoring.md §6–§7). Each is a thin wrapper over src/core: the
 * JSDoc is the metadata Excel shows, the body hands its arguments to core and unwraps the result.
 * Scalars are declared `any` so that a blank cell arrives blank, not as 0. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as formulas from "../core/functions/formulas";
import { unwrap } from "./excel-error";

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
