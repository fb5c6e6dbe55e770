import type { LoadedTemplate } from "../core/template/parse-template";
import type { SheetSpec, Workbook } from "../workbook/port";
import { printLayout, wrappedHeight } from "./sheets/print-layout";
import { scoreSheetSpec, SCORE_SHEET } from "./sheets/score-sheet";
import { TEMPLATE_SHEET, templateSheetSpec } from "./sheets/template-sheet";
import { formatTimestamp } from "./timestamp";

export const INSTRUCTIONS_SHEET = "填写说明";

export type TemplateJobOptions = { template: LoadedTemplate; rows?: number; now?: Date };

/** `template`: the workbook HR hands out: 权重模板 (protected), 评分表 (inputs unlocked), 填写说明. One write. */
export async function templateJob(
  book: Workbook,
  options: TemplateJobOptions
): Promise<{ sheets: string[] }> {
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const specs = [
    templateSheetSpec(options.template, generatedAt),
    scoreSheetSpec(options.template, { rows: options.rows ?? 500, generatedAt }),
    instructionsSpec(options.template, generatedAt),
  ];
  await book.write(specs);
  return { sheets: specs.map((spec) => spec.name) };
}

function instructionsSpec(loaded: LoadedTemplate, generatedAt: string): SheetSpec {
  const t = loaded.template;
  const lines = [
    `填写说明：${t.name}（版本 ${t.version}）`,
    "",
    `1. 在「${SCORE_SHEET}」中从第 4 行起填写，每行一人（或一个机构、部门）。「工号」和「岗位」必填，岗位请从下拉列表中选择。`,
    "2. 每个岗位只填写本岗位的指标列，其他列留空；加分项没有可留空（按 0 分计）。",
    "3. 比率类指标（单位为 %）请填小数，如 0.12 表示 12%；也可先把单元格设为百分比格式再输入 12%。不要输入文本「12%」。",
    "4. 不要增删或改名表头，不要修改「权重模板」工作表：系统按模板指纹核对，改动过的模板或评分表会被标记。",
    "5. 填好后交回运营管理部门。可用加载项的「校验」检查：每个问题都会指出单元格，并说明应如何修改。",
    "",
    `岗位：${t.posts.map((post) => post.name).join("、")}`,
    `等级：${t.grades.map((band) => `${band.label} ≥ ${band.min}`).join("，")}`,
    `模板指纹：${loaded.fingerprint}`,
    `生成时间：${generatedAt}`,
  ];
  // One column as wide as a portrait page, each line wrapped in it and its row as tall as it needs.
  const width = 92;
  return {
    name: INSTRUCTIONS_SHEET,
    rows: lines.map((line, r) => [
      { value: line || null, bold: r === 0, size: r === 0 ? 14 : undefined, wrap: r > 0 },
    ]),
    columns: [{ width }],
    rowHeights: Object.fromEntries(
      lines.map((line, r) => [r, r === 0 ? 22 : wrappedHeight(line, width - 2)])
    ),
    print: printLayout([width], { header: "内部资料" }),
    protect: true,
    provenance: {
      kind: "instructions",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      generatedAt,
    },
  };
}

export { SCORE_SHEET, TEMPLATE_SHEET };
