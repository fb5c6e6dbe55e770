import type { ScoreRecord } from "../../core/assess/score-record";
import { canonicalJson } from "../../core/util/canonical-json";
import { phaseClock } from "../../core/util/phase-clock";
import { sha256HexOfParts } from "../../core/util/sha256";

/** The SHA-256 of what was ranked (identity and values of every row), so an auditor can tie a result to its inputs. */
export function inputHash(records: readonly ScoreRecord[]): string {
  return phaseClock.time("hash", () => sha256HexOfParts(recordsJsonParts(records)));
}

/**
 * The text the input hash is taken of, exactly `canonicalJson(records.map((r) => [r.id, r.name ?? null,
 * r.branch ?? null, r.department ?? null, r.post, r.values]))` (recorded in workbooks and verified: it may
 * never change), made without the arrays in between and with each set of indicator ids sorted once, not once
 * a row (a property test keeps the two equal).
 */
export function recordsJson(records: readonly ScoreRecord[]): string {
  return [...recordsJsonParts(records)].join("");
}

/** `recordsJson` in parts of about 64K characters, each ending between two rows. */
export function* recordsJsonParts(records: readonly ScoreRecord[]): Generator<string> {
  const orders = new Map<string, KeyOrder>();
  let out = "[";
  for (let k = 0; k < records.length; k++) {
    const r = records[k];
    out += k === 0 ? "[" : ",[";
    out += `${scalarJson(r.id)},${scalarJson(r.name ?? null)},${scalarJson(r.branch ?? null)},`;
    out += `${scalarJson(r.department ?? null)},${scalarJson(r.post)},${valuesJson(r.values, orders)}]`;
    if (out.length >= PART) {
      yield out;
      out = "";
    }
  }
  yield `${out}]`;
}

const PART = 1 << 16;

/** An object's keys in canonical order, each already written as JSON with its colon. */
type KeyOrder = { keys: string[]; quoted: string[] };

function scalarJson(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined) return "null";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return canonicalJson(value);
}

function valuesJson(values: ScoreRecord["values"], orders: Map<string, KeyOrder>): string {
  if (values === null || typeof values !== "object" || Array.isArray(values))
    return canonicalJson(values === undefined ? null : values);
  const own = Object.keys(values);
  const signature = own.join("\u0000");
  let order = orders.get(signature);
  if (!order) {
    const keys = [...own].sort();
    order = { keys, quoted: keys.map((key) => `${JSON.stringify(key)}:`) };
    orders.set(signature, order);
  }
  let out = "{";
  let first = true;
  for (let i = 0; i < order.keys.length; i++) {
    const value = values[order.keys[i]];
    // Undefined members are left out, as canonical JSON leaves them.
    if (value === undefined) continue;
    out += first ? order.quoted[i] : `,${order.quoted[i]}`;
    out += scalarJson(value);
    first = false;
  }
  return `${out}}`;
}
