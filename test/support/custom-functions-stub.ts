/**
 * A stand-in for Excel's CustomFunctions runtime: what the functions bundle needs (associate, Error,
 * ErrorCode) and nothing else. Errors keep Excel's cell text as their code so tests read like a sheet.
 */
export class StubError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function makeCustomFunctionsStub() {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    registered,
    runtime: {
      associate(
        id: string | Record<string, (...args: unknown[]) => unknown>,
        fn?: (...args: unknown[]) => unknown
      ) {
        if (typeof id === "string") registered.set(id, fn as (...args: unknown[]) => unknown);
        else for (const [key, value] of Object.entries(id)) registered.set(key, value);
      },
      Error: StubError,
      ErrorCode: ERROR_CODES,
    },
  };
}

/** Installs the stub as the global CustomFunctions (as Excel's runtime provides it). */
export function installCustomFunctionsStub() {
  const stub = makeCustomFunctionsStub();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = stub.runtime;
  return stub;
}

/** Calls a custom function the way Excel shows its outcome: the value, or the error's cell text. */
export function cell(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof StubError) return error.code;
    throw error;
  }
}

export function errorOf(call: () => unknown): StubError {
  try {
    call();
  } catch (error) {
    if (error instanceof StubError) return error;
    throw error;
  }
  throw new Error("expected an Excel error");
}
