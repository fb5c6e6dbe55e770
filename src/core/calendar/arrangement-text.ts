// The yearly holiday arrangement (放假安排) as a bank gives it in a file: a CSV (日期, 类型, 说明), or the JSON of the
// public holiday-cn data (github.com/NateScarlet/holiday-cn). The words and dates of a row are read here, once,
// for the files and for the 放假安排 sheet (jobs/calendar/arrangement-sheet.ts) alike.
import type { ZodIssue } from "zod";
import { z } from "zod";
import {
  localized,
  type LocalizedText,
  type MessageKey,
  type MessageParams,
} from "../i18n/messages";
import { jsonErrorPlace } from "../util/json-error";
import { jsonDepth, MAX_JSON_DEPTH } from "../util/json-depth";
import { err, ok, type Result } from "../util/result";
import { normaliseText } from "../util/text";
import type { ArrangementDay } from "./arrangement";
import { isoDate, serialOf } from "./official-calendar";

export type ArrangementKind = ArrangementDay["kind"];

/**
 * The headers of a 放假安排 table, the Chinese name first (as the generated sheet writes it), then the others a
 * table made elsewhere may have. Matched with white space and full-width characters folded, English in any case.
 */
export const ARRANGEMENT_HEADERS = {
  date: ["日期", "Date"],
  kind: ["类型", "Type", "Kind"],
  note: ["说明", "Note", "备注", "Notes"],
} as const;

/** The words a row's 类型 may be, case- and width-insensitive: the first is the one the generated sheet offers. */
export const ARRANGEMENT_KIND_WORDS: Readonly<Record<ArrangementKind, readonly string[]>> = {
  off: ["休", "休息", "off"],
  work: ["班", "上班", "work"],
};

/** The two kinds as messages name them. */
export const ARRANGEMENT_KIND_TEXT: Readonly<Record<ArrangementKind, LocalizedText>> = {
  off: localized("休", "休 (day off)"),
  work: localized("班", "班 (working day)"),
};

/** The years a loaded date may be in (as the generated sheet's date validation). */
export const ARRANGEMENT_YEARS = { first: 2000, last: 2099 } as const;

/** Headers and words are matched with white space and full-width characters folded, English in any case. */
const fold = (text: string) => normaliseText(text).toLowerCase().replace(/\s+/g, "");

/** "休", "ＯＦＦ", " 上班 " → the kind; anything else (and blank) → null. */
export function arrangementKindOf(text: string | undefined): ArrangementKind | null {
  const word = fold(text ?? "");
  if (!word) return null;
  for (const kind of ["off", "work"] as const)
    if (ARRANGEMENT_KIND_WORDS[kind].some((w) => fold(w) === word)) return kind;
  return null;
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?$/;

/**
 * A date as typed ("2027-01-01", "2027/1/1", "2027.1.1", "2027年1月1日", full-width digits too; a midnight time
 * after it, as a CSV saved from a date-time cell has, is allowed) → ISO, or null when it is not a date that
 * exists (2027-02-30) within ARRANGEMENT_YEARS.
 */
export function arrangementDateOf(text: string): string | null {
  const m = DATE_TEXT.exec(normaliseText(text));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < ARRANGEMENT_YEARS.first || year > ARRANGEMENT_YEARS.last) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const FIRST_SERIAL = serialOf(`${ARRANGEMENT_YEARS.first}-01-01`);
const LAST_SERIAL = serialOf(`${ARRANGEMENT_YEARS.last}-12-31`);

/** An Excel serial date (a date cell, or a number in the date column) → ISO, or null outside ARRANGEMENT_YEARS. */
export function arrangementDateOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  return day >= FIRST_SERIAL && day <= LAST_SERIAL ? isoDate(day) : null;
}

/**
 * A row the generated sheet shows as its example (its date or its 说明 starting with 示例 or "Example", as the
 * duties sheets mark theirs): never data, also when the sheet was saved as a CSV.
 */
export function isArrangementExample(...texts: (string | undefined)[]): boolean {
  return texts.some((text) => {
    const t = normaliseText(text ?? "");
    return t.startsWith("示例") || /^example/i.test(t);
  });
}

/** A day read, and where (a line, a cell) it was read, for the message that names two places. */
export type PlacedDay<P> = { day: ArrangementDay; place: P };
export type ArrangementConflict<P> = { date: string; first: PlacedDay<P>; second: PlacedDay<P> };

