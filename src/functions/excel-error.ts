import type { FnError, FnResult } from "../core/functions/fn-result";
import { formatMessage } from "../core/i18n/messages";
import { functionLocale } from "./function-locale";

/**
 * The one place where core's typed errors become Excel errors. Excel shows a message only for #VALUE!
 * and #N/A, so only those carry one.
 */
export function toExcelError(error: FnError): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  switch (error.code) {
    case "VALUE":
      return new CustomFunctions.Error(
        codes.invalidValue,
        formatMessage(functionLocale(), error.key, error.params)
      );
    case "NA":
      return new CustomFunctions.Error(
        codes.notAvailable,
        formatMessage(functionLocale(), error.key, error.params)
      );
    case "NUM":
      return new CustomFunctions.Error(codes.invalidNumber);
    case "DIV0":
      return new CustomFunctions.Error(codes.divisionByZero);
  }
}

/** A scalar result for a cell: the value, or the Excel error thrown as Excel expects. A number that is not
 *  finite (an overflow in extreme inputs) is #NUM!, so that no cell ever shows NaN or Infinity. */
export function unwrap<T>(result: FnResult<T>): T {
  if (!result.ok) throw toExcelError(result.error);
  const value = result.value;
  if (!isFiniteResult(value))
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return value;
}

function isFiniteResult(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isFiniteResult);
  return true;
}
