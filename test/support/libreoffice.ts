import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
  const [converted] = await convert(soffice, profile, [input], "xlsx");
  return converted;
}

/** `soffice --convert-to <format>` in a profile of its own, one start for all the files; their converted paths. */
async function convert(
  soffice: string,
  profile: string,
  inputs: readonly string[],
  format: "xlsx" | "pdf",
  fonts: PrintFonts = "withoutCarlito"
): Promise<string[]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), `lo-${format}-`));
  const names = inputs.map((input) => path.basename(input).replace(/\.[^.]+$/, `.${format}`));
  if (new Set(names).size !== names.length)
    throw new Error(`two inputs print to one file: ${names}`);
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
      ...inputs,
    ],
    // A machine running two test suites at once may take minutes; a hung LibreOffice still ends.
    {
      timeout: 280_000,
      env:
        format === "pdf" && fonts === "withoutCarlito"
          ? { ...process.env, FONTCONFIG_FILE: withoutCarlito() }
          : process.env,
    }
  );
  return names.map((name) => path.join(outDir, name));
}

/**
 * A fontconfig that leaves Carlito out: the workbooks name Calibri, and LibreOffice prints them with Carlito,
 * Calibri's metric twin, only where it is installed. Without it the text is set in DejaVu Sans, about a quarter
 * wider, as on many machines a bank prints from: the print tests see that wider case everywhere, so what they
 * find does not depend on which fonts a machine has beyond a Chinese one (see describeWithPrinting).
 */
let fontsConf: string | null = null;
function withoutCarlito(): string {
  if (fontsConf) return fontsConf;
  const dir = mkdtempSync(path.join(os.tmpdir(), "lo-fonts-"));
  fontsConf = path.join(dir, "fonts.conf");
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><pattern><patelt name="family"><string>Carlito</string></patelt></pattern></rejectfont></selectfont>
</fontconfig>
`
  );
  return fontsConf;
}

/** Prints a workbook to PDF with LibreOffice (headless), as a bank's staff would print it. */
export async function printWithLibreOffice(soffice: string, input: string): Promise<string> {
  const [pdf] = await printAllWithLibreOffice(soffice, [input]);
  return pdf;
}

/**
 * The fonts a print is set in: by default without Carlito (the wider DejaVu Sans for Latin text, as on many
 * machines); `system` with whatever the machine has (Carlito, Calibri's metric twin, where `.ci/run` installed it).
 */
export type PrintFonts = "withoutCarlito" | "system";

/** Prints several workbooks with one start of LibreOffice (a start costs seconds); the PDFs in their order. */
export function printAllWithLibreOffice(
  soffice: string,
  inputs: readonly string[],
  fonts: PrintFonts = "withoutCarlito"
): Promise<string[]> {
  return convert(soffice, mkdtempSync(path.join(os.tmpdir(), "lo-profile-")), inputs, "pdf", fonts);
}

/** A printed page: its size in points and its text. */
export type PdfPage = { width: number; height: number; text: string };

/**
 * Each page of a PDF: its size in points and its text (poppler's pdfinfo and pdftotext, one run each). The text
 * is laid out as on the page (`-layout`), or, with `raw`, in the order LibreOffice drew it: each cell's text,
 * wrapped lines and all, comes out in one piece.
 */
export async function pdfPages(pdf: string, options: { raw?: boolean } = {}): Promise<PdfPage[]> {
  const info = (await run("pdfinfo", ["-f", "1", "-l", "9999", pdf])).stdout;
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const text = (
    await run("pdftotext", [options.raw ? "-raw" : "-layout", pdf, "-"], {
      maxBuffer: 256 * 1024 * 1024,
    })
  ).stdout;
  // pdftotext ends every page with a form feed.
  const texts = text.split("\f");
  return sizes.map((size, p) => ({ ...size, text: texts[p] ?? "" }));
}

/**
 * The sheets of a PDF LibreOffice printed from a workbook, with the 0-based page each starts on, from the PDF's
 * outline (LibreOffice makes a bookmark per printed sheet; a sheet that prints nothing has none).
 */
export function pdfSheets(pdf: string): { name: string; firstPage: number }[] {
  const bytes = readFileSync(pdf).toString("latin1");
  const objects = new Map<string, string>();
  for (const m of bytes.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  const pages = /\/Type\s*\/Pages[\s\S]*?\/Kids\s*\[([^\]]*)\]/.exec(bytes);
  const order = [...(pages?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => m[1]);
  const title = (hex: string) => {
    const units: number[] = [];
    for (let i = 4; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  const sheets: { name: string; firstPage: number }[] = [];
  for (const body of objects.values()) {
    const item = /\/Title\s*<([0-9A-Fa-f]+)>[\s\S]*?\/Dest\s*\[\s*(\d+) 0 R/.exec(body);
    if (item) sheets.push({ name: title(item[1]), firstPage: order.indexOf(item[2]) });
  }
  return sheets.sort((a, b) => a.firstPage - b.firstPage);
}
