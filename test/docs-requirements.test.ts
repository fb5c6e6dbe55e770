/* The docs that tell a bank's IT which Office gets the pane and the functions must say what the code and the
 * manifest require. FACTS is what Microsoft's tables say for each set the add-in uses (docs/deployment.md §9
 * cites the pages): a set or version not in it fails here until someone reads the table and the docs. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { enUS } from "../src/core/i18n/en-US";
import { zhCN } from "../src/core/i18n/zh-CN";
import { REQUIRED_EXCEL_API } from "../src/workbook/office/office-pane-host";

/** Set → version → the first volume-licensed Office that has it (null: none), from Microsoft's tables. */
const FACTS: Record<string, Record<string, string | null>> = {
  ExcelApi: { "1.9": "Office 2021" },
  SharedRuntime: { "1.1": "Office 2021" },
  CustomFunctionsRuntime: { "1.3": "Office 2021", "1.4": null, "1.5": null },
};

const root = path.join(__dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const DOCS = ["README.md", "docs/excel-checklist.md", "docs/deployment.md"];

/** Every requirement set in the manifest, `<Set>` or `<bt:Set>`, its MinVersion or its Sets' default. */
function manifestSets(xml: string): string[] {
  const sets: string[] = [];
  for (const block of xml.matchAll(/<(?:bt:)?Sets\b([^>]*)>([\s\S]*?)<\/(?:bt:)?Sets>/g)) {
    const fallback = /DefaultMinVersion="([^"]+)"/.exec(block[1])?.[1] ?? "1.1";
    for (const set of block[2].matchAll(/<(?:bt:)?Set\b([^>]*)\/?>/g)) {
      const name = /Name="([^"]+)"/.exec(set[1])?.[1];
      const version = /MinVersion="([^"]+)"/.exec(set[1])?.[1] ?? fallback;
      if (name) sets.push(`${name} ${version}`);
    }
  }
  return sets;
}

const required = [`ExcelApi ${REQUIRED_EXCEL_API}`, ...manifestSets(read("manifest.xml"))];

describe("the docs say what the add-in requires", () => {
  it("reads the manifest's sets (SharedRuntime and CustomFunctionsRuntime at least)", () => {
    expect(required.map((s) => s.split(" ")[0])).toEqual(
      expect.arrayContaining(["ExcelApi", "SharedRuntime", "CustomFunctionsRuntime"])
    );
  });

  it.each(required)(
    "%s is in the facts table, with volume-licensed Office 2021 and later",
    (set) => {
      const [name, version] = set.split(" ");
      expect(FACTS[name]).toBeDefined();
      expect(FACTS[name]).toHaveProperty([version]);
      // The docs say volume-licensed Office 2021 gets the pane and the functions: true only for these versions.
      expect(FACTS[name][version]).toBe("Office 2021");
    }
  );

  it.each(DOCS)("%s names every required set and version", (file) => {
    const text = read(file);
    expect(required.filter((set) => !text.includes(set))).toEqual([]);
  });

  it.each([...DOCS, "manifest.xml", "src/functions/functions.ts"])(
    "%s does not say volume-licensed Office 2021 lacks the functions",
    (file) => {
      const text = read(file);
      expect(text).not.toMatch(/volume-licensed Office 2021 and earlier/i);
      expect(text).not.toMatch(/Office 2021\/2019 \(volume licen[cs]e\)/i);
    }
  );

  it("the pane's too-old message names the same Office and the ways without it", () => {
    for (const text of [zhCN["ui.error.excelTooOld"], enUS["ui.error.excelTooOld"]]) {
      expect(text).toContain("ExcelApi {version}");
      expect(text).toMatch(/Office 2021/);
      expect(text).toMatch(/2016/);
      expect(text).toMatch(/2019/);
      expect(text).toContain("bank-assess");
    }
  });
});
