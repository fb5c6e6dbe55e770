/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { useState } from "react";
import type { Locale } from "../../src/core/i18n/messages";
import { describePlace } from "../../src/core/template/describe-place";
import { TemplatesTab } from "../../src/taskpane/tabs/TemplatesTab";
import { checkDraft, type TemplateDraft } from "../../src/taskpane/template-source";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const sample: TemplateDraft = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));

/** The templates tab as the App holds it, with the draft it was last given kept for the test to look at. */
function setup(locale: Locale = "zh-CN") {
  const seen: { draft: TemplateDraft | null } = { draft: null };
  function Harness() {
    const [draft, setDraft] = useState<TemplateDraft | null>(null);
    seen.draft = draft;
    return (
      <TemplatesTab
        host={fakeHost(XlsxWorkbook.empty()).host}
        draft={draft}
        setDraft={setDraft}
        sample={sample}
        run={taskRunner().run}
        busy={false}
      />
    );
  }
  renderPane(<Harness />, locale);
  fireEvent.click(
    screen.getByRole("button", { name: locale === "zh-CN" ? "示例模板" : "Sample template" })
  );
  return seen;
}

const card = async (name: string, post?: string) => {
  const scope = post ? within(await screen.findByRole("region", { name: post })) : screen;
  return within(await scope.findByRole("group", { name }));
};
const input = (scope: ReturnType<typeof within>, name: string | RegExp) =>
  scope.getByRole("textbox", { name }) as HTMLInputElement;
const select = (scope: ReturnType<typeof within>, name: string) =>
  scope.getByRole("combobox", { name }) as HTMLSelectElement;
const openPost = (name: RegExp) => fireEvent.click(screen.getByRole("button", { name }));
const generate = () => screen.getByRole("button", { name: "生成评分模板" }) as HTMLButtonElement;

