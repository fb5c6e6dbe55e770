import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
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

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs `build` while holding a lock of this checkout (a directory in the system's temporary folder), so two
 * `npm test` started together never build into dist/ at once: the second waits, then finds the build fresh.
 * A lock whose process has died is taken over.
 */
export function underBuildLock(name: string, build: () => void): void {
  const checkout = createHash("sha256").update(ROOT).digest("hex").slice(0, 12);
  const lock = path.join(os.tmpdir(), `bank-assess-${checkout}-${name}.lock`);
  const owner = path.join(lock, "pid");
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = existsSync(owner) ? Number(readFileSync(owner, "utf8")) : 0;
    if (pid > 0 && !isRunning(pid)) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline)
      throw new Error(`${lock} held for 20 minutes: remove it if no build runs`);
    else sleep(250);
  }
  try {
    writeFileSync(owner, String(process.pid));
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The production build in dist/, rebuilt first when it is missing or older than the sources. */
export function ensureProductionBuild(): void {
  if (productionBuildIsFresh()) return;
  underBuildLock("dist", () => {
    if (productionBuildIsFresh()) return;
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
      { cwd: ROOT, stdio: "pipe" }
    );
    writeFileSync(path.join(DIST, ".built-at"), new Date().toISOString());
  });
}

function productionBuildIsFresh(): boolean {
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
  return (
    existsSync(stamp) &&
    existsSync(path.join(DIST, "functions.js")) &&
    statSync(stamp).mtimeMs >= inputs
  );
}

export const CLI_BUNDLE = path.join(ROOT, "dist-cli", "bank-assess.cjs");

/** The compiled command (dist-cli/), rebuilt first when it is missing or older than the sources. */
export function ensureCliBuild(): void {
  const inputs = Math.max(
    newestSource(path.join(ROOT, "src")),
    statSync(path.join(ROOT, "scripts", "build-cli.cjs")).mtimeMs,
    statSync(path.join(ROOT, "package.json")).mtimeMs
  );
  const fresh = () => existsSync(CLI_BUNDLE) && statSync(CLI_BUNDLE).mtimeMs >= inputs;
  if (fresh()) return;
  underBuildLock("dist-cli", () => {
    if (fresh()) return;
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.cjs")], {
      cwd: ROOT,
      stdio: "pipe",
    });
  });
}