/**
 * The days of one table or file: a date given twice with the same kind is kept once (its first note kept, or
 * the later one when the first has none); with two kinds it is a conflict, and neither is kept. By date.
 */
export function mergeArrangementDays<P>(placed: readonly PlacedDay<P>[]): {
  days: ArrangementDay[];
  conflicts: ArrangementConflict<P>[];
} {
  const first = new Map<string, PlacedDay<P>>();
  const conflicts: ArrangementConflict<P>[] = [];
  const conflicted = new Set<string>();
  for (const entry of placed) {
    const date = entry.day.date;
    const seen = first.get(date);
    if (!seen) first.set(date, { ...entry, day: { ...entry.day } });
    else if (seen.day.kind !== entry.day.kind) {
      conflicts.push({ date, first: seen, second: entry });
      conflicted.add(date);
    } else if (!seen.day.note && entry.day.note) seen.day.note = entry.day.note;
  }
  const days = [...first.values()]
    .filter((entry) => !conflicted.has(entry.day.date))
    .map((entry) => entry.day)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { days, conflicts };
}

/** One thing wrong with a file, in the user's language (formatMessage), and where: its line or its JSON path. */
export type ArrangementProblem = {
  key: MessageKey;
  params: MessageParams;
  /** CSV: the 1-based line the row starts on. */
  line?: number;
  /** JSON: where in the document, as ["days", 3, "date"]. */
  path?: (string | number)[];
};

export type ArrangementParse = Result<ArrangementDay[], ArrangementProblem[]>;

/** A file with more problems than this lists these and says how many more there are. */
export const MAX_ARRANGEMENT_PROBLEMS = 50;

function capped(problems: ArrangementProblem[]): ArrangementProblem[] {
  if (problems.length <= MAX_ARRANGEMENT_PROBLEMS) return problems;
  const more = problems.length - MAX_ARRANGEMENT_PROBLEMS;
  return [
    ...problems.slice(0, MAX_ARRANGEMENT_PROBLEMS),
    { key: "arrangement.text.more", params: { count: more } },
  ];
}

const FIELD_TEXT = {
  date: localized("日期", "日期 (date)"),
  kind: localized("类型", "类型 (type)"),
} as const;

type Fields = { date?: string; kind?: string; note?: string };

/**
 * One row of a file: its day, or what is wrong (blank date or type, a date that does not exist, a type not of
 * the words), each problem with `where` (the row's place in both languages).
 */
function dayOfFields(
  fields: Fields,
  where: LocalizedText,
  source: string,
  at: Pick<ArrangementProblem, "line" | "path">,
  datePath: Pick<ArrangementProblem, "path"> = {}
): { day: ArrangementDay | null; problems: ArrangementProblem[] } {
  const problems: ArrangementProblem[] = [];
  const dateText = fields.date?.trim() ?? "";
  const kindText = fields.kind?.trim() ?? "";
  const date = dateText ? arrangementDateOf(dateText) : null;
  const kind = arrangementKindOf(kindText);
  if (!dateText)
    problems.push({
      key: "arrangement.text.required",
      params: { where, field: FIELD_TEXT.date },
      ...at,
    });
  else if (!date)
    problems.push({
      key: "arrangement.text.badDate",
      params: { where, text: dateText },
      ...at,
      ...datePath,
    });
  if (!kindText)
    problems.push({
      key: "arrangement.text.required",
      params: { where, field: FIELD_TEXT.kind },
      ...at,
    });
  else if (!kind)
    problems.push({ key: "arrangement.text.badKind", params: { where, text: kindText }, ...at });
  if (!date || !kind) return { day: null, problems };
  const note = fields.note?.trim();
  return { day: { date, kind, ...(note ? { note } : {}), source }, problems };
}

function merged(
  placed: PlacedDay<LocalizedText & Pick<ArrangementProblem, "line" | "path">>[],
  problems: ArrangementProblem[],
  source: string
): ArrangementParse {
  const { days, conflicts } = mergeArrangementDays(placed);
  for (const { date, first, second } of conflicts)
    problems.push({
      key: "arrangement.conflict",
      params: {
        date,
        first: localized(first.place["zh-CN"], first.place["en-US"]),
        firstKind: ARRANGEMENT_KIND_TEXT[first.day.kind],
        second: localized(second.place["zh-CN"], second.place["en-US"]),
        secondKind: ARRANGEMENT_KIND_TEXT[second.day.kind],
      },
      ...(second.place.line !== undefined ? { line: second.place.line } : {}),
      ...(second.place.path !== undefined ? { path: second.place.path } : {}),
    });
  if (problems.length > 0) return err(capped(problems));
  if (days.length === 0) return err([{ key: "arrangement.text.empty", params: { source } }]);
  return ok(days);
}

