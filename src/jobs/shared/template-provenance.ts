import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Provenance } from "../../workbook/port";

/**
 * The provenance of a sheet computed from a template's results: the template (id, version, fingerprint), the
 * hash of the input, the period when there is one, and when it was made. The keys keep this order: the
 * registry stores them as JSON.
 */
export function templateProvenance(
  kind: Provenance["kind"],
  loaded: LoadedTemplate,
  made: { inputHash: string; period?: string; generatedAt: string }
): Provenance {
  return {
    kind,
    templateId: loaded.template.id,
    templateVersion: loaded.template.version,
    templateFingerprint: loaded.fingerprint,
    inputHash: made.inputHash,
    ...(made.period === undefined ? {} : { period: made.period }),
    generatedAt: made.generatedAt,
  };
}
