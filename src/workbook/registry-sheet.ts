import { provenanceSchema, type Grid, type Provenance, type Registry } from "./port";

/**
 * The add-in's own bookkeeping lives in a very hidden sheet, because it is the one place both adapters can
 * read: ExcelJS cannot read custom document properties, custom XML parts or worksheet custom properties.
 * One row per owned sheet: its name, and its provenance as JSON.
 */
export const REGISTRY_SHEET = "_bank_assess";
export const REGISTRY_HEADER = ["sheet", "provenance"];

export function registryRows(registry: Registry): string[][] {
  return [
    REGISTRY_HEADER,
    ...Object.entries(registry).map(([name, provenance]) => [name, JSON.stringify(provenance)]),
  ];
}

/** Reads the rows back; a row that does not parse is ignored (the sheet is not then treated as owned). */
export function parseRegistry(rows: readonly (readonly unknown[])[]): Registry {
  const registry: Registry = {};
  for (const row of rows.slice(1)) {
    const [name, json] = row;
    if (typeof name !== "string" || typeof json !== "string") continue;
    try {
      const parsed = provenanceSchema.safeParse(JSON.parse(json));
      if (parsed.success) registry[name] = parsed.data;
    } catch {
      // not ours
    }
  }
  return registry;
}

/**
 * The entries whose sheet still exists. An entry left behind by a sheet the user deleted would make a new
 * sheet of the user's with that name look like the add-in's: such entries are dropped at every read and write.
 */
export function liveRegistry(registry: Registry, sheetNames: Iterable<string>): Registry {
  const existing = new Set([...sheetNames].map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(registry).filter(([name]) => existing.has(name.toLowerCase()))
  );
}

/** A provenance as recorded once its sheet is whole (a job may copy one it read while unfinished). */
export function completed(provenance: Provenance): Provenance {
  const whole = { ...provenance };
  delete whole.state;
  return whole;
}

/**
 * What the registry says of a sheet while it is being written: what it was (for a new sheet, what it is to
 * be), marked "writing"; an append-only sheet records how many of its rows stay whole meanwhile.
 */
export function writingEntry(
  earlier: Provenance | undefined,
  next: Provenance,
  keepRows: number | undefined
): Provenance {
  const entry: Provenance = { ...(earlier ?? next), state: "writing" };
  delete entry.rows;
  if (keepRows !== undefined) entry.rows = keepRows;
  return entry;
}

/**
 * An append-only sheet left being written is read as its whole rows, and is then whole again: what a job
 * appended to it before it stopped is not read (the job's rerun appends it again).
 */
export function recoverAppendOnly(registry: Registry, grids: Map<string, Grid>): Registry {
  const settled: Registry = { ...registry };
  for (const [name, provenance] of Object.entries(registry)) {
    if (provenance.state !== "writing" || provenance.rows === undefined) continue;
    settled[name] = completed(provenance);
    const grid = grids.get(name);
    if (grid) grids.set(name, { ...grid, rows: grid.rows.slice(0, provenance.rows) });
  }
  return settled;
}
