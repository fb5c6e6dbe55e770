import { parseTemplate, type LoadedTemplate } from "../../src/core/template/parse-template";
import type { WeightTemplateInput } from "../../src/core/template/schema";

type IndicatorInput = WeightTemplateInput["posts"][number]["indicators"][number];
type PostInput = WeightTemplateInput["posts"][number];

/** A one-post template around the given indicators. */
export function templateWith(
  indicators: IndicatorInput[],
  post: Partial<PostInput> = {},
  extra: Partial<WeightTemplateInput> = {}
): WeightTemplateInput {
  return {
    id: "t",
    name: "测试模板",
    version: "1.0.0",
    posts: [{ id: "p", name: "测试岗", indicators, ...post }],
    ...extra,
  };
}

export function load(input: unknown): LoadedTemplate {
  const result = parseTemplate(input);
  if (!result.ok) throw new Error(`template rejected: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const direct = (
  id: string,
  weight: number,
  extra: Partial<IndicatorInput> = {}
): IndicatorInput => ({
  id,
  name: id,
  weight,
  scoring: { method: "direct" },
  ...extra,
});
