import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "./template-builders";

export const SAMPLE_TEMPLATE_PATH = path.join(
  __dirname,
  "../../assets/samples/ops-2025.template.json"
);
export const sampleTemplate = () => load(JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8")));
