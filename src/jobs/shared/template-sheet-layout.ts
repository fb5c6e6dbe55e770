import type { Scoring } from "../../core/template/schema";

/**
 * HR's weight template as a visible, protected sheet `权重模板`: the template's id, version and fingerprint on
 * top, then one block per part (grades, posts, dimensions, indicators), each under a 【marker】 in column A.
 * Reading the sheet back gives the same template, and so the same fingerprint.
 */
export const TEMPLATE_SHEET = "权重模板";

// The labels below are what the writer puts in the sheet and what the reader looks for: kept in one place.
export const MARK = {
  grades: "【等级】",
  posts: "【岗位】",
  dimensions: "【维度】",
  indicators: "【指标】",
  cycle: "【结果应用】",
  reviews: "【评价】",
  calibration: "【校准】",
} as const;
export const HEADERS = {
  grades: ["等级", "英文名", "下限", "最高占比", "通过"],
  posts: ["岗位编号", "岗位名称", "英文名", "加分上限"],
  dimensions: ["岗位编号", "维度编号", "维度名称", "英文名", "权重"],
  indicators: [
    "岗位编号",
    "岗位",
    "维度",
    "指标编号",
    "指标名称",
    "英文名",
    "单位",
    "权重",
    "方向",
    "计分方法",
    "参数",
    "一票否决",
    "加分项",
    "计分说明",
    "培训课程",
  ],
  cycle: ["项目", "值"],
  reviews: ["项目", "编号或值", "名称或评价项目"],
  calibration: ["项目", "值", "默认值"],
};

/** cycle.md §2–§3 settings, one labelled row each, written only when the template has them. */
export const CYCLE_ROWS = {
  quarterWeights: "年度季度权重",
  minQuarters: "年度至少季度数",
  rewardGrades: "表彰等级",
  rectifyWorkdays: "整改期限（工作日）",
  consecutiveFailures: "连续不达标次数",
  appealWorkdays: "申诉期限（工作日）",
} as const;
/**
 * reviews.md §1's settings, one labelled row each under 【评价】: a row per item (编号, 名称), a row per rater
 * type the template weighs, the three numbers, and a row per target (指标编号, then one item per cell, so that
 * any id reads back exactly). Written only when the template has a `reviews` block.
 */
export const REVIEW_ROWS = {
  item: "评价项目",
  raters: { superior: "上级权重", peer: "同事权重", subordinate: "下级权重", self: "本人权重" },
  trimAt: "去掉最高最低分的最少人数",
  minPeers: "同事/下级最少人数",
  selfGapWarning: "自评差异提醒分数",
  target: "填入指标",
} as const;
/**
 * calibration.md §1's two numbers under 【校准】, both rows always (the value blank where the template leaves
 * the default, which the third column states): so that a block with neither number still reads back as a
 * block. Written only when the template has a `calibration` block.
 */
export const CALIBRATION_ROWS = { gap: "差距阈值", minGroup: "最小组人数" } as const;
export const CALIBRATION_UNITS = { gap: "分", minGroup: "人" } as const;
/** Lists in one cell: 优秀、良好 (a comma or semicolon reads too). */
export const splitList = (value: string) =>
  value
    .split(/[、,，;；]/)
    .map((part) => part.trim())
    .filter(Boolean);
export const META = {
  id: "模板编号",
  name: "模板名称",
  version: "版本",
  period: "考核期",
  fullScore: "满分",
  precision: "小数位数",
  fingerprint: "指纹",
};

/** "target=2; cap=1.2", "points=0:0, 0.2:60; below=0": a method's parameters, in a form that reads back exactly. */
export function formatParameters(scoring: Scoring): string {
  return Object.entries(scoring)
    .filter(([key, value]) => key !== "method" && value !== undefined)
    .map(([key, value]) =>
      key === "points"
        ? `points=${(value as [number, number][]).map(([x, s]) => `${x}:${s}`).join(", ")}`
        : `${key}=${value}`
    )
    .join("; ");
}

export function parseParameters(textValue: string): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  for (const part of textValue.split(";")) {
    const [key, raw] = part.split("=").map((piece) => piece?.trim());
    if (!key) continue;
    if (key === "points") {
      parameters.points = (raw ?? "")
        .split(",")
        .map((pair) => pair.split(":").map((n) => toNumberOrText(n.trim())));
    } else parameters[key] = toNumberOrText(raw ?? "");
  }
  return parameters;
}

export const toNumberOrText = (raw: string): unknown =>
  raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
