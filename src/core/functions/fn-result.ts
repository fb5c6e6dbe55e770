import type { MessageKey, MessageParams } from "../i18n/messages";
import { err, ok, type Result } from "../util/result";

/**
 * What a BANK function returns from core: a value, or one of Excel's error kinds with a message key.
 * Only the custom-function wrapper turns it into CustomFunctions.Error (and only #VALUE! and #N/A carry
 * the message, as Excel shows no message for the others).
 */
export type FnErrorCode = "VALUE" | "NUM" | "DIV0" | "NA";
export type FnError = { code: FnErrorCode; key: MessageKey; params: MessageParams };
export type FnResult<T = number> = Result<T, FnError>;

export const fnOk = ok;
export const fnErr = (code: FnErrorCode, key: MessageKey, params: MessageParams = {}) =>
  err<FnError>({ code, key, params });

/** A single cell's value as Excel hands it over: blank arrives as null, undefined or "". */
export type Scalar = number | string | boolean | null | undefined;

export const isBlank = (value: Scalar): value is null | undefined | "" =>
  value === null || value === undefined || value === "";
