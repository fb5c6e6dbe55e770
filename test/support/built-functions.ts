import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The production build in dist/, rebuilt first when it is missing or older than the sources. */
export function ensureProductionBuild(): void {
  // webpack leaves unchanged files untouched, so their times say nothing: a stamp records when it last built.
  const stamp = path.join(DIST, ".built-at");
  const inputs = Math.max(
    newestSource(path.join(ROOT, "src")),
    newestSource(path.join(ROOT, "assets")),
    statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
    statSync(path.join(ROOT, "tsconfig.json")).mtimeMs,
    // dist/manifest.xml is made from it (and from scripts/production-manifest.js).
    statSync(path.join(ROOT, "manifest.xml")).mtimeMs,
    statSync(path.join(ROOT, "scripts", "production-manifest.js")).mtimeMs,
    // The lowering of every emitted script to ES2017, and the versions of what it and webpack run.
    statSync(path.join(ROOT, "scripts", "esbuild-lower-plugin.cjs")).mtimeMs,
    statSync(path.join(ROOT, "package-lock.json")).mtimeMs
  );
  if (
    existsSync(stamp) &&
    existsSync(path.join(DIST, "functions.js")) &&
    statSync(stamp).mtimeMs >= inputs
  )
    return;
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      stdio: "pipe",
    }
  );
  writeFileSync(stamp, new Date().toISOString());
}

export const CLI_BUNDLE = path.join(ROOT, "dist-cli", "bank-assess.cjs");

/** The compiled command (dist-cli/), rebuilt first when it is missing or older than the sources. */
export function ensureCliBuild(): void {
  const inputs = Math.max(
    newestSource(path.join(ROOT, "src")),
    statSync(path.join(ROOT, "scripts", "build-cli.cjs")).mtimeMs,
    statSync(path.join(ROOT, "package.json")).mtimeMs
  );
  if (existsSync(CLI_BUNDLE) && statSync(CLI_BUNDLE).mtimeMs >= inputs) return;
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.cjs")], {
    cwd: ROOT,
    stdio: "pipe",
  });
}
