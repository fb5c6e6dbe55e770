import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Where Microsoft's published manifest XSDs are looked for, first to last: BANK_ASSESS_MANIFEST_XSD, this
 * folder's manifest-schemas/ (where a developer puts them: docs/deployment.md §2.1), and a data folder beside
 * the checkout that this project's CI machines provide. The project does not commit them (public data).
 */
export const MANIFEST_XSD_PLACES = [
  process.env.BANK_ASSESS_MANIFEST_XSD,
  path.join(__dirname, "manifest-schemas"),
  path.join(__dirname, "..", "..", "..", "shared", "office-manifest-xsd"),
].filter((place): place is string => Boolean(place));
export const MANIFEST_XSD_FILES = [
  "OfficeAppManifestV1_1.xsd",
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
];

/** Not Microsoft's: OfficeAppManifestV1_1.xsd imports it, but it was never published (content add-ins only). */
const CONTENT_STAND_IN = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema elementFormDefault="qualified" version="1.0"
    targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="VersionOverrides">
    <xs:complexType>
      <xs:sequence>
        <xs:any minOccurs="0" maxOccurs="unbounded" processContents="lax" namespace="##any" />
      </xs:sequence>
      <xs:anyAttribute processContents="lax" namespace="##any" />
    </xs:complexType>
  </xs:element>
</xs:schema>
`;

/**
 * The published XSDs made ready for libxml2, in a folder of their own (null where they are not all there):
 * a link rewrite in their repository made `xmlns:xs` (and the xmldsig namespace) https, which no XML Schema
 * is; the version pattern's lazy `{0,3}?` is .NET regex, `{0,3}` accepts the same whole values; and the
 * content add-ins' overrides schema they import gets a stand-in that accepts anything.
 */
export function preparedXsd(places = MANIFEST_XSD_PLACES): string | null {
  const source = places.find((place) =>
    MANIFEST_XSD_FILES.every((file) => existsSync(path.join(place, file)))
  );
  if (!source) return null;
  const folder = mkdtempSync(path.join(tmpdir(), "manifest-xsd-"));
  for (const file of MANIFEST_XSD_FILES)
    writeFileSync(
      path.join(folder, file),
      readFileSync(path.join(source, file), "utf8")
        .replace(/https:\/\/www\.w3\.org\/2001\/XMLSchema"/g, 'http://www.w3.org/2001/XMLSchema"')
        .replace(
          /https:\/\/www\.w3\.org\/2000\/09\/xmldsig#/g,
          "http://www.w3.org/2000/09/xmldsig#"
        )
        .replace(/\{0,3\}\?"/g, '{0,3}"')
    );
  writeFileSync(path.join(folder, "ContentAppVersionOverridesV1_0.xsd"), CONTENT_STAND_IN);
  return folder;
}

/**
 * The manifest as the XSDs (last changed in 2019) can judge it: the elements newer than they are
 * removed. There is one, <Runtimes> (the shared runtime) in the <Host> of <VersionOverrides>, whose place and
 * shape checkRuntimes checks instead. Only a <Runtimes> holding nothing but empty <Runtime> elements is
 * removed, so anything else put in it still meets the XSD; its lines stay, empty, so that xmllint's line
 * numbers are manifest.xml's.
 */
export function withoutNewerElements(xml: string): string {
  return xml.replace(/<Runtimes>(?:\s*<Runtime\b[^>]*\/>)+\s*<\/Runtimes>/g, (runtimes) =>
    runtimes.replace(/[^\n]/g, "")
  );
}

/**
 * xmllint's errors for the manifest against the XSDs (prepared in `folder`), offline (--nonet); none when it is valid.
 * Throws when xmllint could not validate at all (a schema that does not compile is not a rejection).
 */
export function xsdErrors(xml: string, xmllint: string, folder: string): string[] {
  const schema = path.join(folder, "OfficeAppManifestV1_1.xsd");
  const result = spawnSync(xmllint, ["--noout", "--nonet", "--schema", schema, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  // 3 and 4: the document is invalid; anything else (5: the schema did not compile) is not a verdict.
  if (result.status !== 3 && result.status !== 4)
    throw new Error(`xmllint exited with ${result.status}: ${result.stderr}`);
  return result.stderr.split("\n").filter((line) => line.trim() && line !== "- fails to validate");
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };
const tagOf = (node: OrderedNode) => Object.keys(node).find((key) => key !== ":@") ?? "";
const elementsOf = (node: OrderedNode | undefined): OrderedNode[] =>
  node ? (node[tagOf(node)] as OrderedNode[]).filter((child) => tagOf(child) !== "#text") : [];
const childOf = (node: OrderedNode | undefined, tag: string) =>
  elementsOf(node).find((child) => tagOf(child) === tag);

/**
 * What the XSDs cannot check of <Runtimes>, newer than they are: one, as the first child of the
 * <Host> in <VersionOverrides> (before <AllFormFactors>), holding one <Runtime> with a defined URL resid and
 * lifetime="long" (the pane and the functions share it) and nothing else. `urls`: the ids of the <bt:Url>s.
 */
export function checkRuntimes(xml: string, urls: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const doc = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@",
  }).parse(xml) as OrderedNode[];
  let count = 0;
  const walk = (nodes: OrderedNode[]) =>
    nodes.forEach((node) => {
      if (tagOf(node) === "Runtimes") count++;
      if (Array.isArray(node[tagOf(node)])) walk(node[tagOf(node)] as OrderedNode[]);
    });
  walk(doc);
  if (count !== 1) problems.push(`${count} <Runtimes> elements where one belongs, in the <Host>`);

  const app = doc.find((node) => tagOf(node) === "OfficeApp");
  const host = childOf(childOf(childOf(app, "VersionOverrides"), "Hosts"), "Host");
  const hostChildren = elementsOf(host).map(tagOf);
  if (hostChildren[0] !== "Runtimes" || !hostChildren.includes("AllFormFactors"))
    problems.push(
      `<Runtimes> must be the <Host>'s first child, before <AllFormFactors>: the <Host> has ${hostChildren.join(", ")}`
    );
  const runtimes = childOf(host, "Runtimes");
  if (!runtimes) return problems;
  const inside = elementsOf(runtimes);
  if (inside.length !== 1 || tagOf(inside[0]) !== "Runtime")
    problems.push(
      `<Runtimes> must hold one <Runtime> and nothing else: it has ${inside.map(tagOf).join(", ")}`
    );
  const runtime = inside.find((node) => tagOf(node) === "Runtime");
  if (!runtime) return problems;
  const attributes = runtime[":@"] ?? {};
  const resid = attributes["@resid"] ?? "";
  if (!urls.has(resid))
    problems.push(`the <Runtime>'s resid "${resid}" is not a <bt:Url> in <Resources>`);
  if (resid.length > 32) problems.push(`the <Runtime>'s resid "${resid}" is over 32 characters`);
  if (attributes["@lifetime"] !== "long")
    problems.push('the shared <Runtime> must have lifetime="long"');
  const unknown = Object.keys(attributes).filter((name) => !["@resid", "@lifetime"].includes(name));
  if (unknown.length > 0 || elementsOf(runtime).length > 0)
    problems.push(
      `the <Runtime> has more than resid and lifetime: ${[...unknown, ...elementsOf(runtime).map(tagOf)].join(", ")}`
    );
  return problems;
}

