import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** The entries of an .xlsx as text (XML) or bytes, to be broken on purpose. */
export function entriesOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function zipOf(entries: Record<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) if (!name.endsWith("/")) files[name] = data;
  return zipSync(files);
}

/** The part of a sheet by its name, through workbook.xml and its relationships. */
export function sheetPart(entries: Record<string, Uint8Array>, sheet: string): string {
  const workbook = strFromU8(entries["xl/workbook.xml"]);
  const rels = strFromU8(entries["xl/_rels/workbook.xml.rels"]);
  const tag = workbook.match(new RegExp(`<sheet [^>]*name="${sheet}"[^>]*>`))?.[0];
  const id = tag?.match(/r:id="([^"]+)"/)?.[1];
  const target = rels
    .match(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`))?.[0]
    ?.match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The workbook with one sheet's XML changed. */
export function editSheet(
  bytes: Uint8Array,
  sheet: string,
  edit: (xml: string) => string
): Uint8Array {
  const entries = entriesOf(bytes);
  const part = sheetPart(entries, sheet);
  entries[part] = strToU8(edit(strFromU8(entries[part])));
  return zipOf(entries);
}

/** Any entry's text changed. */
export function editEntry(
  bytes: Uint8Array,
  name: string,
  edit: (xml: string) => string
): Uint8Array {
  const entries = entriesOf(bytes);
  entries[name] = strToU8(edit(strFromU8(entries[name])));
  return zipOf(entries);
}

/** A cell's raw `<v>` replaced (its type attribute dropped: a number cell as SpreadsheetML writes one). */
export const withRawValue = (reference: string, raw: string) => (xml: string) =>
  xml.replace(
    new RegExp(`<c r="${reference}"([^>]*?)(?: t="\\w+")?(?:/>|>[\\s\\S]*?</c>)`),
    (_, attributes: string) =>
      `<c r="${reference}"${attributes.replace(/ t="\w+"/, "")}><v>${raw}</v></c>`
  );

/** A row added at the end of sheetData (the row number as given, however wrong). */
export const withRow = (row: string, cells: string) => (xml: string) =>
  xml.replace("</sheetData>", `<row r="${row}">${cells}</row></sheetData>`);

/** An inline-text cell. */
export const textCell = (reference: string, text: string) =>
  `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")}</t></is></c>`;
