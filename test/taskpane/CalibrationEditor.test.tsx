/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { useState } from "react";
import type { Locale } from "../../src/core/i18n/messages";
import { TemplatesTab } from "../../src/taskpane/tabs/TemplatesTab";
import type { TemplateDraft } from "../../src/taskpane/template-source";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const sample: TemplateDraft = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));

/** The templates tab with the given template as its sample, the calibration section opened. */
async function setup(template: TemplateDraft = sample, locale: Locale = "zh-CN") {
  const seen: { draft: TemplateDraft | null } = { draft: null };
  function Harness() {
    const [draft, setDraft] = useState<TemplateDraft | null>(null);
    seen.draft = draft;
    return (
      <TemplatesTab
        host={fakeHost(XlsxWorkbook.empty()).host}
        draft={draft}
        setDraft={setDraft}
        sample={template}
        run={taskRunner().run}
        busy={false}
      />
    );
  }
  renderPane(<Harness />, locale);
  fireEvent.click(
    screen.getByRole("button", { name: locale === "zh-CN" ? "示例模板" : "Sample template" })
  );
  const title = locale === "zh-CN" ? "校准" : "Calibration";
  fireEvent.click(await screen.findByRole("button", { name: new RegExp(`^${title}`) }));
  const section = within(screen.getByRole("region", { name: title }));
  return { seen, section };
}
const textbox = (scope: ReturnType<typeof within>, name: RegExp) =>
  scope.getByRole("textbox", { name }) as HTMLInputElement;
const generate = () => screen.getByRole("button", { name: "生成评分模板" }) as HTMLButtonElement;

describe("the template editor's calibration section (calibration.md §1)", () => {
  it("adds the block with a number typed and removes it when both are blank again", async () => {
    const { seen, section } = await setup();
    const gap = textbox(section, /^差距阈值/);
    const minGroup = textbox(section, /^最小组人数/);
    // Blank: the defaults, said as the placeholder; the template has no block.
    expect([gap.value, minGroup.value]).toEqual(["", ""]);
    expect([gap.placeholder, minGroup.placeholder]).toEqual(["默认 5", "默认 5"]);
    expect(section.getByText(/留空按 5 分/)).toBeTruthy();
    expect(seen.draft).not.toHaveProperty("calibration");

    fireEvent.change(gap, { target: { value: "3.5" } });
    expect(seen.draft?.calibration).toEqual({ gap: 3.5 });
    fireEvent.change(minGroup, { target: { value: "8" } });
    expect(seen.draft?.calibration).toEqual({ gap: 3.5, minGroup: 8 });
    await waitFor(() => expect(generate().disabled).toBe(false));

    fireEvent.change(gap, { target: { value: "" } });
    expect(seen.draft?.calibration).toEqual({ minGroup: 8 });
    fireEvent.change(minGroup, { target: { value: "" } });
    expect(seen.draft).not.toHaveProperty("calibration");
    await waitFor(() => expect(generate().disabled).toBe(false));
  });

  it("shows a template's own numbers, and each refusal beside its number", async () => {
    const { seen, section } = await setup({ ...sample, calibration: { gap: 4, minGroup: 6 } });
    expect(textbox(section, /^差距阈值/).value).toBe("4");
    expect(textbox(section, /^最小组人数/).value).toBe("6");

    fireEvent.change(textbox(section, /^最小组人数/), { target: { value: "1" } });
    const refused =
      "校准设置的最小组人数：应为 2 到 100000 之间的整数，单位是人（默认 5 人），当前为「1」。";
    // In the list on top, and beside its field; the header counts it; the score template waits.
    await waitFor(() => expect(screen.getAllByText(refused)).toHaveLength(2));
    expect(section.getByText(refused)).toBeTruthy();
    expect(screen.getByRole("button", { name: /^校准/ }).textContent).toContain("1 处问题");
    expect(generate().disabled).toBe(true);

    fireEvent.change(textbox(section, /^差距阈值/), { target: { value: "0" } });
    await waitFor(() =>
      expect(
        section.getByText(
          "校准设置的差距阈值：应为大于 0 的数，单位是综合得分的分（默认 5 分），当前为「0」。"
        )
      ).toBeTruthy()
    );
    fireEvent.change(textbox(section, /^差距阈值/), { target: { value: "" } });
    fireEvent.change(textbox(section, /^最小组人数/), { target: { value: "2" } });
    await waitFor(() => expect(generate().disabled).toBe(false));
    expect(seen.draft?.calibration).toEqual({ minGroup: 2 });
  });

  it("shows a field the block does not have at the section's foot", async () => {
    const { section } = await setup({
      ...sample,
      calibration: { gap: 4, minGroups: 3 },
    } as unknown as TemplateDraft);
    await waitFor(() =>
      expect(section.getByText("校准设置：不认识的字段 minGroups，请检查拼写。")).toBeTruthy()
    );
  });

  it("speaks English in English", async () => {
    const { section } = await setup(sample, "en-US");
    const gap = textbox(section, /^Flagging gap/);
    expect(gap.placeholder).toBe("default 5");
    expect(textbox(section, /^Smallest group/).placeholder).toBe("default 5");
    expect(section.getByText("points")).toBeTruthy();
    expect(section.getByText("people")).toBeTruthy();
  });
});
