import {
  freeSheetName,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
} from "../workbook/port";
import { inputHash } from "./input-hash";
import { inspect, sheetsToRead, type InspectOptions, type Inspection } from "./inspect";
import { rankingSheetSpec } from "./sheets/ranking-sheet";
import { formatTimestamp } from "./timestamp";

export type RankJobOptions = InspectOptions & {
  /** "2025Q4", "2025", …; defaults to the template's period. */
  period?: string;
  /** Composite and rank cells as native formulas (with cached values). */
  live?: boolean;
  /** The source workbook's name, for the provenance line. */
  source?: string;
  now?: Date;
};

export type RankJobResult = Inspection & {
  rankingSheet: string | null;
  inputHash: string | null;
  period: string;
};

/**
 * `rank`: one read, validate and score, then one write of the ranking tab `排名 <period>`. Only the add-in's
 * own tab is replaced on a rerun; a user's sheet of that name is left alone (the tab gets a suffix).
 */
export async function rankJob(
  book: Workbook,
  options: RankJobOptions = {}
): Promise<RankJobResult> {
  const snapshot = await book.read(sheetsToRead(options));
  const inspection = inspect(snapshot, options);
  const ranking = rankingFor(inspection, snapshot, options);
  if (ranking.spec) await book.write([ranking.spec]);
  return ranking.result;
}

/** The ranking tab for an inspection already made (the CLI writes it with other sheets in one write). */
export function rankingFor(
  inspection: Inspection,
  existing: Pick<WorkbookSnapshot, "sheets">,
  options: RankJobOptions
): { spec: SheetSpec | null; result: RankJobResult } {
  const period = options.period ?? inspection.template?.template.period ?? "";
  if (!inspection.assessed || !inspection.template)
    return { spec: null, result: { ...inspection, rankingSheet: null, inputHash: null, period } };
  const hash = inputHash(inspection.records);
  const name = freeSheetName(period ? `排名 ${period}` : "排名", existing);
  const spec = rankingSheetSpec(inspection.template, inspection.assessed, inspection.issues, {
    name,
    period,
    source: options.source ?? inspection.sheet,
    generatedAt: formatTimestamp(options.now ?? new Date()),
    inputHash: hash,
    live: options.live ?? false,
  });
  return { spec, result: { ...inspection, rankingSheet: name, inputHash: hash, period } };
}
