import type { CalibrationSettings } from "../../core/calibration/calibration-settings";
import type { GroupFlag } from "../../core/calibration/calibrate";
import type { Locale, MessageKey } from "../../core/i18n/messages";
import type { RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Provenance } from "../../workbook/port";
import { periodTitle } from "../assessment/ranking-sheet";
import { rankMethodName, type Say } from "../shared/say";

/** What both calibration sheets say about where their numbers came from (registry and provenance line). */
export type CalibrationContext = {
  loaded: LoadedTemplate;
  period: string;
  /** The published ranking tab calibrated. */
  ranking: string;
  /** The score data sheet the groups were read from, and the column. */
  dataSheet: string;
  by: string;
  method: RankMethod;
  inputHash: string;
  source: string;
  generatedAt: string;
  settings: CalibrationSettings;
  locale: Locale;
};

export const FLAG_KEYS: Record<GroupFlag, MessageKey> = {
  lenient: "sheet.calibration.flag.lenient",
  harsh: "sheet.calibration.flag.harsh",
  normal: "sheet.calibration.flag.normal",
  "too-small": "sheet.calibration.flag.tooSmall",
};

/** The sheets' names: 校准分析 2025Q4 and 排名 2025Q4 校准 (Calibration 2025Q4, Ranking 2025Q4 calibrated). */
export const analysisSheetName = (period: string, say: Say) =>
  say("sheet.calibration.name", { period });
export const calibratedSheetName = (period: string, say: Say) =>
  say("sheet.calibrated.name", { period });

/** The line under the title: template, fingerprint, the ranking tab, input hash, rank method, source, time. */
export function calibrationProvenanceLine(context: CalibrationContext, say: Say): string {
  const t = context.loaded.template;
  return say("sheet.calibration.provenance", {
    name: t.name,
    version: t.version,
    fingerprint: context.loaded.fingerprint.slice(0, 8),
    ranking: context.ranking,
    hash: context.inputHash.slice(0, 8),
    method: rankMethodName(say, context.method),
    source: context.source,
    time: context.generatedAt,
  });
}

export const calibrationTitle = (key: MessageKey, context: CalibrationContext, say: Say) =>
  say(key, { period: periodTitle(context.period, context.locale), by: context.by });

/** The registry entry of a calibration sheet: what verify needs to recompute it. */
export function calibrationProvenance(
  kind: "calibration" | "calibratedRanking",
  context: CalibrationContext
): Provenance {
  const t = context.loaded.template;
  return {
    kind,
    templateId: t.id,
    templateVersion: t.version,
    templateFingerprint: context.loaded.fingerprint,
    inputHash: context.inputHash,
    method: context.method,
    source: context.source,
    period: context.period,
    generatedAt: context.generatedAt,
    calibrates: context.ranking,
    by: context.by,
  };
}
