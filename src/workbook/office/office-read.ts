import type { Grid, WorkbookSnapshot } from "../port";
import { liveRegistry, parseRegistry, recoverAppendOnly, REGISTRY_SHEET } from "../registry-sheet";
import { gridFromRange, jsonBytes, typeOfValue } from "./office-cells";
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
const MIN_BYTES_PER_CELL = 12;
/** A chunk is planned at this many times the bytes per cell measured so far (rows vary in weight). */
const MARGIN = 1.1;

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
  /** What a cell of this sheet weighs in a chunk's response, as measured so far (with a margin). */
  bytesPerCell: number;
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
      bytesPerCell: FIRST_GUESS_BYTES_PER_CELL,
    };
  });
  await context.sync();

  const existing = sheets.items.map((sheet) => sheet.name);
  const registry = registryRange.isNullObject
    ? {}
    : liveRegistry(parseRegistry(registryRange.values), existing);
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
      // What the chunks load: values and number formats.
      const weight = jsonBytes(window.values) + jsonBytes(window.numberFormat);
      part.bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (MARGIN * weight) / cells);
    }
    if (part.next < part.end) toRead.push(part);
  }

  await readChunks(context, toRead);

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

/** A cell whose value is the text of an error value: only its `valueTypes` tells an error from typed text. */
type Unsure = { part: Part; index: number; column: number };
/** The unsure cells' types are loaded this many column runs at a time, with the next chunk. */
const UNSURE_RUNS = 1_000;

/**
 * The rest of each sheet, in row chunks whose responses stay under the limit; halved if one does not. A chunk
 * loads values and number formats: a value tells its type (a number, a boolean, text, empty) except the text of
 * an error value (`#N/A`), whose `valueTypes` come with the next request (these cells are rare).
 */
async function readChunks(context: Excel.RequestContext, parts: Part[]): Promise<void> {
  const waiting = [...parts];
  let unsure: Unsure[] = [];
  while (waiting.length > 0 || unsure.length > 0) {
    const types = loadTypes(unsure.splice(0, unsureCount(unsure)));
    let planned = types.bytes;
    const batch: { part: Part; range: Excel.Range; rows: number }[] = [];
    for (const part of waiting) {
      const columns = part.used.columnCount;
      const room = Math.floor((RESPONSE_LIMIT - planned) / (columns * part.bytesPerCell));
      const rows = Math.min(part.end - part.next, room);
      if (rows < 1) break;
      batch.push({ part, range: chunk(part, rows), rows });
      planned += rows * columns * part.bytesPerCell;
      if (planned >= RESPONSE_LIMIT) break;
    }
    // Not even one row fits the estimate: read one row at a time.
    if (batch.length === 0 && waiting.length > 0)
      batch.push({ part: waiting[0], range: chunk(waiting[0], 1), rows: 1 });
    try {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- 5 MB per response
    } catch (error) {
      if (!isPayloadTooLarge(error) || batch.every(({ rows }) => rows <= 1)) throw error;
      unsure = [...types.cells, ...unsure];
      for (const part of waiting) part.bytesPerCell *= 2;
      continue;
    }
    types.apply();
    for (const { part, range } of batch) {
      const first = part.rows.values.length;
      append(part, range, typesOf(range.values));
      for (let r = 0; r < range.values.length; r++)
        range.values[r].forEach((value, c) => {
          if (typeOfValue(value) === null) unsure.push({ part, index: first + r, column: c });
        });
      part.next += range.rowCount;
      const weight = jsonBytes(range.values) + jsonBytes(range.numberFormat);
      part.bytesPerCell = Math.max(
        MIN_BYTES_PER_CELL,
        part.bytesPerCell * 0.5,
        (MARGIN * weight) / (range.rowCount * part.used.columnCount)
      );
      if (part.next >= part.end) waiting.splice(waiting.indexOf(part), 1);
    }
  }
}

function chunk(part: Part, rows: number): Excel.Range {
  const range = part.sheet.getRangeByIndexes(
    part.next,
    part.used.columnIndex,
    rows,
    part.used.columnCount
  );
  range.load("values,numberFormat,rowCount");
  return range;
}

/** The types a chunk's values tell ("" where only valueTypes can: filled in later). */
const typesOf = (values: unknown[][]) =>
  values.map((row) => row.map((value) => typeOfValue(value) ?? ""));

/** How many of the unsure cells (in order) make at most UNSURE_RUNS column runs. */
function unsureCount(cells: Unsure[]): number {
  let runs = 0;
  for (let k = 0; k < cells.length; k++) {
    const previous = cells[k - 1];
    const cell = cells[k];
    const sameRun =
      previous &&
      previous.part === cell.part &&
      previous.column === cell.column &&
      previous.index === cell.index - 1;
    if (!sameRun && ++runs > UNSURE_RUNS) return k;
  }
  return cells.length;
}

/** Queues the valueTypes of the unsure cells, in column runs; `apply` puts them in place after the sync. */
function loadTypes(cells: Unsure[]) {
  const sorted = [...cells].sort(
    (a, b) => a.part.name.localeCompare(b.part.name) || a.column - b.column || a.index - b.index
  );
  const runs: { first: Unsure; count: number; range: Excel.Range }[] = [];
  let bytes = 0;
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.first.part === cell.part &&
      last.first.column === cell.column &&
      last.first.index + last.count === cell.index
    ) {
      last.count++;
      continue;
    }
    runs.push({ first: cell, count: 1, range: null as unknown as Excel.Range });
  }
  for (const run of runs) {
    const { part, index, column } = run.first;
    run.range = part.sheet.getRangeByIndexes(
      part.used.rowIndex + index,
      part.used.columnIndex + column,
      run.count,
      1
    );
    run.range.load("valueTypes");
    bytes += 80 + run.count * 12;
  }
  return {
    cells,
    bytes,
    apply: () => {
      for (const { first, count, range } of runs)
        for (let k = 0; k < count; k++)
          first.part.rows.types[first.index + k][first.column] = range.valueTypes[k][0];
    },
  };
}

/** Appends a range's rows one by one (a spread of 100,000 rows would overflow the stack). */
function append(part: Part, range: Excel.Range, types: string[][] = range.valueTypes): void {
  const { values, numberFormat } = range;
  for (let r = 0; r < values.length; r++) {
    part.rows.values.push(values[r]);
    part.rows.types.push(types[r]);
    part.rows.formats.push(numberFormat[r] as string[]);
  }
}
