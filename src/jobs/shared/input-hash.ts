import type { ScoreRecord } from "../../core/assess/score-record";
import { canonicalJson } from "../../core/util/canonical-json";
import { sha256Hex } from "../../core/util/sha256";

/** The SHA-256 of what was ranked (identity and values of every row), so an auditor can tie a result to its inputs. */
export function inputHash(records: readonly ScoreRecord[]): string {
  return sha256Hex(
    canonicalJson(
      records.map((r) => [
        r.id,
        r.name ?? null,
        r.branch ?? null,
        r.department ?? null,
        r.post,
        r.values,
      ])
    )
  );
}