describe("TemplateEditor", () => {
  it("shows each scoring method by its Chinese name and offers all six", async () => {
    setup();
    const approval = await card("审批时效");
    expect(approval.getByRole("option", { name: "完成率法", selected: true })).toBeTruthy();
    expect(
      (await card("贷款不良率")).getByRole("option", { name: "功效系数法", selected: true })
    ).toBeTruthy();
    expect(
      (await card("合规准确率")).getByRole("option", { name: "直接打分", selected: true })
    ).toBeTruthy();
    expect(
      within(select(approval, "计分方法"))
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["完成率法", "功效系数法", "区间插值法", "扣分法", "排名计分法", "直接打分"]);
    // Direction, unit and the method in words; no internal name anywhere.
    expect(approval.getByRole("option", { name: "逆向（越低越好）", selected: true })).toBeTruthy();
    expect(approval.getByText("单位：天")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\bratio\b|\befficacy\b|target=/);
  });

  it("gives a new method its parameters, and a changed parameter reaches the draft, the sums and the problems", async () => {
    const seen = setup();
    const approval = await card("审批时效");
    fireEvent.change(select(approval, "计分方法"), { target: { value: "deduction" } });
    expect(seen.draft?.posts[0].indicators[0].scoring).toEqual({
      method: "deduction",
      per: 5,
      floor: 0,
    });
    expect(approval.getByRole("option", { name: "扣分法", selected: true })).toBeTruthy();
    expect(input(approval, /^每次扣分/).value).toBe("5");
    expect(input(approval, "最低分").value).toBe("0");
    expect(approval.queryByRole("textbox", { name: /目标值/ })).toBeNull();
    await waitFor(() => expect(generate().disabled).toBe(false));

    fireEvent.change(input(approval, /^每次扣分/), { target: { value: "0" } });
    expect(seen.draft?.posts[0].indicators[0].scoring).toEqual({
      method: "deduction",
      per: 0,
      floor: 0,
    });
    const problem = "岗位「授信审批岗」的指标「审批时效」（扣分法）每单位扣分为 0，应大于 0。";
    // In the list on top, and beside the field it is about.
    await waitFor(() => expect(screen.getAllByText(problem)).toHaveLength(2));
    expect(approval.getByText(problem)).toBeTruthy();
    expect(screen.getByRole("button", { name: /授信审批岗/ }).textContent).toContain("1 处问题");
    expect(generate().disabled).toBe(true);

    fireEvent.change(input(approval, /^每次扣分/), { target: { value: "8" } });
    await waitFor(() => expect(screen.queryByText(problem)).toBeNull());
    expect(generate().disabled).toBe(false);

    // A weight: the post's sum follows.
    fireEvent.change(input(approval, "权重"), { target: { value: "35" } });
    expect(seen.draft?.posts[0].indicators[0].weight).toBe(35);
    await screen.findByText("权重合计 105");
    expect(
      screen.getByText("岗位「授信审批岗」的指标权重合计为 105，应恰为 100（系统不会自动折算）。")
    ).toBeTruthy();
  });

  it("keeps what HR types while typing, and names a bad parameter by post, indicator and label, without a path", async () => {
    const seen = setup();
    const approval = await card("审批时效");
    const target = input(approval, /^目标值/);
    fireEvent.change(target, { target: { value: "2." } });
    expect(target.value).toBe("2.");
    expect(seen.draft?.posts[0].indicators[0].scoring).toEqual({
      method: "ratio",
      target: 2,
      cap: 1.2,
    });

    fireEvent.change(target, { target: { value: "两天" } });
    const message = "岗位「授信审批岗」指标「审批时效」的目标值：应为数字，当前为「两天」。";
    await waitFor(() => expect(screen.getAllByText(message)).toHaveLength(2));
    expect(document.body.textContent).not.toContain("›");
    expect(document.body.textContent).not.toContain("scoring");

    fireEvent.change(target, { target: { value: "" } });
    await waitFor(() =>
      expect(
        screen.getAllByText("岗位「授信审批岗」指标「审批时效」的目标值：缺少必填项。")
      ).toHaveLength(2)
    );
    expect(document.body.textContent).not.toContain("›");

    // A full-width number typed with a Chinese input method is a number.
    fireEvent.change(target, { target: { value: "２。５" } });
    expect(seen.draft?.posts[0].indicators[0].scoring).toMatchObject({ target: 2.5 });
    await waitFor(() => expect(generate().disabled).toBe(false));
  });

  it("edits direction and veto in words", async () => {
    const seen = setup();
    const approval = await card("审批时效");
    fireEvent.change(select(approval, "方向"), { target: { value: "higher" } });
    expect(seen.draft?.posts[0].indicators[0].direction).toBe("higher");
    fireEvent.click(approval.getByRole("switch", { name: "一票否决" }));
    expect(seen.draft?.posts[0].indicators[0].veto).toEqual({ op: "<", value: 0 });
    expect(approval.getByText("一票否决", { selector: ".fui-Badge" })).toBeTruthy();
    fireEvent.change(select(approval, "否决条件"), { target: { value: ">=" } });
    fireEvent.change(input(approval, "否决阈值"), { target: { value: "5" } });
    expect(seen.draft?.posts[0].indicators[0].veto).toEqual({ op: ">=", value: 5 });
    fireEvent.click(approval.getByRole("switch", { name: "一票否决" }));
    expect(seen.draft?.posts[0].indicators[0]).not.toHaveProperty("veto");
  });

  it("edits linear points as (实际值, 得分) pairs", async () => {
    const seen = setup();
    openPost(/客户经理/);
    const penetration = await card("产品渗透率", "客户经理");
    expect(penetration.getByRole("option", { name: "区间插值法", selected: true })).toBeTruthy();
    fireEvent.change(input(penetration, "第 2 个区间点的得分"), { target: { value: "70" } });
    expect(seen.draft?.posts[1].indicators[1].scoring).toMatchObject({
      points: [
        [0, 0],
        [0.2, 70],
        [0.4, 100],
      ],
    });
    fireEvent.click(penetration.getByRole("button", { name: "添加区间点" }));
    expect(seen.draft?.posts[1].indicators[1].scoring).toMatchObject({
      points: [
        [0, 0],
        [0.2, 70],
        [0.4, 100],
        [0.6000000000000001, 100],
      ],
    });
    fireEvent.change(input(penetration, "第 4 个区间点的实际值"), { target: { value: "0.3" } });
    const order =
      "岗位「客户经理」的指标「产品渗透率」（区间插值）各点的取值须严格递增或严格递减。";
    await waitFor(() => expect(screen.getAllByText(order)).toHaveLength(2));
    fireEvent.click(penetration.getByRole("button", { name: "删除第 4 个区间点" }));
    await waitFor(() => expect(screen.queryByText(order)).toBeNull());

    fireEvent.change(input(penetration, "第 1 个区间点的实际值"), { target: { value: "零" } });
    await screen.findAllByText(
      "岗位「客户经理」指标「产品渗透率」的第 1 个区间点的实际值：应为数字，当前为「零」。"
    );
  });

  it("shows dimensions with their weights and indicators, and bonus items apart", async () => {
    const seen = setup();
    openPost(/线上运营岗/);
    const post = within(await screen.findByRole("region", { name: "线上运营岗" }));
    expect(post.getByText("维度权重合计 100")).toBeTruthy();
    const kpi = within(post.getByRole("group", { name: "KPI" }));
    expect(kpi.getByText("指标合计 100")).toBeTruthy();
    expect(kpi.getByRole("group", { name: "投诉率" })).toBeTruthy();
    expect(kpi.getByRole("group", { name: "客户响应时长" })).toBeTruthy();
    expect(input(kpi, "维度权重").value).toBe("60");
    const complaints = within(kpi.getByRole("group", { name: "投诉率" }));
    expect(complaints.getByRole("option", { name: "KPI", selected: true })).toBeTruthy();

    fireEvent.change(input(complaints, "权重"), { target: { value: "40" } });
    await waitFor(() => expect(kpi.getByText("指标合计 90")).toBeTruthy());
    expect(
      screen.getByText("岗位「线上运营岗」维度「KPI」内的指标权重合计为 90，应恰为 100。")
    ).toBeTruthy();

    fireEvent.change(input(kpi, "维度权重"), { target: { value: "50" } });
    expect(seen.draft?.posts[4].dimensions?.[0].weight).toBe(50);
    await waitFor(() => expect(post.getByText("维度权重合计 90")).toBeTruthy());

    // Moving an indicator to another dimension moves its card there.
    fireEvent.change(select(complaints, "维度"), { target: { value: "okr" } });
    expect(seen.draft?.posts[4].indicators[0].dimension).toBe("okr");
    expect(
      within(post.getByRole("group", { name: "OKR" })).getByRole("group", { name: "投诉率" })
    ).toBeTruthy();

    // Bonus items: apart, with their cap, no weight.
    const credit = within(screen.getByRole("region", { name: "授信审批岗" }));
    const bonus = within(credit.getByRole("group", { name: "加分项" }));
    expect(bonus.getByText(/本岗位加分合计不超过 5 分/)).toBeTruthy();
    const item = within(bonus.getByRole("group", { name: "超额完成且无风险事件加分" }));
    expect(item.queryByRole("textbox", { name: "权重" })).toBeNull();
  });

  it("speaks English in en-US: method names, labels and messages", async () => {
    setup("en-US");
    const approval = await card("Approval timeliness");
    expect(approval.getByRole("option", { name: "Completion ratio", selected: true })).toBeTruthy();
    expect(approval.getByRole("option", { name: "Lower is better", selected: true })).toBeTruthy();
    fireEvent.change(input(approval, /^Target/), { target: { value: "two" } });
    await waitFor(() =>
      expect(
        screen.getAllByText(
          'Post "Credit approval", indicator "Approval timeliness", target: expected a number, found "two".'
        )
      ).toHaveLength(2)
    );
    expect(screen.getByText(/^The template has 1 problem to fix before/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /Credit approval/ }).textContent).toContain(
      "1 problem"
    );
    expect(document.body.textContent).not.toContain("›");
  });
});

