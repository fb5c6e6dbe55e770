/**
 * Page images of the printed ranking tab and 权重模板 for the README (docs/print/), from the bundled sample,
 * printed by LibreOffice: `npm run screenshots` (which also refreshes the pane's screenshots).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../src/cli/main";

async function main() {
  const root = path.join(__dirname, "..");
  const work = mkdtempSync(path.join(os.tmpdir(), "print-previews-"));
  const file = path.join(work, "ranked.xlsx");
  const quiet = { out: () => undefined, err: () => undefined, progress: false };
  await run(["rank", path.join(root, "assets/samples/ops-2025.scores.xlsx"), "--out", file, "--period", "2025Q4"], quiet);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, file], { stdio: "ignore" });
  const pdf = path.join(work, "ranked.pdf");
  const pageOf = (needle: string) => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    for (let p = 1; p <= pages; p++)
      if (execFileSync("pdftotext", ["-f", `${p}`, "-l", `${p}`, pdf, "-"], { encoding: "utf8" }).includes(needle)) return p;
    throw new Error(`no page with ${needle}`);
  };
  const out = path.join(root, "docs", "print");
  mkdirSync(out, { recursive: true });
  // The ranking tab's first page comes before its details tab's (whose title ends in 明细).
  for (const [name, needle] of [["ranking-tab", "2025年第四季度 运营考核排名"], ["weight-template", "【等级】"]]) {
    const page = pageOf(needle);
    const stem = path.join(work, name);
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", `${page}`, "-l", `${page}`, "-singlefile", pdf, stem]);
    renameSync(`${stem}.png`, path.join(out, `${name}.png`));
  }
  console.log(`page images in ${out}`);
}

void main();
