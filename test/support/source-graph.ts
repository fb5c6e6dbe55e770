import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The shape of `src` read from its own text with the TypeScript compiler: which file imports which, and how long
 * each function is. The architecture test holds these against the layering the README draws.
 */
export const ROOT = path.resolve(__dirname, "../..");
export const SRC = path.join(ROOT, "src");

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
    });
}

/** Repository-relative, with forward slashes, for messages anyone can open. */
export const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (candidate.startsWith(SRC) && /\.tsx?$/.test(candidate) && existsFile(candidate))
      return candidate;
  return null;
}

function existsFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Every import of a file of `src` (static, `export … from`, `import()`, type-only too), resolved to files. */
export function importGraph(files = sourceFiles()): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((ref) => resolveImport(file, ref.fileName))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the import circles. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    indices.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, indices.get(next)!));
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file))
        circles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) visit(file);
  return circles;
}

export type FunctionSpan = {
  file: string;
  line: number;
  name: string;
  lines: number;
  reason: string | null;
};

/** A function's own reason for its length: a comment beside it (above, or on its first line) starting `Long:`. */
const REASON = /\bLong:\s*(.+)/;

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent))
    return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return "(anonymous)";
}

/** The comments just above the statement a function belongs to, and on its first line. */
function commentsBeside(node: ts.Node, text: string): string {
  let holder: ts.Node = node;
  while (
    holder.parent &&
    !ts.isSourceFile(holder.parent) &&
    !ts.isBlock(holder.parent) &&
    !ts.isClassLike(holder.parent)
  )
    holder = holder.parent;
  const ranges = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
  const firstLineEnd = text.indexOf("\n", node.getStart());
  const sameLine = text.slice(node.getStart(), firstLineEnd < 0 ? undefined : firstLineEnd);
  return ranges.map((range) => text.slice(range.pos, range.end)).join("\n") + "\n" + sameLine;
}

/** Every function, method and arrow function of the files with its length in lines (first to last line). */
export function functionSpans(files = sourceFiles()): FunctionSpan[] {
  const spans: FunctionSpan[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const reason = REASON.exec(commentsBeside(node, text));
        spans.push({
          file: relative(file),
          line: start + 1,
          name: nameOf(node),
          lines: end - start + 1,
          reason: reason ? reason[1].trim() : null,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return spans;
}
