import { existsSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * What can be checked of manifest.xml without Microsoft's validation service: well-formed XML, every resid
 * defined, the shared runtime's resids equal, the namespace, the icons, the version. Returns the problems.
 */
export function checkManifest(xml: string, root: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const problems: string[] = [];
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute,
  });
  const doc = parser.parse(xml);

  // Every element carrying a resid or id, anywhere in the tree.
  const resids: { tag: string; resid: string }[] = [];
  const defined = new Map<string, string>();
  const images: string[] = [];
  const walk = (node: unknown, tag: string) => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, tag));
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    if (typeof element["@resid"] === "string") resids.push({ tag, resid: element["@resid"] });
    if (["bt:Image", "bt:Url", "bt:String"].includes(tag) && typeof element["@id"] === "string") {
      defined.set(element["@id"], String(element["@DefaultValue"] ?? ""));
      if (tag === "bt:Image") images.push(String(element["@DefaultValue"]));
    }
    for (const [key, child] of Object.entries(element)) if (!key.startsWith("@")) walk(child, key);
  };
  walk(doc, "");

  for (const { tag, resid } of resids) {
    if (!defined.has(resid))
      problems.push(`resid "${resid}" on <${tag}> is not defined in <Resources>`);
  }

  const app = doc.OfficeApp?.[0];
  const version = String(app?.Version?.[0] ?? "");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) problems.push(`version "${version}" is not four-part`);

  const overrides = app?.VersionOverrides?.[0];
  const host = overrides?.Hosts?.[0]?.Host?.[0];
  const runtime = host?.Runtimes?.[0]?.Runtime?.[0];
  if (!runtime) problems.push("no <Runtime>: the shared runtime is not declared");
  else if (runtime["@lifetime"] !== "long")
    problems.push('the shared <Runtime> must have lifetime="long"');
  const cf = host?.AllFormFactors?.[0]?.ExtensionPoint?.find(
    (e: Record<string, string>) => e["@xsi:type"] === "CustomFunctions"
  );
  if (!cf) problems.push("no CustomFunctions extension point");
  const pageResid = cf?.Page?.[0]?.SourceLocation?.[0]?.["@resid"];
  const functionFile = host?.DesktopFormFactor?.[0]?.FunctionFile?.[0]?.["@resid"];
  const shared = [runtime?.["@resid"], pageResid, functionFile];
  if (new Set(shared).size !== 1)
    problems.push(
      `shared-runtime resids differ: Runtime ${shared[0]}, Page ${shared[1]}, FunctionFile ${shared[2]}`
    );

  const namespaceResid = cf?.Namespace?.[0]?.["@resid"];
  const namespace = defined.get(namespaceResid) ?? "";
  if (namespace.length === 0 || namespace.length > 32)
    problems.push(`namespace "${namespace}" must have 1 to 32 characters`);

  // The functions' requirements belong to the VersionOverrides: in the base manifest they would keep the whole
  // add-in, pane included, out of every Excel without custom functions.
  const setsOf = (node: Record<string, unknown[]> | undefined): Record<string, string>[] =>
    ((
      (node?.Requirements?.[0] as Record<string, unknown[]>)?.Sets?.[0] as Record<string, unknown[]>
    )?.Set as Record<string, string>[]) ?? [];
  const minVersion = (sets: Record<string, string>[], name: string) =>
    sets.find((set) => set["@Name"] === name)?.["@MinVersion"];
  const overrideSets = setsOf(overrides);
  if (minVersion(overrideSets, "SharedRuntime") !== "1.1")
    problems.push("requirement set SharedRuntime 1.1 is missing from <VersionOverrides>");
  if (minVersion(overrideSets, "CustomFunctionsRuntime") !== "1.3")
    problems.push("requirement set CustomFunctionsRuntime 1.3 is missing from <VersionOverrides>");
  for (const set of setsOf(app))
    if (set["@Name"] !== "ExcelApi")
      problems.push(
        `requirement set ${set["@Name"]} in the base manifest would hide the pane where it is unsupported`
      );

  for (const url of [
    ...images,
    app?.IconUrl?.[0]?.["@DefaultValue"],
    app?.HighResolutionIconUrl?.[0]?.["@DefaultValue"],
  ]) {
    const file = String(url).replace(/^https:\/\/localhost:3000\//, "");
    if (!existsSync(path.join(root, file))) problems.push(`icon ${url} has no file ${file}`);
  }

  const metadataUrl = xml.match(/<bt:Url id="Functions.Metadata.Url"[\s\S]*?<\/bt:Url>/)?.[0] ?? "";
  if (!/<bt:Override Locale="zh-CN" Value="[^"]*functions\.zh-CN\.json"/.test(metadataUrl)) {
    problems.push("the functions metadata has no zh-CN override pointing at functions.zh-CN.json");
  }

  if (
    !app?.DisplayName?.[0]?.Override?.some((o: Record<string, string>) => o["@Locale"] === "zh-CN")
  ) {
    problems.push("the display name has no zh-CN override");
  }
  return problems;
}
