import {
  functionSpans,
  importCircles,
  importGraph,
  relative,
  sourceFiles,
} from "./support/source-graph";

/**
 * The layering the README draws, held against the imports of `src` as the TypeScript compiler reads them:
 * no circle of files, no folder of `core` or `jobs` depending in a circle on another, nothing importing
 * a layer above it, and no function over 120 lines without its reason beside it (a comment starting `Long:`).
 */
const graph = importGraph();
const files = [...graph.keys()].map(relative);
const edges = [...graph].flatMap(([from, targets]) =>
  targets.map((to) => ({ from: relative(from), to: relative(to) }))
);

/** The part of `src` a file belongs to: its top folder, with workbook's adapters told apart. */
function layerOf(file: string): string {
  const parts = file.split("/");
  if (parts[1] === "workbook" && (parts[2] === "office" || parts[2] === "xlsx"))
    return `workbook/${parts[2]}`;
  return parts[1];
}

const ALLOWED: Record<string, string[]> = {
  polyfills: [],
  core: [],
  workbook: ["core"],
  "workbook/xlsx": ["core", "workbook"],
  "workbook/office": ["core", "workbook"],
  functions: ["core", "polyfills"],
  jobs: ["core", "workbook", "workbook/xlsx"],
  cli: ["core", "workbook", "workbook/xlsx", "jobs"],
  taskpane: [
    "core",
    "workbook",
    "workbook/xlsx",
    "workbook/office",
    "jobs",
    "functions",
    "polyfills",
  ],
};

/** The circles among the folders one level under `area` (e.g. `src/core`), as "a → b" lines. */
function folderCircles(area: string): string[][] {
  const folderOf = (file: string) =>
    file.startsWith(`${area}/`) && file.slice(area.length + 1).includes("/")
      ? `${area}/${file.slice(area.length + 1).split("/")[0]}`
      : null;
  const folders = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (!a || !b) continue;
    if (!folders.has(a)) folders.set(a, []);
    if (a !== b && !folders.get(a)!.includes(b)) folders.get(a)!.push(b);
  }
  return importCircles(folders);
}

describe("the structure of src", () => {
  it("reads every file of src and its imports", () => {
    expect(files.length).toBe(sourceFiles().length);
    expect(files).toContain("src/jobs/assessment/rank-job.ts");
    expect(edges.length).toBeGreaterThan(300);
  });

  it("has no import circle between files", () => {
    expect(importCircles(graph).map((circle) => circle.map(relative))).toEqual([]);
  });

  it("imports only downwards: each layer from the layers under it", () => {
    const upward = edges
      .filter(({ from, to }) => layerOf(from) !== layerOf(to))
      .filter(({ from, to }) => !(ALLOWED[layerOf(from)] ?? []).includes(layerOf(to)))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(upward).toEqual([]);
    expect(Object.keys(ALLOWED).sort()).toEqual([...new Set(files.map(layerOf))].sort());
  });

  it("has no circle among the folders of core or of jobs", () => {
    expect(folderCircles("src/core")).toEqual([]);
    expect(folderCircles("src/jobs")).toEqual([]);
  });

  it("keeps what the jobs share free of any one capability", () => {
    const fromShared = edges
      .filter(({ from, to }) => from.startsWith("src/jobs/shared/") && to.startsWith("src/jobs/"))
      .filter(({ to }) => !to.startsWith("src/jobs/shared/"));
    expect(fromShared).toEqual([]);
  });

  it("gives each capability of jobs a folder, with no file loose beside them", () => {
    expect(files.filter((file) => /^src\/jobs\/[^/]+$/.test(file))).toEqual([]);
  });

  it("has no function over 120 lines without its reason beside it", () => {
    const long = functionSpans()
      .filter((span) => span.lines > 120 && !span.reason)
      .map((span) => `${span.file}:${span.line} ${span.name} (${span.lines} lines)`);
    expect(long).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("finds a circle and leaves a chain alone", () => {
    const circle = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(importCircles(circle)).toEqual([["a", "b", "c"]]);
    expect(
      importCircles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ])
      )
    ).toEqual([]);
    expect(importCircles(new Map([["a", ["a"]]]))).toEqual([["a"]]);
  });

  it("measures a function and reads its reason", () => {
    const spans = functionSpans([`${__dirname}/support/source-graph.ts`]);
    const graphSpan = spans.find((span) => span.name === "importGraph");
    expect(graphSpan).toMatchObject({ lines: 11, reason: null });
    expect(spans.every((span) => span.lines >= 1)).toBe(true);
  });
});
