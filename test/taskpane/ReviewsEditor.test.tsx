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
const REVIEWS = {
  items: [
    { id: "teamwork", name: "团队协作" },
    { id: "responsibility", name: "责任意识" },
  ],
  raters: { superior: 50, peer: 40, self: 10 },
  trimAt: 5,
  minPeers: 3,
  selfGapWarning: 15,
  targets: { compliance_accuracy: ["teamwork", "responsibility"] },
};

/** The templates tab with the given template as its sample, the reviews section opened. */
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
  const title = locale === "zh-CN" ? "员工评价（自评与互评）" : "Reviews (self and peer)";
  fireEvent.click(
    await screen.findByRole("button", { name: new RegExp(title.replace(/[()]/g, "\\$&")) })
  );
  const section = within(screen.getByRole("region", { name: title }));
  return { seen, section };
}
const textbox = (scope: ReturnType<typeof within>, name: string | RegExp) =>
  scope.getByRole("textbox", { name }) as HTMLInputElement;
const generate = () => screen.getByRole("button", { name: "生成评分模板" }) as HTMLButtonElement;

describe("the template editor's reviews section (reviews.md §1)", () => {
  it("offers to add reviews to a template without them, and removes them again", async () => {
    const { seen, section } = await setup();
    expect(
      section.getByText(
        "本模板没有员工评价设置。需要用上级、同事、下级和本人的评价分填入指标时，请添加。"
      )
    ).toBeTruthy();
    expect(seen.draft).not.toHaveProperty("reviews");
    fireEvent.click(section.getByRole("button", { name: "添加员工评价设置" }));
    expect(seen.draft?.reviews).toEqual({
      items: [{ id: "item1", name: "" }],
      raters: { superior: 50, peer: 40, self: 10 },
      trimAt: 5,
      minPeers: 3,
      selfGapWarning: 15,
      targets: {},
    });
    // Every field in HR's words; the empty name is named beside its item, and blocks the score template.
    for (const label of [
      "上级",
      "同事",
      "下级",
      "本人",
      /^去掉最高最低分/,
      /^最少同事人数/,
      /^自评差异提醒/,
    ])
      expect(textbox(section, label)).toBeTruthy();
    expect(section.getByRole("group", { name: "填入的指标" })).toBeTruthy();
    await waitFor(() =>
      expect(
        section.getByText("评价项目「item1」的名称：不能为空，或数值太小（至少 1）。")
      ).toBeTruthy()
    );
    expect(generate().disabled).toBe(true);
    fireEvent.change(textbox(section, "第 1 个评价项目的名称"), { target: { value: "团队协作" } });
    await waitFor(() => expect(generate().disabled).toBe(false));

    fireEvent.click(section.getByRole("button", { name: "删除员工评价设置" }));
    expect(seen.draft).not.toHaveProperty("reviews");
  });

  it("adds and removes items and targets, an item's new id following into its targets", async () => {
    const { seen, section } = await setup({ ...sample, reviews: REVIEWS });
    expect(textbox(section, "第 2 个评价项目的名称").value).toBe("责任意识");
    fireEvent.click(section.getByRole("button", { name: "添加评价项目" }));
    fireEvent.change(textbox(section, "第 3 个评价项目的名称"), { target: { value: "服务态度" } });
    expect(seen.draft?.reviews?.items[2]).toEqual({ id: "item1", name: "服务态度" });
    fireEvent.change(textbox(section, "第 1 个评价项目的编号"), { target: { value: "team" } });
    expect(seen.draft?.reviews?.targets).toEqual({
      compliance_accuracy: ["team", "responsibility"],
    });

    fireEvent.click(section.getByRole("button", { name: "添加填入的指标" }));
    expect(seen.draft?.reviews?.targets).toEqual({
      compliance_accuracy: ["team", "responsibility"],
      exceeded_without_risk: ["team", "responsibility", "item1"],
    });
    const second = within(
      section.getByRole("group", { name: "「超额完成且无风险事件加分」取哪些评价项目" })
    );
    fireEvent.click(second.getByRole("checkbox", { name: "责任意识" }));
    expect(seen.draft?.reviews?.targets?.exceeded_without_risk).toEqual(["team", "item1"]);
    fireEvent.change(section.getByRole("combobox", { name: "第 2 个填入的指标" }), {
      target: { value: "teamwork" },
    });
    expect(Object.keys(seen.draft?.reviews?.targets ?? {})).toEqual([
      "compliance_accuracy",
      "teamwork",
    ]);

    fireEvent.click(section.getByRole("button", { name: "删除第 1 个评价项目" }));
    expect(seen.draft?.reviews?.items.map((item) => item.id)).toEqual(["responsibility", "item1"]);
    expect(seen.draft?.reviews?.targets).toEqual({
      compliance_accuracy: ["responsibility"],
      teamwork: ["item1"],
    });
    fireEvent.click(section.getByRole("button", { name: "删除第 1 个填入的指标" }));
    expect(seen.draft?.reviews?.targets).toEqual({ teamwork: ["item1"] });
    await waitFor(() => expect(generate().disabled).toBe(false));
  });

  it("shows each broken rule beside its field, from the template's own rules", async () => {
    const { seen, section } = await setup({
      ...sample,
      reviews: { ...REVIEWS, targets: { approval_days: ["teamwork"] } },
    });
    const notDirect =
      "评价结果要填入岗位「授信审批岗」的指标「审批时效」（approval_days），但该指标不是直接打分；评价结果只能填入直接打分的指标。";
    // In the list on top, and beside the target it is about.
    await waitFor(() => expect(screen.getAllByText(notDirect)).toHaveLength(2));
    expect(section.getByText(notDirect)).toBeTruthy();
    expect(screen.getByRole("button", { name: /^员工评价（自评与互评）/ }).textContent).toContain(
      "1 处问题"
    );

    for (const label of ["上级", "同事", "本人"])
      fireEvent.change(textbox(section, label), { target: { value: "0" } });
    expect(seen.draft?.reviews?.raters).toEqual({ superior: 0, peer: 0, self: 0 });
    const allZero = "各类评价人（上级、同事、下级、本人）的权重不能全为 0，至少要有一类大于 0。";
    await waitFor(() => expect(section.getByText(allZero)).toBeTruthy());
    fireEvent.change(textbox(section, "下级"), { target: { value: "20" } });
    await waitFor(() => expect(section.queryByText(allZero)).toBeNull());

    fireEvent.change(textbox(section, /^最少同事人数/), { target: { value: "三" } });
    await waitFor(() =>
      expect(section.getByText("同事、下级最少人数：应为数字，当前为「三」。")).toBeTruthy()
    );
    fireEvent.change(section.getByRole("combobox", { name: "第 1 个填入的指标" }), {
      target: { value: "compliance_accuracy" },
    });
    fireEvent.change(textbox(section, /^最少同事人数/), { target: { value: "" } });
    await waitFor(() => expect(generate().disabled).toBe(false));
    expect(seen.draft?.reviews).not.toHaveProperty("minPeers");
  });

  it("speaks English in English", async () => {
    const { section } = await setup({ ...sample, reviews: REVIEWS }, "en-US");
    expect(section.getByRole("group", { name: "Weight of each kind of rater" })).toBeTruthy();
    expect(textbox(section, "Subordinates").value).toBe("");
    expect(
      section.getByRole("option", { name: /\(compliance_accuracy\)$/, selected: true })
    ).toBeTruthy();
    expect(section.getByRole("button", { name: "Add an indicator to fill" })).toBeTruthy();
  });
});
