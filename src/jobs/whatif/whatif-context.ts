import type { Locale } from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { scoreFormat } from "../../workbook/number-format";
import type { Provenance } from "../../workbook/port";
import { periodTitle } from "../assessment/ranking-sheet";
import { rankMethodName, type Say } from "../shared/say";

/** calibration.md §2's sheet: one name in both languages, as the pane and the command look for it. */
export const WHATIF_SHEET = "方案比较";

/** What the 方案比较 sheet says about where its numbers came from (its registry entry and provenance line). */
export type WhatifContext = {
  /** The current template (A) and the proposed one (B). */
  a: LoadedTemplate;
  b: LoadedTemplate;
  method: RankMethod;
  /** The score data sheet both were applied to, and the hash of its rows as read under A. */
  dataSheet: string;
  inputHash: string;
  source: string;
  generatedAt: string;
  locale: Locale;
};

/** A change shown with its sign (ux.md): +3, -2, 0; +1.25, -0.50, 0.00. */
export const signedFormat = (decimals: number) => {
  const body = scoreFormat(decimals);
  return `+${body};-${body};${body}`;
};

/** A template as the sheet names it: 2025 年度运营考核权重模板（ops-2025）v1.0.0 · 指纹 1a2b3c4d. */
export const templateText = (loaded: LoadedTemplate, say: Say) =>
  say("sheet.whatif.templateText", {
    name: loaded.template.name,
    id: loaded.template.id,
    version: loaded.template.version,
    fingerprint: loaded.fingerprint.slice(0, 8),
  });

/** The title: what it is and, where the current template has one, for which period. */
export function whatifTitle(context: WhatifContext, say: Say): string {
  const period = context.a.template.period;
  return period
    ? say("sheet.whatif.title", { period: periodTitle(period, context.locale) })
    : say("sheet.whatif.titleNoPeriod");
}

/** The line under the title: both templates (version, fingerprint), the data, input hash, method, source, time. */
export function whatifProvenanceLine(context: WhatifContext, say: Say): string {
  const { a, b } = context;
  return say("sheet.whatif.provenance", {
    aName: a.template.name,
    aVersion: a.template.version,
    aFingerprint: a.fingerprint.slice(0, 8),
    bName: b.template.name,
    bVersion: b.template.version,
    bFingerprint: b.fingerprint.slice(0, 8),
    sheet: context.dataSheet,
    hash: context.inputHash.slice(0, 8),
    method: rankMethodName(say, context.method),
    source: context.source,
    time: context.generatedAt,
  });
}

/** The registry entry of 方案比较: both templates' fingerprints, the input hash and the method. */
export function whatifProvenance(context: WhatifContext): Provenance {
  const { a, b } = context;
  return {
    kind: "comparison",
    templateId: a.template.id,
    templateVersion: a.template.version,
    templateFingerprint: a.fingerprint,
    againstTemplateId: b.template.id,
    againstTemplateVersion: b.template.version,
    againstTemplateFingerprint: b.fingerprint,
    inputHash: context.inputHash,
    method: context.method,
    source: context.source,
    ...(a.template.period ? { period: a.template.period } : {}),
    generatedAt: context.generatedAt,
  };
}
