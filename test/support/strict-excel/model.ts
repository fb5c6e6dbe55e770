/* The workbook the strict fake holds: what Excel would hold after the requests it has run. */
import type { Area } from "./addresses";

export type Value = string | number | boolean | null;

export type FakeConditionalFormat = {
  type: string;
  /** The address it applies to, as given. */
  range: string;
  areas: Area[];
  formula?: string;
  fill?: string;
  font?: string;
  rule?: unknown;
};

/** A format property set on a rectangle (bold, fill, wrap, locked…); later calls win. */
export type FormatCall = { area: Area; property: string; value: unknown };

export type FakeSheet = {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  values: Value[][];
  types: string[][];
  formulas: (string | undefined)[][];
  formats: string[][];
  formatCalls: FormatCall[];
  columnWidths: Map<number, number>;
  /** In priority order: index 0 is the top priority, and its id in the sheet's collection is "0". */
  conditionalFormats: FakeConditionalFormat[];
  /** A rule made in Excel's UI that office-js cannot read back (office-js#6835: a duplicated rule). */
  conditionalFormatsUnreadable?: boolean;
  validations: { range: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  protection: { protected: boolean; options: Record<string, boolean>; password?: string };
  freeze: { rows: number; columns: number };
  autoFilter: string | null;
  merges: Area[];
  charts: { name: string; title?: string }[];
  pageLayout: Record<string, unknown>;
  /** 0-based rows a manual page break comes before. */
  pageBreaks: number[];
  activated: boolean;
  /** Formula cells written while calculation was suspended and not recalculated since ("r,c"). */
  stale: Set<string>;
};

let nextSheet = 1;

export function newSheet(name: string): FakeSheet {
  return {
    id: `{00000000-0001-0000-${String(nextSheet++).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    values: [],
    types: [],
    formulas: [],
    formats: [],
    formatCalls: [],
    columnWidths: new Map(),
    conditionalFormats: [],
    validations: [],
    protection: { protected: false, options: {} },
    freeze: { rows: 0, columns: 0 },
    autoFilter: null,
    merges: [],
    charts: [],
    pageLayout: {},
    pageBreaks: [],
    activated: false,
    stale: new Set(),
  };
}

/** The last value a format property was given on a cell (undefined: Excel's default). */
export function formatAt(sheet: FakeSheet, row: number, column: number, property: string): unknown {
  for (let k = sheet.formatCalls.length - 1; k >= 0; k--) {
    const call = sheet.formatCalls[k];
    if (
      call.property === property &&
      row >= call.area.r0 &&
      row <= call.area.r1 &&
      column >= call.area.c0 &&
      column <= call.area.c1
    )
      return call.value;
  }
  return undefined;
}

export const isLocked = (sheet: FakeSheet, row: number, column: number) =>
  formatAt(sheet, row, column, "locked") !== false;

/** The used range: every cell with a value or a formula (and, unless valuesOnly, a number format). */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  const take = (r: number, c: number) => {
    if (!area) area = { r0: r, c0: c, r1: r, c1: c };
    else {
      area.r0 = Math.min(area.r0, r);
      area.c0 = Math.min(area.c0, c);
      area.r1 = Math.max(area.r1, r);
      area.c1 = Math.max(area.c1, c);
    }
  };
  const rows = Math.max(sheet.values.length, sheet.formulas.length, sheet.formats.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(
      sheet.values[r]?.length ?? 0,
      sheet.formulas[r]?.length ?? 0,
      valuesOnly ? 0 : (sheet.formats[r]?.length ?? 0)
    );
    for (let c = 0; c < width; c++) {
      const v = sheet.values[r]?.[c];
      if (
        (v !== null && v !== undefined && v !== "") ||
        sheet.formulas[r]?.[c] !== undefined ||
        (!valuesOnly && (sheet.formats[r]?.[c] ?? "General") !== "General")
      )
        take(r, c);
    }
  }
  return area;
}