describe("checkDraft", () => {
  it("names an unknown method's choices by their names, at the indicator", () => {
    const draft = structuredClone(sample);
    (draft.posts[0].indicators[0].scoring as { method: string }).method = "magic";
    expect(checkDraft(draft, "zh-CN").problems).toEqual([
      "岗位「授信审批岗」指标「审批时效」：计分方法应为 完成率法 / 功效系数法 / 区间插值法 / 扣分法 / 排名计分法 / 直接打分 之一，当前为「magic」。",
    ]);
    expect(checkDraft(draft, "en-US").problems[0]).toBe(
      'Post "Credit approval", indicator "Approval timeliness": the scoring method must be one of Completion ratio / Efficacy coefficient / Linear interpolation / Deduction / Peer ranking / Direct score, found "magic".'
    );
  });
});

describe("describePlace", () => {
  const place = (path: (string | number)[]) => describePlace(sample, path);
  it("says where a problem is as HR would, in both languages", () => {
    expect(place(["posts", 0, "indicators", 0, "scoring", "target"])).toEqual({
      "zh-CN": "岗位「授信审批岗」指标「审批时效」的目标值",
      "en-US": 'Post "Credit approval", indicator "Approval timeliness", target',
    });
    expect(place(["posts", 0, "indicators", 1, "scoring", "floor"])["zh-CN"]).toBe(
      "岗位「授信审批岗」指标「贷款不良率」的不允许值"
    );
    expect(place(["posts", 3, "indicators", 2, "scoring", "floor"])["zh-CN"]).toBe(
      "岗位「合规专员岗」指标「内控检查发现问题数」的最低分"
    );
    expect(place(["posts", 1, "indicators", 3, "veto", "value"])["zh-CN"]).toBe(
      "岗位「客户经理」指标「风险管控」的否决阈值"
    );
    expect(place(["posts", 4, "dimensions", 2, "weight"])).toEqual({
      "zh-CN": "岗位「线上运营岗」维度「行为评价」的权重",
      "en-US": 'Post "Online operations", dimension "Behaviour", weight',
    });
    expect(place(["grades", 1, "min"])["zh-CN"]).toBe("等级「良好」的下限");
    expect(place([])).toEqual({ "zh-CN": "模板", "en-US": "Template" });
  });
});
