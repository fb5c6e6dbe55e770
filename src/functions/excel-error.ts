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

/** A scalar result for a cell: the value, or the Excel error thrown as Excel expects. */
export function unwrap<T>(result: FnResult<T>): T {
  if (result.ok) return result.value;
  throw toExcelError(result.error);
}

/** A spilled result: each cell its value or its own error, so one bad cell does not hide the rest. */
export function cellOf<T>(result: FnResult<T>): T | CustomFunctions.Error {
  return result.ok ? result.value : toExcelError(result.error);
}
