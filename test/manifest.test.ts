import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "./support/manifest-checks";

const { productionManifest } = require("../scripts/production-manifest") as {
  productionManifest: (xml: string, url: string) => string;
};

const root = path.join(__dirname, "..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml (offline checks; `npm run validate` asks Microsoft's service where there is a network)", () => {
  it("passes every check that can run here", () => {
    expect(checkManifest(manifest, root)).toEqual([]);
  });

  it("declares the BANK namespace", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="BANK" \/>/);
  });

  it.each([
    [
      "an undefined resid",
      (xml: string) => xml.replace('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Other.Url"'),
      /resid "Functions.Metadata.Url"/,
    ],
    [
      "different shared-runtime resids",
      (xml: string) =>
        xml.replace(
          '<FunctionFile resid="Shared.Url" />',
          '<FunctionFile resid="Functions.Script.Url" />'
        ),
      /shared-runtime resids differ/,
    ],
    [
      "a three-part version",
      (xml: string) => xml.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"),
      /four-part/,
    ],
    [
      "a namespace over 32 characters",
      (xml: string) => xml.replace('DefaultValue="BANK"', `DefaultValue="${"B".repeat(33)}"`),
      /namespace/,
    ],
    [
      "a missing icon file",
      (xml: string) => xml.replace("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81/,
    ],
    [
      "no zh-CN function metadata",
      (xml: string) =>
        xml.replace(
          'Value="https://localhost:3000/functions.zh-CN.json"',
          'Value="https://localhost:3000/functions.json"'
        ),
      /zh-CN override/,
    ],
    ["broken XML", (xml: string) => xml.replace("</OfficeApp>", ""), /well-formed/],
    [
      "custom functions required by the whole add-in (the pane hidden where they are unsupported)",
      (xml: string) =>
        xml.replace(
          "<Hosts>",
          '<Requirements><Sets><Set Name="CustomFunctionsRuntime" MinVersion="1.3" /></Sets></Requirements><Hosts>'
        ),
      /CustomFunctionsRuntime in the base manifest would hide the pane/,
    ],
  ])("catches %s", (_name, breakIt, expected) => {
    expect(checkManifest(breakIt(manifest), root).join("\n")).toMatch(expected);
  });

  it("points a production build at ADDIN_URL, the AppDomain included", () => {
    const built = productionManifest(manifest, "https://oa.bank.example/addins/assess");
    expect(built).not.toContain("localhost");
    expect(built).toContain("<AppDomain>https://oa.bank.example</AppDomain>");
    expect(built).toContain('DefaultValue="https://oa.bank.example/addins/assess/taskpane.html"');
    expect(checkManifest(built, root).filter((p) => !p.startsWith("icon"))).toEqual([]);
    expect(() => productionManifest(manifest, "http://oa.bank.example/")).toThrow(/https/);
  });
});
