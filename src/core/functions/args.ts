import { normaliseText } from "../util/text";
import { fnErr, fnOk, isBlank, type FnResult, type Scalar } from "./fn-result";

/**
 * Argument specs for the BANK functions (HyperFormula's habit: coercion and checks in one place).
 * Checks run over all arguments in Excel's order: wrong type or blank required argument → #VALUE!, then a
 * value out of range → #NUM!.
 */
export type NumberArg = {
  name: string;
  value: Scalar;
  /** The value used when the argument is blank; without it the argument is required. */
  otherwise?: number;
  /** A number that fails this is #NUM!. */
  valid?: (x: number) => boolean;
};

export const nonNegative = (x: number) => x >= 0;
export const positive = (x: number) => x > 0;

export function readNumbers(args: readonly NumberArg[]): FnResult<number[]> {
  const numbers: number[] = [];
  for (const arg of args) {
    if (isBlank(arg.value)) {
      if (arg.otherwise === undefined) return fnErr("VALUE", "fn.blank", { arg: arg.name });
      numbers.push(arg.otherwise);
      continue;
    }
    if (typeof arg.value !== "number" || !Number.isFinite(arg.value)) {
      return fnErr("VALUE", "fn.notNumber", { arg: arg.name, value: String(arg.value) });
    }
    numbers.push(arg.value);
  }
  for (let i = 0; i < args.length; i++) {
    const valid = args[i].valid;
    if (valid && !isBlank(args[i].value) && !valid(numbers[i]))
      return fnErr("NUM", "fn.outOfRange", { arg: args[i].name });
  }
  return fnOk(numbers);
}

/** An optional text choice (direction, method): blank gives the default; matching ignores case and width. */
export function readChoice<T extends string>(
  name: string,
  value: Scalar,
  choices: Record<string, T>,
  otherwise: T
): FnResult<T> {
  if (isBlank(value)) return fnOk(otherwise);
  const key = normaliseText(String(value)).toLowerCase();
  const choice = choices[key];
  if (choice === undefined)
    return fnErr("VALUE", "fn.choice", {
      arg: name,
      value: String(value),
      options: Object.keys(choices).join(" / "),
    });
  return fnOk(choice);
}

/** A range as Excel hands it over: rows of cells. A single value (one cell) is treated as a 1 × 1 range. */
export type Range = readonly (readonly Scalar[])[];

export function asRange(value: Range | Scalar): Range {
  return Array.isArray(value) ? (value as Range) : [[value as Scalar]];
}

export const shapeOf = (range: Range) => `${range.length}×${range[0]?.length ?? 0}`;
