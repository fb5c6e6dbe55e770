import { readPeriod } from "../core/cycle/periods";
import { RANK_METHODS, type RankMethod } from "../core/ranking/rank";
import { LOCALES, type Locale, type MessageKey, type MessageParams } from "../core/i18n/messages";
import { SURVEY_MEASURES, type SurveyMeasure } from "../core/survey/survey-measure";

export type CliError = { key: MessageKey; params: MessageParams; details?: string[] };

export type ParsedArgs = {
  command: string | null;
  files: string[];
  out?: string;
  template?: string;
  roster?: string;
  sheet?: string;
  period?: string;
  method?: RankMethod;
  rows?: number;
  year?: number;
  /** --history: earlier ranking workbooks (every value up to the next option). */
  history: string[];
  /** --forms: verify's review forms, files or folders (every value up to the next option). */
  forms?: string[];
  /** --calendar: the State Council's arrangements (放假安排) as .csv, .json or .xlsx; repeatable. */
  calendars: string[];
  /** --published: an ISO day, checked here. */
  published?: string;
  /** --as-of: the duties check date, an ISO day checked here. */
  asOf?: string;
  /** --new: duties writes the empty duties workbook. */
  new: boolean;
  /** --register: the appeals register workbook. */
  register?: string;
  /** --apply: rank again with the approved corrections. */
  apply: boolean;
  /** --scores: the score workbook reviews fills (reviews.md §3). */
  scores?: string;
  /** --overwrite: reviews replaces values the score sheet already holds. */
  overwrite: boolean;
  /** --indicator: the indicator survey fills (reviews.md §5). */
  indicator?: string;
  /** --scale: the survey's answers run from 1 to this (3–10). */
  scale?: number;
  /** --measure: mean or satisfied (reviews.md §5). */
  measure?: SurveyMeasure;
  /** --by: the score data's column calibrate groups by (calibration.md §1). */
  by?: string;
  /** --normalize: calibrate also writes the calibrated ranking. */
  normalize: boolean;
  /** --against: the proposed template whatif compares with the current one (calibration.md §2). */
  against?: string;
  live: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
  lang: Locale;
};

const VALUE_OPTIONS = new Set([
  "--out",
  "--template",
  "--roster",
  "--sheet",
  "--period",
  "--method",
  "--rows",
  "--year",
  "--published",
  "--as-of",
  "--register",
  "--scores",
  "--indicator",
  "--scale",
  "--measure",
  "--calendar",
  "--by",
  "--against",
  "--lang",
]);
const FLAGS = new Set([
  "--new",
  "--live",
  "--apply",
  "--overwrite",
  "--normalize",
  "--json",
  "--help",
  "-h",
  "--version",
  "-v",
]);

/** Parses `bank-assess <command> <files…> [--option value] [--flag]`; the language is read first, so errors speak it. */
export function parseArgs(argv: readonly string[]): { args: ParsedArgs; error?: CliError } {
  const args: ParsedArgs = {
    command: null,
    files: [],
    history: [],
    calendars: [],
    apply: false,
    overwrite: false,
    normalize: false,
    new: false,
    live: false,
    json: false,
    help: false,
    version: false,
    lang: "zh-CN",
  };
  const langAt = argv.indexOf("--lang");
  const requested = langAt >= 0 ? argv[langAt + 1] : undefined;
  if (requested && (LOCALES as readonly string[]).includes(requested))
    args.lang = requested as Locale;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (FLAGS.has(token)) {
      if (token === "--live") args.live = true;
      else if (token === "--apply") args.apply = true;
      else if (token === "--overwrite") args.overwrite = true;
      else if (token === "--new") args.new = true;
      else if (token === "--normalize") args.normalize = true;
      else if (token === "--json") args.json = true;
      else if (token === "--version" || token === "-v") args.version = true;
      else args.help = true;
      continue;
    }
    if (token === "--forms") {
      const forms: string[] = (args.forms = []);
      while (i + 1 < argv.length && !argv[i + 1].startsWith("-")) forms.push(argv[++i]);
      if (forms.length === 0)
        return { args, error: { key: "cli.missingValue", params: { option: token } } };
      continue;
    }
    if (token === "--history") {
      while (i + 1 < argv.length && !argv[i + 1].startsWith("-")) args.history.push(argv[++i]);
      if (args.history.length === 0)
        return { args, error: { key: "cli.missingValue", params: { option: token } } };
      continue;
    }
    if (VALUE_OPTIONS.has(token)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--"))
        return { args, error: { key: "cli.missingValue", params: { option: token } } };
      const bad = (options: string) => ({
        args,
        error: { key: "cli.badValue" as const, params: { option: token, value, options } },
      });
      switch (token) {
        case "--out":
          args.out = value;
          break;
        case "--calendar":
          args.calendars.push(value);
          break;
        case "--template":
          args.template = value;
          break;
        case "--roster":
          args.roster = value;
          break;
        case "--sheet":
          args.sheet = value;
          break;
        case "--period": {
          // cycle.md §1: a year or a quarter, checked for every command, so 2025Q5 is never written.
          const period = readPeriod(value);
          if (!period.ok)
            return { args, error: { key: "cli.badPeriod", params: { option: token, value } } };
          args.period = period.value.text;
          break;
        }
        case "--method":
          if (!(RANK_METHODS as readonly string[]).includes(value))
            return bad(RANK_METHODS.join(" | "));
          args.method = value as RankMethod;
          break;
        case "--rows":
          if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100000)
            return bad("1–100000");
          args.rows = Number(value);
          break;
        case "--year":
          if (!/^\d{4}$/.test(value)) return bad("2025");
          args.year = Number(value);
          break;
        case "--register":
          args.register = value;
          break;
        case "--published":
          if (!isIsoDay(value))
            return { args, error: { key: "cli.badDate", params: { option: token, value } } };
          args.published = value;
          break;
        case "--as-of":
          if (!isIsoDay(value))
            return { args, error: { key: "cli.badDate", params: { option: token, value } } };
          args.asOf = value;
          break;
        case "--lang":
          if (!(LOCALES as readonly string[]).includes(value)) return bad(LOCALES.join(" | "));
          break;
        default: // --scores, --by, --against, and survey's --indicator, --scale, --measure
          if (!surveyOption(args, token, value)) return bad(SURVEY_CHOICES[token]);
      }
      continue;
    }
    if (token.startsWith("-"))
      return { args, error: { key: "cli.badOption", params: { option: token } } };
    if (args.command === null) args.command = token;
    else args.files.push(token);
  }
  return { args };
}

/** What survey's --scale and --measure accept, as the refusal of another value lists it. */
const SURVEY_CHOICES: Record<string, string> = {
  "--scale": "3–10",
  "--measure": SURVEY_MEASURES.join(" | "),
};

/** reviews', survey's (reviews.md §3, §5) and calibrate's --by options into `args`; false when the value is not one it takes. */
function surveyOption(args: ParsedArgs, token: string, value: string): boolean {
  if (token === "--scores") args.scores = value;
  else if (token === "--by") args.by = value;
  else if (token === "--against") args.against = value;
  else if (token === "--indicator") args.indicator = value;
  else if (token === "--scale") {
    if (!/^\d+$/.test(value) || Number(value) < 3 || Number(value) > 10) return false;
    args.scale = Number(value);
  } else if (token === "--measure") {
    if (!(SURVEY_MEASURES as readonly string[]).includes(value)) return false;
    args.measure = value as SurveyMeasure;
  }
  return true;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === text;
}
