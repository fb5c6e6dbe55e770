import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type Node } from "acorn";
import { EDGE18_MISSING, EDGE18_POLYFILLS } from "../src/polyfills/edge18-gaps";
import { DIST, ensureProductionBuild, ROOT } from "./support/built-functions";

// Office 2016/2019/2021 on Windows without the WebView2 runtime show the pane (and run the custom functions)
// in EdgeHTML 18, which reads ES2017 and no later; Trident (Internet Explorer 11, volume-licensed Office
// 2016/2019) reads ES5. A script either cannot parse is a blank pane, so every script the build emits is
// parsed here at ES2017, and the page's inline fallback (which says what the pane needs) at ES5. Built-ins are
// not syntax: those newer than EdgeHTML 18 that the scripts call must be defined by src/polyfills/ or guarded by
// their caller (below; test/e2e/pane-edge18.e2e.test.ts runs the pane without them).

type Located = Error & { loc?: { line: number; column: number } };

/** Where `code` (named `file`) uses syntax newer than `ecmaVersion`: file, line, column and the code there. */
function syntaxProblem(code: string, file: string, ecmaVersion: 5 | 2017 = 2017): string | null {
  try {
    parse(code, { ecmaVersion, sourceType: "script", allowHashBang: true });
    return null;
  } catch (error) {
    const { message, loc } = error as Located;
    if (!loc) return `${file}: ${message}`;
    const text = code.split(/\r\n?|\n/)[loc.line - 1] ?? "";
    const snippet = text.slice(Math.max(0, loc.column - 50), loc.column + 50);
    return `${file}:${loc.line}:${loc.column + 1}: ${message}, at …${snippet}…`;
  }
}

/** `pattern` as the body of a regular-expression literal, to parse as one. */
function literalBody(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") out += c + (pattern[++i] ?? "");
    else if (c === "/") out += "\\/";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else out += c;
  }
  return out;
}

// zod builds this one only for z.string().emoji(), which the add-in never calls (checked below).
const UNUSED_LIBRARY_PATTERNS = ["^(\\p{Extended_Pictographic}|\\p{Emoji_Component})+$"];

/** `RegExp("…", "…")` with constant strings is syntax too, only read later: the same check, pattern by pattern. */
function regExpProblems(code: string, file: string): string[] {
  const problems: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const n = node as Node & Record<string, unknown>;
    if (typeof n.type !== "string") return;
    if (n.type === "NewExpression" || n.type === "CallExpression") {
      const callee = n.callee as { type: string; name?: string };
      const [pattern, flags] = n.arguments as { type: string; value?: unknown }[];
      if (
        callee.type === "Identifier" &&
        callee.name === "RegExp" &&
        pattern?.type === "Literal" &&
        typeof pattern.value === "string" &&
        (flags === undefined || (flags.type === "Literal" && typeof flags.value === "string")) &&
        !UNUSED_LIBRARY_PATTERNS.includes(pattern.value)
      ) {
        const literal = `/${literalBody(pattern.value)}/${(flags?.value as string | undefined) ?? ""}`;
        const problem = syntaxProblem(literal, `${file} RegExp at ${n.start}`);
        if (problem) problems.push(problem);
      }
    }
    for (const key of Object.keys(n)) if (key !== "type") visit(n[key]);
  };
  visit(parse(code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true }));
  return problems;
}

/**
 * Which of EDGE18_MISSING the script calls or reads: "X" as a free name or as a member (window.X,
 * view.ResizeObserver), "X.m" as exactly that member of the name X, "X.prototype.m" as a call of a method
 * named m on anything (o.m(…), o.m.call(…)). By name, so an own method of the same name counts too.
 */
