/* What Excel stores when a value is written through `range.values` or `range.formulas`: a string is typed as if
 * the user had typed it (unless the cell's number format is Text "@" or the string starts with an apostrophe). */

export type Stored = {
  value: string | number | boolean | null;
  type: "Empty" | "String" | "Double" | "Boolean" | "Error";
  formula?: string;
  /** A number format Excel applies on its own (a date typed as text gets a date format). */
  autoFormat?: string;
};

const NUMBER = /^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Days since 1899-12-30 of a calendar date (the 1900 date system). */
function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function asDate(text: string): number | null {
  let m = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return valid(2026, Number(m[1]), Number(m[2]));
  m = /^(\d{4})年(\d{1,2})月$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), 1);
  return null;
}

function valid(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return serial(year, month, day);
}

export function retype(input: unknown, numberFormat: string): Stored {
  if (input === null || input === undefined || input === "") return { value: "", type: "Empty" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error("InvalidArgument: a number must be finite");
    return { value: input, type: "Double" };
  }
  if (typeof input === "boolean") return { value: input, type: "Boolean" };
  if (typeof input !== "string") throw new Error(`InvalidArgument: cannot write ${typeof input}`);
  if (input.length > 32_767)
    throw new Error("InvalidArgument: a cell holds at most 32,767 characters");

  if (numberFormat === "@") return { value: input, type: "String" };
  if (input.startsWith("'"))
    return { value: input.slice(1), type: input.length > 1 ? "String" : "Empty" };
  if (/^[=+@]/.test(input) || (input.startsWith("-") && !NUMBER.test(input.trim()))) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    // What is in a file (`_xlfn.RANK.EQ`) is not what a user types: Excel does not know the name.
    if (/_xl(fn|ws|pm)\./i.test(formula)) return { value: "#NAME?", type: "Error", formula };
    if (input.startsWith("@") || (!input.startsWith("=") && /[^\d.+\-*/() ]/.test(input.slice(1))))
      return { value: "#NAME?", type: "Error", formula };
    return { value: null, type: "Empty", formula };
  }
  const text = input.trim();
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === "true", type: "Boolean" };
  if (/%$/.test(text) && NUMBER.test(text.slice(0, -1).trim()))
    return {
      value: Number(text.slice(0, -1).replace(/,/g, "")) / 100,
      type: "Double",
      autoFormat: "0%",
    };
  if (NUMBER.test(text)) return { value: Number(text.replace(/,/g, "")), type: "Double" };
  const date = asDate(text);
  if (date !== null) return { value: date, type: "Double", autoFormat: "yyyy/m/d" };
  return { value: input, type: "String" };
}