/**
 * What can be checked of manifest.xml without Microsoft's validation service or xmllint: well-formed XML, every
 * resid defined, the shared runtime's resids equal and its <Runtimes> (which the XSDs predate) in place, the
 * requirement sets, the namespace, the icons, the version. Returns the problems.
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
  const urls = new Set<string>();
  const images: string[] = [];
  const walk = (node: unknown, tag: string) => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, tag));
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    if (typeof element["@resid"] === "string") resids.push({ tag, resid: element["@resid"] });
    if (["bt:Image", "bt:Url", "bt:String"].includes(tag) && typeof element["@id"] === "string") {
      defined.set(element["@id"], String(element["@DefaultValue"] ?? ""));
      if (tag === "bt:Image") images.push(String(element["@DefaultValue"]));
      if (tag === "bt:Url") urls.add(element["@id"]);
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
  problems.push(...checkRuntimes(xml, urls));
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
  // add-in, pane included, out of every Excel without custom functions. There they are basic types (bt:).
  const setsOf = (
    node: Record<string, unknown[]> | undefined,
    prefix: string
  ): Record<string, string>[] =>
    ((
      (node?.Requirements?.[0] as Record<string, unknown[]>)?.[`${prefix}Sets`]?.[0] as Record<
        string,
        unknown[]
      >
    )?.[`${prefix}Set`] as Record<string, string>[]) ?? [];
  const minVersion = (sets: Record<string, string>[], name: string) =>
    sets.find((set) => set["@Name"] === name)?.["@MinVersion"];
  if (setsOf(overrides, "").length > 0)
    problems.push(
      "<Requirements> in <VersionOverrides> takes <bt:Sets> and <bt:Set>, not <Sets> and <Set>"
    );
  const overrideSets = setsOf(overrides, "bt:");
  if (minVersion(overrideSets, "SharedRuntime") !== "1.1")
    problems.push("requirement set SharedRuntime 1.1 is missing from <VersionOverrides>");
  if (minVersion(overrideSets, "CustomFunctionsRuntime") !== "1.3")
    problems.push("requirement set CustomFunctionsRuntime 1.3 is missing from <VersionOverrides>");
  for (const set of setsOf(app, ""))
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
