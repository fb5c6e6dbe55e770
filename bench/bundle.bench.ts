import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// npm run bench runs from the project's root; the benchmark is bundled, so __dirname is not the source's.
const DIST = path.join(process.cwd(), "dist");

export type SizeFigure = { name: string; bytes: number; gzipped: number };

/** What the pane costs to load: the scripts taskpane.html loads first, and the chunks loaded after them. */
export function bundleSizes(): SizeFigure[] {
  if (!existsSync(path.join(DIST, "taskpane.html")))
    execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("http"));
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file));
  const size = (files: string[], name: string): SizeFigure => {
    const bytes = files.map((file) => readFileSync(path.join(DIST, file)));
    return {
      name: `${name} (${files.join(", ")})`,
      bytes: bytes.reduce((n, b) => n + b.length, 0),
      gzipped: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  };
  return [
    size(initial, "pane: first-load JavaScript"),
    size(
      lazy,
      "pane: chunks loaded after the frame (parts, jobs, Office adapter; ExcelJS on a write)"
    ),
  ];
}
