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

/** Whether fontconfig knows a font with Chinese glyphs (without one, every 汉字 prints as a box). */
export function hasChineseFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

/**
 * `describeWithTool` for LibreOffice printing: poppler's pdftotext must be here too, to read the pages, and a
 * Chinese font (Debian: fonts-noto-cjk), the one font the printed pages need; the Latin text prints in DejaVu
 * Sans, which LibreOffice brings (see printWithLibreOffice).
 */
export function describeWithPrinting(name: string, body: (soffice: string) => void): void {
  describeWithTool("libreoffice", name, (soffice) => {
    const missing = !toolPath("pdftotext")
      ? "pdftotext (Debian: poppler-utils)"
      : !hasChineseFont()
        ? "a Chinese font (Debian: fonts-noto-cjk)"
        : null;
    if (missing) {
      if (process.env.BANK_ASSESS_REQUIRE_TOOLS === "1")
        it(`needs ${missing}`, () => {
          throw new Error(`${missing} is required here (BANK_ASSESS_REQUIRE_TOOLS=1)`);
        });
      else it.skip(`[skipped: ${missing} not installed]`, () => undefined);
      return;
    }
    body(soffice);
  });
}
