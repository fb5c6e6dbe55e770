import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ensureProductionBuild } from "./support/built-functions";

/**
 * Issue 27: the scripts taskpane.html loads before anything is shown stay under 200 KiB gzipped (a size, not a
 * time: the same on every machine). The parts, the jobs and the workbook code come after the frame.
 */
describe("the pane's first load", () => {
  let html = "";
  beforeAll(() => {
    ensureProductionBuild();
    html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  }, 300_000);

  const firstScripts = () =>
    [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith("http"));

  it("is functions.js and taskpane.js only", () => {
    expect(firstScripts().sort()).toEqual(["functions.js", "taskpane.js"]);
  });

  it("is at most 200 KiB gzipped", () => {
    const gzipped = firstScripts()
      .map((file) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(gzipped).toBeLessThanOrEqual(200 * 1024);
  });

  it("leaves the parts, the jobs and the Office adapter out (they are chunks of their own)", () => {
    const taskpane = readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    // Texts only the parts' code holds: a job's audit row, the calibration's flag and the Office adapter's limit.
    expect(taskpane).not.toContain("RequestPayloadSizeLimitExceeded");
    expect(taskpane).not.toContain("calibratedRanking");
  });
});