// ---------------------------------------------------------------------------------------------------------
// Bytes

/**
 * A file's text, whatever Excel or an editor saved it as: UTF-8 with or without its BOM; UTF-16 with its BOM
 * (Excel's "Unicode text"); else, when it is not valid UTF-8, GB18030 (Excel's "CSV" on Chinese Windows is
 * GBK, which GB18030 contains). A host whose TextDecoder has no GB18030 (EdgeHTML 18's polyfill is UTF-8 only)
 * gives the text with U+FFFD where it could not read it: parseArrangementCsv then names that line.
 */
export function decodeArrangementBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!hasBom) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      try {
        return new TextDecoder("gb18030").decode(bytes);
      } catch {
        // No GB18030 here: read as UTF-8 below, the unreadable characters marked.
      }
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start + 1 < bytes.length; start += CHUNK * 2) {
    const units: number[] = [];
    for (let i = start; i + 1 < bytes.length && i < start + CHUNK * 2; i += 2)
      units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    parts.push(String.fromCharCode(...units));
  }
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------------------
// CSV

export type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180 records, as Excel writes and reads them: fields separated by the delimiter, a field in double quotes
 * may hold the delimiter, line breaks and "" (one quote). A quote inside an unquoted field is kept as typed.
 * Each record has the (1-based) line it starts on; a quote never closed is the line it opened on.
 */
export function csvRecords(text: string, delimiter: string): Result<CsvRecord[], { line: number }> {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
      atFieldStart = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted) return err({ line: quoteLine });
  if (field !== "" || fields.length > 0) endRecord();
  return ok(records);
}

/** The header row within the first ten: the one with a 日期 and a 类型 column. */
function csvHeader(
  records: CsvRecord[]
): { index: number; columns: Map<keyof Fields, number> } | null {
  for (let index = 0; index < Math.min(10, records.length); index++) {
    const columns = new Map<keyof Fields, number>();
    records[index].fields.forEach((cell, c) => {
      const text = fold(cell);
      if (!text) return;
      for (const [field, names] of Object.entries(ARRANGEMENT_HEADERS) as [
        keyof Fields,
        readonly string[],
      ][])
        if (!columns.has(field) && names.some((name) => fold(name) === text)) columns.set(field, c);
    });
    if (columns.has("date") && columns.has("kind")) return { index, columns };
  }
  return null;
}

/**
 * A CSV of the arrangement: a header row (日期, 类型, optional 说明; English names too) in its first ten lines,
 * then one day a line. Blank lines and the generated sheet's example row are skipped. `source` names the file
 * in messages and in each day ("2027.csv 第 4 行"). Text from a file's bytes: decodeArrangementBytes.
 */
export function parseArrangementCsv(text: string, source: string): ArrangementParse {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const unreadable = body.indexOf("\uFFFD");
  if (unreadable >= 0) {
    const line = body.slice(0, unreadable).split(/\r\n|\r|\n/).length;
    return err([{ key: "arrangement.csv.encoding", params: { source, line }, line }]);
  }
  // Comma-separated; else tab-separated (Excel's "Unicode text"), when that is what finds the header.
  let records: CsvRecord[] = [];
  let header: ReturnType<typeof csvHeader> = null;
  for (const delimiter of [",", "\t"]) {
    const read = csvRecords(body, delimiter);
    if (!read.ok) {
      const { line } = read.error;
      return err([{ key: "arrangement.csv.quote", params: { source, line }, line }]);
    }
    records = read.value;
    header = csvHeader(records);
    if (header) break;
  }
  if (!header) return err([{ key: "arrangement.csv.noHeader", params: { source } }]);
  const problems: ArrangementProblem[] = [];
  const placed: PlacedDay<LocalizedText & { line: number }>[] = [];
  for (const record of records.slice(header.index + 1)) {
    if (record.fields.every((f) => f.trim() === "")) continue;
    const fields: Fields = {};
    for (const [field, c] of header.columns) fields[field] = record.fields[c];
    if (isArrangementExample(fields.date, fields.note)) continue;
    const { line } = record;
    const where = localized(`${source} 第 ${line} 行`, `${source}, line ${line}`);
    const read = dayOfFields(fields, where, where["zh-CN"], { line });
    problems.push(...read.problems);
    if (read.day) placed.push({ day: read.day, place: { ...where, line } });
  }
  return merged(placed, problems, source);
}

