import { provenanceSchema, type Registry } from "./port";

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
