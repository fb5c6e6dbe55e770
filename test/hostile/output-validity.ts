import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

/** Excel's limits on what a workbook may hold (Microsoft's "Excel specifications and limits"). */
const MAX_CELL_TEXT = 32_767;
const MAX_LIST_VALIDATION = 255;
const MAX_SHEET_NAME = 31;

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

/**
 * What Excel would repair or refuse in a workbook the add-in wrote: each problem as a line. ExcelJS must
 * also open it.
 */
export async function invalidities(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  try {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    problems.push(`ExcelJS cannot open it: ${(error as Error).message}`);
  }
  const entries = unzipSync(bytes);
  const xml = (name: string) => (entries[name] ? strFromU8(entries[name]) : "");
  const workbook = xml("xl/workbook.xml");
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => decode(m[1]));
  for (const name of names) {
    if (name.length === 0 || name.length > MAX_SHEET_NAME)
      problems.push(`sheet name length: ${name}`);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    if (/[[\]:*?/\\\u0000-\u001f]/.test(name))
      problems.push(`sheet name character: ${JSON.stringify(name)}`);
    if (name.startsWith("'") || name.endsWith("'")) problems.push(`sheet name apostrophe: ${name}`);
  }
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length)
    problems.push("two sheets of one name");
  for (const m of workbook.matchAll(/<definedName [^>]*>([^<]*)<\/definedName>/g)) {
    const formula = decode(m[1]);
    // Every quoted sheet name closes: no stray apostrophe (a name with one is written with it doubled).
    const stripped = formula.replace(/'(?:[^']|'')*'!/g, "");
    if (stripped.includes("'")) problems.push(`defined name not quoted right: ${formula}`);
  }
  for (const [name, data] of Object.entries(entries)) {
    if (!name.endsWith(".xml")) continue;
    const text = strFromU8(data);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text))
      problems.push(`${name}: a control character`);
    for (const v of text.matchAll(/<v>([^<]*)<\/v>/g))
      if (
        /^(?:-?Infinity|NaN|-?inf)$/i.test(v[1]) ||
        (/^[-+\d.eE]+$/.test(v[1]) && !Number.isFinite(Number(v[1])))
      )
        problems.push(`${name}: a non-finite number ${v[1]}`);
    for (const t of text.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g))
      if (decode(t[1]).length > MAX_CELL_TEXT)
        problems.push(`${name}: a text of ${decode(t[1]).length} characters`);
    for (const f of text.matchAll(
      /<dataValidation [^>]*type="list"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g
    )) {
      const list = decode(f[1]);
      if (list.startsWith('"') && list.length - 2 > MAX_LIST_VALIDATION)
        problems.push(`${name}: a list validation of ${list.length - 2} characters`);
    }
    for (const f of text.matchAll(/<cfRule [^>]*>\s*<formula>([^<]*)<\/formula>/g)) {
      const formula = decode(f[1]);
      // A label compared with must be one string literal (quotes doubled), or a reference: never live text.
      if (formula.startsWith('"') && !/^"(?:[^"]|"")*"$/.test(formula))
        problems.push(`${name}: a conditional format that is live text: ${formula}`);
    }
  }
  return problems;
}
