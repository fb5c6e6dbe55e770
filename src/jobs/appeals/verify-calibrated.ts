import { normalise, type CalibratedRow } from "../../core/calibration/calibrate";
import { calibrationSettings } from "../../core/calibration/calibration-settings";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { append } from "../../core/util/append";
import type { Grid, WorkbookSnapshot } from "../../workbook/port";
import { scoreDataOf } from "../assessment/score-data";
import { CALIBRATED_COLUMN, CALIBRATED_HEADER_ROW } from "../calibration/calibrated-sheet";
import { DEFAULT_BY, groupedRows } from "../calibration/grouping";
import { issueAt, type Issue } from "../shared/issue";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { isUnfinished } from "../shared/unfinished";
import type { Difference } from "./verify-difference";
import { compareRows, tabRows, type Check, type TabRow } from "./verify-rows";

/** The calibrated ranking tabs a workbook's registry names (排名 2025Q4 校准), never guessed from names. */
export const calibratedTabs = (snapshot: Pick<WorkbookSnapshot, "registry">) =>
  Object.entries(snapshot.registry)
    .filter(([, provenance]) => provenance.kind === "calibratedRanking")
    .map(([name]) => name);

type Found = {
  tabs: { sheet: string; period: string; rows: number }[];
  differences: Difference[];
  problems: Issue[];
};

/**
 * verify (calibration.md §1): each calibrated ranking tab against a fresh calibration — the template's
 * fingerprint, the score data's input hash, then every row's calibrated composite, ranks in the three scopes
 * and grade, each difference with its cell. Adds what it finds to `found`.
 */
export function verifyCalibrated(
  snapshot: WorkbookSnapshot,
  loaded: LoadedTemplate,
  found: Found
): void {
  for (const sheet of calibratedTabs(snapshot)) {
    const provenance = snapshot.registry[sheet];
    const grid = snapshot.grids.get(sheet);
    // A tab left half written by an interrupted job is named, not compared cell by cell.
    if (isUnfinished(snapshot, sheet))
      found.problems.push(issueAt("error", "sheet.unfinished", { sheet }));
    if (!grid || isUnfinished(snapshot, sheet)) continue;
    const rows = tabRows(grid, CALIBRATED_HEADER_ROW, CALIBRATED_COLUMN.id);
    found.tabs.push({ sheet, period: provenance.period ?? "", rows: rows.length });
    if (provenance.templateFingerprint && provenance.templateFingerprint !== loaded.fingerprint) {
      found.differences.push({
        sheet: TEMPLATE_SHEET,
        cell: "D3",
        what: "templateFingerprint",
        recorded: provenance.templateFingerprint,
        recomputed: loaded.fingerprint,
      });
      continue;
    }
    const data = scoreDataOf(snapshot, provenance, loaded);
    if (!data.ok) {
      if (data.changed)
        found.differences.push({
          sheet: data.changed,
          cell: "A1",
          what: "inputHash",
          recorded: provenance.inputHash ?? null,
          recomputed: null,
        });
      else found.problems.push(issueAt("error", "verify.noScores", { sheet }));
      continue;
    }
    const { inspection } = data;
    const dataGrid = snapshot.grids.get(inspection.sheet) as Grid;
    const grouped = groupedRows(inspection.assessed.ranked, dataGrid, provenance.by ?? DEFAULT_BY);
    if (!grouped.ok) {
      append(found.problems, grouped.error);
      continue;
    }
    const t = loaded.template;
    const fresh = normalise(grouped.value, {
      bands: t.grades,
      precision: t.precision,
      method: inspection.assessed.method,
      settings: calibrationSettings(t),
    });
    compareCalibrated(sheet, grid, rows, fresh, found.differences);
  }
}

function compareCalibrated(
  sheet: string,
  tab: Grid,
  rows: readonly TabRow[],
  fresh: readonly CalibratedRow[],
  differences: Difference[]
): void {
  const C = CALIBRATED_COLUMN;
  compareRows(
    sheet,
    tab,
    rows,
    fresh,
    C.id,
    (row): Check[] => [
      ["composite", C.calibrated, row.calibrated],
      ["rank.overall", C.overall, row.calibratedRank.overall],
      ["rank.post", C.inPost, row.calibratedRank.post],
      ["rank.branch", C.inBranch, row.calibratedRank.branch],
      ["grade", C.calibratedGrade, row.calibratedGrade],
    ],
    differences
  );
}
