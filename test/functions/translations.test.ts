import { readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ensureProductionBuild } from "../support/built-functions";
const { localizeMetadata } = require("../../scripts/localize-functions-metadata");

const root = path.join(__dirname, "..", "..");
const table = JSON.parse(
  readFileSync(path.join(root, "src/functions/translations.zh-CN.json"), "utf8")
);

type Metadata = {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
};

describe("zh-CN function metadata", () => {
  let metadata: Metadata;
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(
      path.join(root, "src/functions/functions.ts"),
      false
    );
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson);
  });

  it("translates every function and every parameter, and nothing that does not exist", () => {
    const { missing, stale } = localizeMetadata(metadata, table);
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it("keeps ids and names (Excel's names stay English) and gives Chinese descriptions", () => {
    const zh: Metadata = localizeMetadata(metadata, table).metadata;
    expect(zh.functions.map((fn) => [fn.id, fn.name])).toEqual(
      metadata.functions.map((fn) => [fn.id, fn.name])
    );
    for (const fn of zh.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const parameter of fn.parameters)
        expect(parameter.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("reports a function or a parameter without a translation", () => {
    const withoutOne = { ...table };
    delete withoutOne.NPLRATIO;
    expect(localizeMetadata(metadata, withoutOne).missing).toContain("NPLRATIO");
    const partial = { ...table, CAR: { ...table.CAR, parameters: { capital: "总资本。" } } };
    expect(localizeMetadata(metadata, partial).missing).toContain("CAR(deductions)");
  });

  it("documents every function with a description, every parameter and an example in its JSDoc", () => {
    const source = readFileSync(path.join(root, "src/functions/functions.ts"), "utf8");
    const blocks = source
      .split("/**")
      .slice(1)
      .filter((block) => block.includes("@customfunction"));
    expect(blocks).toHaveLength(metadata.functions.length);
    for (const block of blocks) expect(block).toMatch(/@example =BANK\./);
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(10);
      for (const parameter of fn.parameters)
        expect(parameter.description.length).toBeGreaterThan(3);
    }
  });

  it("is built next to functions.json by the production build", () => {
    ensureProductionBuild();
    const zh: Metadata = JSON.parse(
      readFileSync(path.join(root, "dist", "functions.zh-CN.json"), "utf8")
    );
    expect(zh.functions.map((fn) => fn.id)).toEqual(metadata.functions.map((fn) => fn.id));
  });
});
