import { draftFromFile } from "../../src/taskpane/template-source";

/** A file the pane is given, as the browser hands it over (only what draftFromFile reads of it). */
const fileOf = (name: string, text: string) =>
  ({
    name,
    text: async () => text,
    arrayBuffer: async () => new ArrayBuffer(0),
  }) as unknown as File;

describe("draftFromFile", () => {
  it("refuses a template file nested a million levels deep in the user's words, before parsing it", async () => {
    const deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
    const zh = await draftFromFile(fileOf("deep.json", deep), "zh-CN");
    expect(zh).toEqual({ ok: false, problems: [expect.stringContaining("1000000")] });
    expect(JSON.stringify(zh)).toContain("不是权重模板");
    const en = await draftFromFile(
      fileOf("deep.json", `{"a":${"[".repeat(65)}${"]".repeat(65)}}`),
      "en-US"
    );
    expect(en).toEqual({ ok: false, problems: [expect.stringMatching(/^Not a weight template/)] });
  });

  it("still opens a template nested as deep as a template is", async () => {
    const text = JSON.stringify({
      id: "t",
      posts: [{ indicators: [{ scoring: { points: [[0, 0]] } }] }],
    });
    expect(await draftFromFile(fileOf("t.json", text), "zh-CN")).toMatchObject({ ok: true });
  });
});
