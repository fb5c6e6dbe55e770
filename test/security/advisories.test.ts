/* npm audit cannot reach its service from the build machines: the production tree in package-lock.json is
 * checked against the advisories kept in security/advisories.json (issue 15). */
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
type Advisory = {
  package: string;
  id: string;
  fixedIn: string;
  from?: string;
  below?: string;
  what: string;
};
type Lock = {
  packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }>;
};
const advisories = JSON.parse(
  readFileSync(path.join(ROOT, "security/advisories.json"), "utf8")
) as {
  advisories: Advisory[];
  reviewed: Record<string, string>;
};

/** -1, 0 or 1 as a is before, the same as or after b (numeric major.minor.patch; a pre-release counts as before). */
function compare(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/)[0].split(".").map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return a.includes("-") && !b.includes("-") ? -1 : 0;
}

/** Each production package of the lock file that an advisory covers: where, which version, which advisory. */
function vulnerable(lock: Lock, list: readonly Advisory[]) {
  const found: string[] = [];
  for (const [where, info] of Object.entries(lock.packages)) {
    if (!where || info.dev || info.devOptional || !info.version) continue;
    const name = where.split("node_modules/").pop() as string;
    for (const a of list)
      if (
        a.package === name &&
        compare(info.version, a.fixedIn) < 0 &&
        (!a.from || compare(info.version, a.from) >= 0) &&
        (!a.below || compare(info.version, a.below) < 0)
      )
        found.push(`${where}@${info.version}: ${a.id} (${a.what}), fixed in ${a.fixedIn}`);
  }
  return found;
}

describe("the production dependency tree against the advisories kept in the repository", () => {
  it("has no package version with a known advisory", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as Lock;
    expect(vulnerable(lock, advisories.advisories)).toEqual([]);
  });

  it("finds a vulnerable version where there is one (in production, not in development tools)", () => {
    const lock: Lock = {
      packages: {
        "": {},
        "node_modules/jszip": { version: "3.7.1" },
        "node_modules/tmp": { version: "0.2.3" },
        "node_modules/glob/node_modules/brace-expansion": { version: "2.0.1" },
        "node_modules/eslint/node_modules/brace-expansion": { version: "1.1.11", dev: true },
        "node_modules/minimatch": { version: "3.0.5" },
      },
    };
    expect(vulnerable(lock, advisories.advisories)).toEqual([
      expect.stringMatching(/^node_modules\/jszip@3\.7\.1: CVE-2022-48285/),
      expect.stringMatching(/^node_modules\/tmp@0\.2\.3: CVE-2025-54798/),
      expect.stringMatching(
        /^node_modules\/glob\/node_modules\/brace-expansion@2\.0\.1: CVE-2025-5889/
      ),
    ]);
  });

  it("says, for each package the issue named, why it is safe here or how it is replaced", () => {
    for (const name of ["jszip", "tmp", "fstream", "inflight", "minimatch", "brace-expansion"])
      expect([name, advisories.reviewed[name]?.length ?? 0]).toEqual([name, expect.any(Number)]);
    for (const note of Object.values(advisories.reviewed)) expect(note.length).toBeGreaterThan(40);
  });
});
