import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Opens a workbook in LibreOffice (headless), recalculates every formula, and saves it as .xlsx with the
 * results cached. A fresh profile sets OOXMLRecalcMode to 0 (always recalculate): by default LibreOffice
 * trusts the cached results of files that say Excel wrote them, as ExcelJS's do.
 */
export async function recalculateWithLibreOffice(soffice: string, input: string): Promise<string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return convert(soffice, profile, input, "xlsx");
}

/** `soffice --convert-to <format>` in a profile of its own; the converted file's path. */
async function convert(
  soffice: string,
  profile: string,
  input: string,
  format: "xlsx" | "pdf"
): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), `lo-${format}-`));
  await run(
    soffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      input,
    ],
    { timeout: 120_000 }
  );
  return path.join(outDir, path.basename(input).replace(/\.[^.]+$/, `.${format}`));
}

/** Prints a workbook to PDF with LibreOffice (headless), as a bank's staff would print it. */
export async function printWithLibreOffice(soffice: string, input: string): Promise<string> {
  return convert(soffice, mkdtempSync(path.join(os.tmpdir(), "lo-profile-")), input, "pdf");
}

/** Each page of a PDF: its size in points and its text (poppler's pdfinfo and pdftotext). */
export async function pdfPages(
  pdf: string
): Promise<{ width: number; height: number; text: string }[]> {
  const info = (await run("pdfinfo", ["-f", "1", "-l", "9999", pdf])).stdout;
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const pages: { width: number; height: number; text: string }[] = [];
  for (let p = 0; p < sizes.length; p++) {
    const text = (
      await run("pdftotext", ["-f", String(p + 1), "-l", String(p + 1), "-layout", pdf, "-"])
    ).stdout;
    pages.push({ ...sizes[p], text });
  }
  return pages;
}