function edge18References(code: string): Set<string> {
  const globals = new Set<string>();
  const statics = new Set<string>();
  const methods = new Map<string, string[]>();
  for (const name of EDGE18_MISSING) {
    const parts = name.split(".");
    if (parts.length === 1) globals.add(name);
    else if (parts.length === 2) statics.add(name);
    else methods.set(parts[2], [...(methods.get(parts[2]) ?? []), name]);
  }
  const found = new Set<string>();
  const propertyName = (member: Record<string, unknown>): string | undefined => {
    const property = member.property as { type: string; name?: string; value?: unknown };
    if (!member.computed && property.type === "Identifier") return property.name;
    if (property.type === "Literal" && typeof property.value === "string") return property.value;
    return undefined;
  };
  const visit = (node: unknown, parent: Record<string, unknown> | null, key: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent, key));
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown> & { type?: unknown };
    if (typeof n.type !== "string") return;
    if (n.type === "Identifier" && globals.has(n.name as string)) {
      const isKey =
        (parent?.type === "MemberExpression" && key === "property" && !parent.computed) ||
        (parent?.type === "Property" && key === "key" && !parent.computed);
      if (!isKey) found.add(n.name as string);
    }
    if (n.type === "MemberExpression") {
      const name = propertyName(n);
      const object = n.object as { type: string; name?: string };
      if (name && globals.has(name)) found.add(name);
      if (name && object.type === "Identifier" && statics.has(`${object.name}.${name}`))
        found.add(`${object.name}.${name}`);
      const called =
        (parent?.type === "CallExpression" && key === "callee") ||
        (parent?.type === "MemberExpression" &&
          ["call", "apply", "bind"].includes(propertyName(parent) ?? ""));
      if (name && called) for (const method of methods.get(name) ?? []) found.add(method);
    }
    for (const k of Object.keys(n)) if (k !== "type") visit(n[k], n, k);
  };
  visit(
    parse(code, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true }),
    null,
    ""
  );
  return found;
}

/** What the bundle may name without a polyfill, and why it runs on EdgeHTML 18 all the same. */
const EDGE18_GUARDED: Partial<Record<(typeof EDGE18_MISSING)[number], string>> = {
  queueMicrotask:
    "React, fflate and the libraries in ExcelJS's chunk test for it first and fall back to a promise or a timer",
  reportError: "React tests `typeof reportError` and falls back to console.error",
  BigInt: "zod's z.bigint(), which the add-in's schemas never use",
  structuredClone:
    "releaseBytes (workbook/xlsx/zip/release-bytes.ts) tests `typeof structuredClone` and leaves the buffer to the collector",
  ShadowRoot: "floating-ui tests `typeof ShadowRoot` first",
  Animation:
    "Fluent's motion reads `window.Animation?.prototype.persist` to choose how to end an animation",
  visualViewport: "floating-ui reads `window.visualViewport` and does without it",
  "Element.prototype.animate":
    "Fluent's motion calls it in try/catch: on EdgeHTML 18 elements appear without their transition",
  "Array.prototype.findLast":
    "tabster's own FocusedElementState.findLast({ container }), not Array's",
  "Object.hasOwn": "core-js inside ExcelJS's own chunk: `Object.hasOwn || its own function`",
};

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}
const scripts = (dir: string) => filesUnder(dir, /\.[cm]?js$/);
const sources = (dir: string) => filesUnder(dir, /\.tsx?$/);

