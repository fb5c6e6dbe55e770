import { createHash } from "node:crypto";

/**
 * `core/util/sha256.ts` for the compiled command: the same exports through Node's native SHA-256, ten times
 * faster on a 100,000-row input hash. `scripts/build-cli.cjs` puts it in place of the script version, which
 * stays the one core, the pane and the functions use (and agrees with Node's, a property test shows).
 */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function sha256Hex(input: string | Uint8Array): string {
  return createHash("sha256").update(input).digest("hex");
}

export function sha256HexOfParts(parts: Iterable<string>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part, "utf8");
  return hash.digest("hex");
}
