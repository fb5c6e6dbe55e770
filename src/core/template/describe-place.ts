import { formatMessage, type Locale, type LocalizedText, type MessageKey } from "../i18n/messages";

/**
 * Where in a template a problem is, in the words HR uses and never as a path:
 * 岗位「授信审批岗」指标「审批时效」的目标值 / Post "Credit approval", indicator "Approval timeliness", target.
 * Posts, indicators, dimensions and grades are named by their name (in English by their English name where the
 * template has one); fields and scoring parameters by the labels the template editor shows.
 */
export function describePlace(raw: unknown, path: (string | number)[]): LocalizedText {
  return { "zh-CN": placeIn("zh-CN", raw, path), "en-US": placeIn("en-US", raw, path) };
}

const ITEMS = {
  posts: { named: "field.post", numbered: "field.postAt" },
  indicators: { named: "field.indicator", numbered: "field.indicatorAt" },
  dimensions: { named: "field.dimensionItem", numbered: "field.dimensionAt" },
  grades: { named: "field.grade", numbered: "field.gradeAt" },
} as const satisfies Record<string, { named: MessageKey; numbered: MessageKey }>;

/** Scoring parameters by method where one name means two things (efficacy's floor is a value, deduction's a score). */
const PARAMS: Record<string, MessageKey> = {
  target: "param.target",
  cap: "param.cap",
  satisfactory: "param.satisfactory",
  base: "param.base",
  span: "param.span",
  points: "param.points",
  below: "param.below",
  per: "param.per",
  min: "param.min",
};

const FIELDS: Record<string, MessageKey> = {
  id: "field.id",
  name: "field.name",
  nameEn: "field.nameEn",
  version: "field.version",
  period: "field.period",
  fullScore: "field.fullScore",
  precision: "field.precision",
  grades: "field.grades",
  posts: "field.posts",
  dimensions: "field.dimensions",
  bonusCap: "field.bonusCap",
  indicators: "field.indicators",
  unit: "field.unit",
  weight: "field.weight",
  dimension: "field.dimension",
  direction: "field.direction",
  scoring: "field.scoring",
  method: "field.scoring",
  veto: "field.veto",
  bonus: "field.bonus",
  label: "field.label",
  labelEn: "field.labelEn",
  maxShare: "field.maxShare",
};

/** The value at a path of a template as it was given (undefined where the path leads nowhere). */
export function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let current = raw;
  for (const step of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function itemName(item: unknown, locale: Locale): string | undefined {
  if (!item || typeof item !== "object") return undefined;
  const record = item as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === "string" && value.trim() !== "") return value.trim();
    }
    return undefined;
  };
  return locale === "en-US"
    ? pick("nameEn", "labelEn", "name", "label", "id")
    : pick("name", "label", "id");
}