/** The scripts of a page written inline (no src), in order. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => body);
}

describe("every script the production build emits parses as ES2017 (EdgeHTML 18)", () => {
  let files: string[] = [];

  beforeAll(() => {
    ensureProductionBuild();
    files = scripts(DIST).map((file) => path.relative(DIST, file));
  }, 300_000);

  it("finds the entries and the lazy chunks to check", () => {
    expect(files).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    // ExcelJS is its own chunk, loaded when a file is read or written.
    expect(files.filter((file) => /\.[0-9a-f]{8}\.js$/.test(file)).length).toBeGreaterThan(0);
  });

  it("no script in dist/ has syntax newer than ES2017", () => {
    const problems = files
      .map((file) => syntaxProblem(readFileSync(path.join(DIST, file), "utf8"), file))
      .filter((problem): problem is string => problem !== null);
    expect(problems).toEqual([]);
  });

  it("no regular expression built from constant strings needs more than ES2017 either", () => {
    const problems = files.flatMap((file) =>
      regExpProblems(readFileSync(path.join(DIST, file), "utf8"), file)
    );
    expect(problems).toEqual([]);
    // The one library pattern let through above is never built: nothing in the add-in calls zod's .emoji().
    const callers = sources(path.join(ROOT, "src")).filter((file) =>
      /\.emoji\(/.test(readFileSync(file, "utf8"))
    );
    expect(callers).toEqual([]);
  });

  it("the inline fallback of taskpane.html is ES5 and runs before every other script", () => {
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const inline = inlineScripts(html);
    expect(inline).toHaveLength(1);
    expect(syntaxProblem(inline[0], "taskpane.html (inline script)", 5)).toBeNull();
    const firstExternal = html.search(/<script\b[^>]*\bsrc\s*=/i);
    expect(firstExternal).toBeGreaterThan(html.indexOf(inline[0]));
    // It knows the bundle ran by the flag the bundle sets.
    expect(inline[0]).toContain("__bankAssessStarted");
  });
});

describe("every built-in newer than EdgeHTML 18 that dist/ calls is polyfilled or guarded", () => {
  let references: Map<string, string[]>;

  beforeAll(() => {
    ensureProductionBuild();
    references = new Map();
    for (const file of scripts(DIST))
      for (const name of edge18References(readFileSync(file, "utf8")))
        references.set(name, [...(references.get(name) ?? []), path.relative(DIST, file)]);
  }, 300_000);

  it("none but those src/polyfills/ defines (EDGE18_POLYFILLS) or that its caller guards (EDGE18_GUARDED)", () => {
    const unprovided = [...references]
      .filter(
        ([name]) =>
          !(EDGE18_POLYFILLS as readonly string[]).includes(name) && !(name in EDGE18_GUARDED)
      )
      .map(([name, files]) => `${name} (${files.join(", ")})`);
    expect(unprovided).toEqual([]);
  });

  it("EDGE18_GUARDED names nothing that dist/ no longer references (so that it stays a list of reasons)", () => {
    expect(Object.keys(EDGE18_GUARDED).filter((name) => !references.has(name))).toEqual([]);
  });

  it("the polyfills that the pane's and the functions' scripts need are referenced there (the scan sees them)", () => {
    for (const name of [
      "Object.fromEntries",
      "Array.prototype.flatMap",
      "TextEncoder",
      "TextDecoder",
      "ResizeObserver",
    ])
      // The pane's scripts: taskpane.js and the chunks it loads after its frame (issue 27).
      expect((references.get(name) ?? []).filter((file) => file !== "functions.js")).not.toEqual(
        []
      );
    expect(references.get("globalThis")).toContain("functions.js");
  });

  it("sees each kind of reference, and not a name used as a key or a non-call", () => {
    const seen = edge18References(
      "Object.fromEntries(a); x.flatMap(f); y.flat.call(z); new view.ResizeObserver(cb); globalThis.q;" +
        "o.at = 1; p = { structuredClone: 1 }; q.hasOwn(1); this.text;"
    );
    expect([...seen].sort()).toEqual(
      [
        "Array.prototype.flat",
        "Array.prototype.flatMap",
        "Object.fromEntries",
        "ResizeObserver",
        "globalThis",
      ].sort()
    );
  });
});

describe("the syntax check itself", () => {
  it.each([
    ["optional chaining", "var a = {};\nvar x = a?.b;\n", "a?.b", 2],
    ["nullish coalescing", "var a = null;\nvar b = 1;\nvar x = a ?? b;\n", "a ?? b", 3],
    ["logical assignment", "var a;\na ||= [];\n", "a ||= []", 2],
    ["object spread", "var a = {};\nvar b = { ...a };\n", "{ ...a }", 2],
    ["a named capture group", "var r = /(?<year>\\d{4})/;\n", "(?<year>", 1],
    ["a Unicode property escape", "var r = /\\p{L}/u;\n", "\\p{L}", 1],
  ])("rejects %s, naming the file, line and snippet", (_feature, code, snippet, line) => {
    const problem = syntaxProblem(code, "snippet.js");
    expect(problem).not.toBeNull();
    expect(problem).toContain(`snippet.js:${line}:`);
    expect(problem).toContain(snippet);
  });

  it("accepts ES2017 (async functions, destructuring, exponent)", () => {
    expect(
      syntaxProblem(
        "async function f({ a }, ...rest) { await a; return 2 ** rest.length; }",
        "ok.js"
      )
    ).toBeNull();
  });

  it("holds a constant RegExp pattern to ES2017, and the inline fallback to ES5", () => {
    expect(regExpProblems('var r = new RegExp("(?<y>\\\\d+)", "g");', "ctor.js")).toHaveLength(1);
    expect(regExpProblems('var r = new RegExp("a.b", "s");', "ctor.js")).toHaveLength(1);
    expect(regExpProblems('var r = new RegExp("\\\\d+", "g");', "ctor.js")).toEqual([]);
    expect(syntaxProblem("var f = () => 1;", "inline", 5)).toContain("inline:1:");
    expect(syntaxProblem("let x = 1;", "inline", 5)).not.toBeNull();
    expect(syntaxProblem("var s = `x`;", "inline", 5)).not.toBeNull();
  });
});
