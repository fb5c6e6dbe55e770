import { describePlace, valueAt } from "./describe-place";
import { jsonErrorPlace } from "../util/json-error";
import { jsonDepth, MAX_JSON_DEPTH, valueDepth } from "../util/json-depth";
import type { ZodIssue } from "zod";
import { localized, type LocalizedText } from "../i18n/messages";
import { canonicalJson } from "../util/canonical-json";
import { err, ok, type Result } from "../util/result";
import { sha256Hex } from "../util/sha256";
import type { TemplateProblem } from "./problem";
import { CALIBRATION_DEFAULTS, CALIBRATION_MAX_GROUP } from "./calibration-block";
import { weightTemplateSchema, type WeightTemplate } from "./schema";
import { checkTemplateRules } from "./template-rules";

/** A template that passed every rule, with its defaults filled in and its fingerprint. */
export type LoadedTemplate = {
  template: WeightTemplate;
  /** SHA-256 (hex) of the canonical JSON. */
  fingerprint: string;
  canonical: string;
};

export const EFFICACY_BASE_SHARE = 0.6;
export const EFFICACY_SPAN_SHARE = 0.4;

export function parseTemplateJson(text: string): Result<LoadedTemplate, TemplateProblem[]> {
  // Counted before JSON.parse: nothing recursive ever meets a file nested a million levels deep.
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) return err([tooDeep(depth)]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err([{ key: "tpl.notJson", params: jsonErrorPlace(text, error), path: [] }]);
  }
  return parseTemplate(raw);
}

export function parseTemplate(raw: unknown): Result<LoadedTemplate, TemplateProblem[]> {
  const depth = valueDepth(raw);
  if (depth > MAX_JSON_DEPTH) return err([tooDeep(depth)]);
  const parsed = weightTemplateSchema.safeParse(raw);
  if (!parsed.success) return err(parsed.error.issues.map((issue) => fromZodIssue(issue, raw)));
  const template = fillDefaults(parsed.data);
  const problems = checkTemplateRules(template);
  if (problems.length > 0) return err(problems);
  const canonical = canonicalJson(template);
  return ok({ template, fingerprint: sha256Hex(canonical), canonical });
}

const tooDeep = (depth: number): TemplateProblem => ({
  key: "tpl.tooDeep",
  params: { depth, maximum: MAX_JSON_DEPTH },
  path: [],
});

/** Defaults that depend on other fields (efficacy's base and span on fullScore) are filled here, so that
 *  the canonical form, and the fingerprint, carry every default. */
function fillDefaults(template: WeightTemplate): WeightTemplate {
  const full = template.fullScore;
  return {
    ...template,
    posts: template.posts.map((post) => ({
      ...post,
      indicators: post.indicators.map((indicator) =>
        indicator.scoring.method === "efficacy"
          ? {
              ...indicator,
              scoring: {
                ...indicator.scoring,
                base: indicator.scoring.base ?? EFFICACY_BASE_SHARE * full,
                span: indicator.scoring.span ?? EFFICACY_SPAN_SHARE * full,
              },
            }
          : indicator
      ),
    })),
  };
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  number: localized("数字", "a number"),
  string: localized("文本", "text"),
  boolean: localized("true 或 false", "true or false"),
  array: localized("列表", "a list"),
  object: localized("对象", "an object"),
};

function shown(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function fromZodIssue(issue: ZodIssue, raw: unknown): TemplateProblem {
  const path = issue.path;
  const where = describePlace(raw, path);
  const value = shown(valueAt(raw, path));
  const calibration = calibrationIssue(path, where, value);
  if (calibration) return calibration;
  switch (issue.code) {
    case "invalid_type":
      if (issue.received === "undefined") return { key: "tpl.required", params: { where }, path };
      if (issue.expected === "integer")
        return { key: "tpl.integer", params: { where, value }, path };
      return {
        key: "tpl.expected",
        params: { where, expected: TYPE_NAMES[issue.expected] ?? issue.expected, value },
        path,
      };
    case "unrecognized_keys":
      return { key: "tpl.unknownKeys", params: { where, keys: issue.keys.join(", ") }, path };
    case "invalid_enum_value":
      return {
        key: "tpl.enum",
        params: { where, options: issue.options.join(" / "), value },
        path,
      };
    case "invalid_union_discriminator":
      return {
        key: "tpl.method",
        params: { where, options: issue.options.map(String).join(" / "), value },
        path,
      };
    case "invalid_string":
      return { key: "tpl.version", params: { where, value }, path };
    case "too_small":
      return { key: "tpl.tooSmall", params: { where, minimum: Number(issue.minimum) }, path };
    case "too_big":
      if (issue.type === "number")
        return { key: "tpl.tooBig", params: { where, maximum: Number(issue.maximum) }, path };
      if (issue.type === "string")
        return { key: "tpl.tooLong", params: { where, maximum: Number(issue.maximum) }, path };
      if (issue.type === "array")
        return { key: "tpl.tooMany", params: { where, maximum: Number(issue.maximum) }, path };
      return { key: "tpl.invalid", params: { where, detail: issue.message }, path };
    case "not_finite":
      return { key: "tpl.expected", params: { where, expected: TYPE_NAMES.number, value }, path };
    default:
      return { key: "tpl.invalid", params: { where, detail: issue.message }, path };
  }
}

/**
 * calibration.md §1's two numbers, whatever zod found wrong with them, in one message that says what they
 * must be: the gap a number of composite points greater than 0, the smallest group a whole number from 2.
 */
function calibrationIssue(
  path: (string | number)[],
  where: LocalizedText,
  value: string
): TemplateProblem | undefined {
  if (path.length !== 2 || path[0] !== "calibration") return undefined;
  if (path[1] === "gap")
    return {
      key: "tpl.calibration.gap",
      params: { where, value, default: CALIBRATION_DEFAULTS.gap },
      path,
    };
  if (path[1] === "minGroup")
    return {
      key: "tpl.calibration.minGroup",
      params: {
        where,
        value,
        default: CALIBRATION_DEFAULTS.minGroup,
        maximum: CALIBRATION_MAX_GROUP,
      },
      path,
    };
  return undefined;
}
