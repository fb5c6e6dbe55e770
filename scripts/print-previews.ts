/**
 * Page images of the printed ranking tab, 权重模板, a 反馈单 page, 结果应用, the 岗位责任体检 report and 权责矩阵 for the README (docs/print/), from the bundled sample,
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
  await run(
    [
      "rank",
      path.join(root, "assets/samples/ops-2025.scores.xlsx"),
      "--out",
      file,
      "--period",
      "2025Q4",
    ],
    quiet
  );
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, file], {
    stdio: "ignore",
  });
  // A feedback page: the sample's 南山支行 fails 2025Q3 and 2025Q4 (warned, and a penalty for two in a row).
  const q3 = path.join(work, "q3.xlsx");
  await run(
    [
      "rank",
      path.join(root, "assets/samples/ops-2025.scores.xlsx"),
      "--out",
      q3,
      "--period",
      "2025Q3",
    ],
    quiet
  );
  const results = path.join(work, "results.xlsx");
  await run(
    ["results", file, "--history", q3, "--published", "2026-01-09", "--out", results],
    quiet
  );
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, results], {
    stdio: "ignore",
  });
  // The duties check-up of the sample, and the sample's 权责矩阵.
  const checkup = path.join(work, "checkup.xlsx");
  await run(
    [
      "duties",
      path.join(root, "assets/samples/ops-2025.duties.xlsx"),
      "--template",
      path.join(root, "assets/samples/ops-2025.template.json"),
      "--as-of",
      "2025-12-31",
      "--out",
      checkup,
    ],
    quiet
  );
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, checkup], {
    stdio: "ignore",
  });
  const print = (pdf: string, name: string, needles: string[]) => {
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]
    );
    let page = 0;
    for (let p = 1; p <= pages && page === 0; p++) {
      const text = execFileSync("pdftotext", ["-f", `${p}`, "-l", `${p}`, pdf, "-"], {
        encoding: "utf8",
      });
      if (needles.every((needle) => text.includes(needle))) page = p;
    }
    if (page === 0) throw new Error(`no page with ${needles.join(" and ")}`);
    const stem = path.join(work, name);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      `${page}`,
      "-l",
      `${page}`,
      "-singlefile",
      pdf,
      stem,
    ]);
    renameSync(`${stem}.png`, path.join(out, `${name}.png`));
  };
  const out = path.join(root, "docs", "print");
  mkdirSync(out, { recursive: true });
  // The ranking tab's first page comes before its details tab's (whose title ends in 明细).
  print(path.join(work, "ranked.pdf"), "ranking-tab", ["2025年第四季度 运营考核排名"]);
  print(path.join(work, "ranked.pdf"), "weight-template", ["【等级】"]);
  print(path.join(work, "results.pdf"), "feedback-page", ["考核反馈单", "南山支行"]);
  print(path.join(work, "results.pdf"), "outcomes", ["考核结果应用"]);
  print(path.join(work, "checkup.pdf"), "checkup", ["一、检查结果汇总"]);
  print(path.join(work, "checkup.pdf"), "matrix", ["权责矩阵", "LC-001"]);
  console.log(`page images in ${out}`);
}

void main();
