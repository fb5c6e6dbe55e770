import type { Grid, WorkbookSnapshot } from "../port";
import { liveRegistry, parseRegistry, recoverAppendOnly, REGISTRY_SHEET } from "../registry-sheet";
import { gridFromRange, jsonBytes } from "./office-cells";
import { isPayloadTooLarge, RESPONSE_LIMIT } from "./request-budget";

/**
 * The first sync reads, with the sheet list and the registry, a window of each sheet's first rows: a branch's
 * score sheet of a few hundred rows is read in that one round trip. Larger sheets are read on in row chunks,
 * each response kept under Excel on the web's 5 MB limit by the bytes per cell seen so far.
 */
const WINDOW_ROWS = 1_000;
const WINDOW_COLUMNS = 64;
const WINDOW_CELLS = 150_000;
/** Before anything is measured: what a cell's value, type and format weigh at most in most sheets. */
const FIRST_GUESS_BYTES_PER_CELL = 60;
const MIN_BYTES_PER_CELL = 24;

export type ReadResult = { snapshot: WorkbookSnapshot };

export async function readWorkbook(
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  names: readonly string[]
): Promise<ReadResult> {
  try {
    return await run((context) => readIn(context, names, true));
  } catch (error) {
    // The window came back too large (long texts): read again without it, in measured chunks.
    if (!isPayloadTooLarge(error)) throw error;
    return run((context) => readIn(context, names, false));
  }
}

type Part = {
  name: string;
  used: Excel.Range;
  window: Excel.Range | null;
  sheet: Excel.Worksheet;
  rows: { values: unknown[][]; types: string[][]; formats: string[][] };
  next: number;
  end: number;
};

async function readIn(
  context: Excel.RequestContext,
  names: readonly string[],
  withWindow: boolean
): Promise<ReadResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const registryRange = sheets.getItemOrNullObject(REGISTRY_SHEET).getUsedRangeOrNullObject(true);
  registryRange.load("values");
  const windowRows = Math.min(
    WINDOW_ROWS,
    Math.max(1, Math.floor(WINDOW_CELLS / Math.max(1, names.length) / WINDOW_COLUMNS))
  );
  const parts: Part[] = names.map((name) => {
    const sheet = sheets.getItemOrNullObject(name);
    // By values: a sheet formatted far down (a whole column filled, a border to row 100,000) is read as far
    // as its values go, not as a huge empty range.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const window = withWindow
      ? used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS))
      : null;
    window?.load("values,valueTypes,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
    // No conditional formats here: Excel fails to read some of a user's (office-js#6827, #6835), which must
    // not fail a job; only highlighting reads them, on the one sheet it marks.
    return {
      name,
      sheet,
      used,
      window,
      rows: { values: [], types: [], formats: [] },
      next: 0,
      end: 0,
    };
  });
  await context.sync();

  const existing = sheets.items.map((sheet) => sheet.name);
  const registry = registryRange.isNullObject
    ? {}
    : liveRegistry(parseRegistry(registryRange.values), existing);
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  const toRead: Part[] = [];
  for (const part of parts) {
    if (part.used.isNullObject) continue;
    part.next = part.used.rowIndex;
    part.end = part.used.rowIndex + part.used.rowCount;
    const window = part.window;
    if (
      window &&
      !window.isNullObject &&
      window.columnIndex + window.columnCount >= part.used.columnIndex + part.used.columnCount
    ) {
      append(part, window);
      part.next = window.rowIndex + window.rowCount;
      const cells = window.rowCount * window.columnCount;
      const weight =
        jsonBytes(window.values) + jsonBytes(window.valueTypes) + jsonBytes(window.numberFormat);
      bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (1.5 * weight) / cells);
    }
    if (part.next < part.end) toRead.push(part);
  }

  await readChunks(context, toRead, bytesPerCell);

  const grids = new Map<string, Grid>();
  for (const part of parts) {
    if (!existing.some((name) => name.toLowerCase() === part.name.toLowerCase())) continue;
    grids.set(
      part.name,
      part.used.isNullObject
        ? { name: part.name, rows: [] }
        : gridFromRange(
            part.name,
            { row: part.used.rowIndex, column: part.used.columnIndex },
            part.rows.values,
            part.rows.types,
            part.rows.formats
          )
    );
  }
  return {
    snapshot: {
      sheets: existing
        .filter((name) => name !== REGISTRY_SHEET)
        .map((name) => ({ name, owned: name in registry })),
      grids,
      registry: recoverAppendOnly(registry, grids),
    },
  };
}

/** The rest of each sheet, in row chunks whose responses stay under the limit; halved if one does not. */
async function readChunks(
  context: Excel.RequestContext,
  parts: Part[],
  firstBytesPerCell: number
): Promise<void> {
  let bytesPerCell = firstBytesPerCell;
  const waiting = [...parts];
  while (waiting.length > 0) {
    const batch: { part: Part; range: Excel.Range; rows: number }[] = [];
    let planned = 0;
    for (const part of waiting) {
      const columns = part.used.columnCount;
      const room = Math.floor((RESPONSE_LIMIT - planned) / (columns * bytesPerCell));
      const rows = Math.min(part.end - part.next, room);
      if (rows < 1) break;
      const range = part.sheet.getRangeByIndexes(part.next, part.used.columnIndex, rows, columns);
      range.load("values,valueTypes,numberFormat,rowCount");
      batch.push({ part, range, rows });
      planned += rows * columns * bytesPerCell;
      if (planned >= RESPONSE_LIMIT) break;
    }
    if (batch.length === 0) {
      // Not even one row fits the estimate: read one row at a time.
      const part = waiting[0];
      const range = part.sheet.getRangeByIndexes(
        part.next,
        part.used.columnIndex,
        1,
        part.used.columnCount
      );
      range.load("values,valueTypes,numberFormat,rowCount");
      batch.push({ part, range, rows: 1 });
    }
    try {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- 5 MB per response
    } catch (error) {
      if (!isPayloadTooLarge(error) || batch.every(({ rows }) => rows <= 1)) throw error;
      bytesPerCell *= 2;
      continue;
    }
    for (const { part, range } of batch) {
      append(part, range);
      part.next += range.rowCount;
      const weight =
        jsonBytes(range.values) + jsonBytes(range.valueTypes) + jsonBytes(range.numberFormat);
      bytesPerCell = Math.max(
        MIN_BYTES_PER_CELL,
        bytesPerCell * 0.5,
        (1.5 * weight) / (range.rowCount * part.used.columnCount)
      );
      if (part.next >= part.end) waiting.splice(waiting.indexOf(part), 1);
    }
  }
}

/** Appends a range's rows one by one (a spread of 100,000 rows would overflow the stack). */
function append(part: Part, range: Excel.Range): void {
  const { values, valueTypes, numberFormat } = range;
  for (let r = 0; r < values.length; r++) {
    part.rows.values.push(values[r]);
    part.rows.types.push(valueTypes[r] as string[]);
    part.rows.formats.push(numberFormat[r] as string[]);
  }
}