function placeIn(locale: Locale, raw: unknown, path: (string | number)[]): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) =>
    formatMessage(locale, key, params);
  if (path[0] === "reviews") return joinPlace(reviewsPlace(say, locale, raw, path), locale);
  if (path[0] === "calibration") return joinPlace(calibrationPlace(say, path), locale);
  const items: string[] = [];
  const fields: string[] = [];
  for (let k = 0; k < path.length; k++) {
    const step = path[k];
    const next = path[k + 1];
    const here = path.slice(0, k);
    if (step in ITEMS && typeof next === "number" && fields.length === 0) {
      const words = ITEMS[step as keyof typeof ITEMS];
      const name = itemName(valueAt(raw, [...here, step, next]), locale);
      items.push(
        name === undefined ? say(words.numbered, { n: next + 1 }) : say(words.named, { name })
      );
      k++;
      continue;
    }
    const parent = here[here.length - 1];
    if (step === "scoring" && next !== undefined) continue; // the parameter names itself
    if (step === "veto" && (next === "op" || next === "value")) continue;
    if (step === "points" && typeof next === "number") continue; // "point 2" says it
    if (parent === "veto") {
      fields.push(say(step === "op" ? "field.vetoOp" : "field.vetoValue"));
    } else if (parent === "scoring" && step === "floor") {
      const method = valueAt(raw, [...here, "method"]);
      fields.push(say(method === "deduction" ? "param.deductionFloor" : "param.floor"));
    } else if (parent === "scoring" && typeof step === "string" && step in PARAMS) {
      fields.push(say(PARAMS[step]));
    } else if (parent === "points" && typeof step === "number") {
      fields.push(say("param.point", { n: step + 1 }));
    } else if (typeof parent === "number" && path[k - 2] === "points" && typeof step === "number") {
      fields.push(say(step === 0 ? "param.pointX" : "param.pointY"));
    } else if (step === "min") {
      fields.push(say("field.gradeMin"));
    } else {
      fields.push(typeof step === "string" && step in FIELDS ? say(FIELDS[step]) : String(step));
    }
  }
  if (items.length === 0 && fields.length === 0) return capitalize(say("field.template"), locale);
  if (locale === "zh-CN") {
    const owner = items.join("");
    if (!owner) return fields.join("的");
    return fields.length ? `${owner}的${fields.join("的")}` : owner;
  }
  return capitalize([...items, ...fields].join(", "), locale);
}

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

const REVIEWS_FIELDS: Record<string, MessageKey> = {
  items: "tpl.reviews.place.items",
  raters: "tpl.reviews.place.raters",
  superior: "tpl.reviews.place.superior",
  peer: "tpl.reviews.place.peer",
  subordinate: "tpl.reviews.place.subordinate",
  self: "tpl.reviews.place.self",
  trimAt: "tpl.reviews.place.trimAt",
  minPeers: "tpl.reviews.place.minPeers",
  selfGapWarning: "tpl.reviews.place.selfGapWarning",
  targets: "tpl.reviews.place.targets",
};

/** reviews.md §1's block in HR's words: 评价项目「团队协作」的名称, 上级权重, 填入的指标「peer_review」. */
function reviewsPlace(say: Say, locale: Locale, raw: unknown, path: (string | number)[]): string[] {
  const [, part, index, field] = path;
  if (part === undefined) return [say("tpl.reviews.place.block")];
  if (part === "items" && typeof index === "number") {
    const name = itemName(valueAt(raw, ["reviews", "items", index]), locale);
    const item =
      name === undefined
        ? say("tpl.reviews.place.itemAt", { n: index + 1 })
        : say("tpl.reviews.place.item", { name });
    return field === undefined ? [item] : [item, say(FIELDS[field] ?? "field.id")];
  }
  if (part === "raters" && typeof index === "string" && index in REVIEWS_FIELDS)
    return [say(REVIEWS_FIELDS[index])];
  if (part === "targets" && index !== undefined)
    return [say("tpl.reviews.place.target", { id: String(index) })];
  const known = typeof part === "string" && part in REVIEWS_FIELDS;
  return [known ? say(REVIEWS_FIELDS[part]) : say("tpl.reviews.place.block")];
}

const CALIBRATION_FIELDS: Record<string, MessageKey> = {
  gap: "tpl.calibration.place.gap",
  minGroup: "tpl.calibration.place.minGroup",
};

/** calibration.md §1's block in HR's words: 校准设置的差距阈值, 校准设置的最小组人数. */
function calibrationPlace(say: Say, path: (string | number)[]): string[] {
  const part = path[1];
  const block = say("tpl.calibration.place.block");
  return typeof part === "string" && part in CALIBRATION_FIELDS
    ? [block, say(CALIBRATION_FIELDS[part])]
    : [block];
}

function joinPlace(parts: string[], locale: Locale): string {
  return locale === "zh-CN" ? parts.join("的") : capitalize(parts.join(", "), locale);
}

function capitalize(text: string, locale: Locale): string {
  return locale === "en-US" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
