import { execFileSync } from "node:child_process";

/** Software outside npm that some tests need: real spreadsheet software, a real browser, an XSD validator. */
export const TOOLS = {
  libreoffice: ["soffice", "libreoffice"],
  chromium: ["/usr/bin/chromium", "chromium"],
  /** poppler-utils: pdfinfo and pdftotext, to read the pages LibreOffice prints. */
  pdftotext: ["pdftotext"],
  /** libxml2-utils: validates the manifest against Microsoft's XSDs. */
  xmllint: ["xmllint"],
} as const;
export type Tool = keyof typeof TOOLS;

export function toolPath(tool: Tool): string | null {
  for (const candidate of TOOLS[tool]) {
    try {
      return (
        execFileSync("sh", ["-c", `command -v ${candidate}`], { encoding: "utf8" }).trim() || null
      );
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * `describe` when the tool is here; otherwise a visible skip on a developer's machine, and a failure where
 * BANK_ASSESS_REQUIRE_TOOLS=1 (CI), so that CI can never pass by skipping.
 */
export function describeWithTool(tool: Tool, name: string, body: (path: string) => void): void {
  const path = toolPath(tool);
  if (path) return describe(name, () => body(path));
  if (process.env.BANK_ASSESS_REQUIRE_TOOLS === "1") {
    describe(name, () => {
      it(`needs ${tool}`, () => {
        throw new Error(`${tool} is required here (BANK_ASSESS_REQUIRE_TOOLS=1) but was not found`);
      });
    });
    return;
  }
  describe.skip(`${name} [skipped: ${tool} not installed]`, () => body(""));
}

/** `describeWithTool` for LibreOffice printing: poppler's pdftotext must be here too, to read the pages. */
export function describeWithPrinting(name: string, body: (soffice: string) => void): void {
  describeWithTool("libreoffice", name, (soffice) => {
    if (!toolPath("pdftotext")) {
      if (process.env.BANK_ASSESS_REQUIRE_TOOLS === "1")
        it("needs pdftotext", () => {
          throw new Error("pdftotext (poppler-utils) is required here");
        });
      else it.skip("[skipped: pdftotext not installed]", () => undefined);
      return;
    }
    body(soffice);
  });
}
