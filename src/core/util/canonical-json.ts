/**
 * Canonical JSON: keys sorted (by UTF-16 code units), no white space, numbers in JavaScript's shortest
 * form, text unescaped beyond what JSON requires, undefined members left out. Two values that mean the
 * same give the same text, and so the same fingerprint.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError("canonical JSON has no form for a non-finite number");
      return JSON.stringify(value);
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(",")}]`;
      const entries = Object.keys(value as Record<string, unknown>)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map(
          (key) =>
            `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`
        );
      return `{${entries.join(",")}}`;
    }
    default:
      throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
  }
}