// ---------------------------------------------------------------------------------------------------------
// JSON (holiday-cn)

/** holiday-cn's format (its schema.json): papers optional here, other fields ($schema, $id) allowed. */
const holidayCnSchema = z
  .object({
    year: z.number().int(),
    papers: z.array(z.string()).optional(),
    days: z.array(
      z
        .object({ name: z.string().optional(), date: z.string(), isOffDay: z.boolean() })
        .passthrough()
    ),
  })
  .passthrough();

const JSON_EXAMPLE =
  '{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, …]}';

const pathText = (path: readonly (string | number)[]) =>
  path.reduce<string>(
    (text, part) =>
      typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    ""
  );

/** What belongs at a path, in words. */
function expectedAt(path: readonly (string | number)[]): LocalizedText {
  const last = path[path.length - 1];
  if (path.length === 0)
    return localized("一个对象（含 year 和 days）", "an object with year and days");
  if (typeof last === "number")
    return path[0] === "days"
      ? localized("一个对象（含 name、date、isOffDay）", "an object with name, date and isOffDay")
      : localized("文本", "text");
  switch (last) {
    case "year":
      return localized("整数年份，如 2027", "a whole year, such as 2027");
    case "days":
      return localized("列表，每个元素一天", "a list, one item a day");
    case "date":
      return localized('日期文本，如 "2027-01-01"', 'a date as text, such as "2027-01-01"');
    case "isOffDay":
      return localized("true（休）或 false（班）", "true (day off) or false (working day)");
    case "papers":
      return localized("文本列表", "a list of texts");
    case "name":
      return localized("文本", "text");
    default:
      return localized("其他值", "another value");
  }
}

function shapeProblem(issue: ZodIssue, source: string): ArrangementProblem {
  const path = issue.path;
  const shown = path.length === 0 ? localized("顶层", "the top level") : pathText(path);
  const missing = issue.code === "invalid_type" && issue.received === "undefined";
  return {
    key: missing ? "arrangement.json.missing" : "arrangement.json.shape",
    params: { source, path: shown, expected: expectedAt(path), example: JSON_EXAMPLE },
    path,
  };
}

/**
 * The JSON of the public holiday-cn data, `{"year": 2027, "days": [{"name", "date", "isOffDay"}, …]}`: each day
 * off (isOffDay true) and make-up working day (false), its name as the note. Days may fall in the year before
 * (holiday-cn files a notice's days under the notice's year). Anything of another shape is refused, with the path.
 */
export function parseArrangementJson(text: string, source: string): ArrangementParse {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // Counted before JSON.parse: nothing recursive ever meets a file nested a million levels deep.
  const depth = jsonDepth(body);
  if (depth > MAX_JSON_DEPTH)
    return err([
      { key: "arrangement.json.tooDeep", params: { source, depth, maximum: MAX_JSON_DEPTH } },
    ]);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const place = jsonErrorPlace(body, error);
    return err([
      { key: "arrangement.json.notJson", params: { source, ...place }, line: place.line },
    ]);
  }
  const parsed = holidayCnSchema.safeParse(raw);
  if (!parsed.success) return err(capped(parsed.error.issues.map((i) => shapeProblem(i, source))));
  const problems: ArrangementProblem[] = [];
  const placed: PlacedDay<LocalizedText & { path: (string | number)[] }>[] = [];
  parsed.data.days.forEach((entry, k) => {
    const path = ["days", k];
    const at = pathText(path);
    const where = localized(`${source} 的 ${at}`, `${source}, ${at}`);
    const read = dayOfFields(
      { date: entry.date, kind: entry.isOffDay ? "off" : "work", note: entry.name },
      localized(`${source} 的 ${at}.date`, `${source}, ${at}.date`),
      `${source} ${at}`,
      { path },
      { path: [...path, "date"] }
    );
    problems.push(...read.problems);
    if (read.day) placed.push({ day: read.day, place: { ...where, path } });
  });
  return merged(placed, problems, source);
}
