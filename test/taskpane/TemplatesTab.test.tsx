/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { readFileSync } from "node:fs";
import { TemplatesTab } from "../../src/taskpane/tabs/TemplatesTab";
import type { TemplateDraft } from "../../src/taskpane/template-source";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const sample: TemplateDraft = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8"));

function Harness(props: {
  book: XlsxWorkbook | null;
  runner: ReturnType<typeof taskRunner>;
  host: ReturnType<typeof fakeHost>["host"];
}) {
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  return (
    <TemplatesTab
      host={props.host}
      draft={draft}
      setDraft={setDraft}
      sample={sample}
      run={props.runner.run}
      busy={false}
    />
  );
}

function setup(book: XlsxWorkbook | null = XlsxWorkbook.empty()) {
  const { host, calls } = fakeHost(book);
  const runner = taskRunner();
  renderPane(<Harness book={book} runner={runner} host={host} />);
  return { calls, runner, book };
}

describe("TemplatesTab", () => {
  it("says what to do first", () => {
    setup();
    expect(screen.getByText("请先载入权重模板。")).toBeTruthy();
  });

  it("shows the sample's posts with their weight sums", async () => {
    const { runner } = setup();
    fireEvent.click(screen.getByRole("button", { name: "示例模板" }));
    await screen.findByRole("region", { name: "授信审批岗" });
    expect(runner.last()).toMatchObject({ kind: "success", key: "ui.template.loaded" });
    // Each post's sum in its header: the indicators', or with dimensions the dimensions'.
    expect(screen.getAllByText("权重合计 100")).toHaveLength(4);
    expect(screen.getAllByText("维度权重合计 100")).toHaveLength(2);
    const approval = within(screen.getByRole("group", { name: "审批时效" }));
    expect((approval.getByRole("combobox", { name: "计分方法" }) as HTMLSelectElement).value).toBe(
      "ratio"
    );
    expect(approval.getByRole("option", { name: "完成率法", selected: true })).toBeTruthy();
    expect((approval.getByRole("textbox", { name: /^目标值/ }) as HTMLInputElement).value).toBe(
      "2"
    );
    expect((approval.getByRole("textbox", { name: "封顶系数" }) as HTMLInputElement).value).toBe(
      "1.2"
    );
  });

  it("checks an edited weight live, naming the broken rule, and blocks writing", async () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "示例模板" }));
    const weight = within(await screen.findByRole("group", { name: "审批时效" })).getByRole(
      "textbox",
      { name: "权重" }
    ) as HTMLInputElement;
    fireEvent.change(weight, { target: { value: "29.99" } });
    await screen.findByText("权重合计 99.99");
    expect(
      screen.getByText("岗位「授信审批岗」的指标权重合计为 99.99，应恰为 100（系统不会自动折算）。")
    ).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "生成评分模板" }) as HTMLButtonElement).disabled
    ).toBe(true);
    fireEvent.change(weight, { target: { value: "30" } });
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "生成评分模板" }) as HTMLButtonElement).disabled
      ).toBe(false)
    );
  });

  it("writes the template into the workbook and makes the score template", async () => {
    const { calls, book } = setup();
    fireEvent.click(screen.getByRole("button", { name: "示例模板" }));
    await screen.findByRole("region", { name: "授信审批岗" });
    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await waitFor(async () =>
      // The sheet, and the 审计日志 row that records who wrote which template.
      expect((await book!.read([])).sheets.map((s) => s.name)).toEqual(["权重模板", "审计日志"])
    );
    fireEvent.click(screen.getByRole("button", { name: "生成评分模板" }));
    await waitFor(() => expect(calls.delivered).toHaveLength(1));
    const made = await XlsxWorkbook.fromBuffer(calls.delivered[0].bytes);
    expect((await made.read([])).sheets.map((s) => s.name)).toEqual([
      "权重模板",
      "评分表",
      "填写说明",
      "审计日志",
    ]);
    expect(calls.delivered[0].fileName).toBe("评分模板-ops-2025-1.0.0.xlsx");
  });

  it("does not write over a sheet of the user's own named 权重模板, and says so", async () => {
    const book = XlsxWorkbook.empty();
    (await book.model()).addWorksheet("权重模板").getCell("A1").value = "我的笔记";
    const { runner } = setup(await XlsxWorkbook.fromBuffer(await book.toBuffer()));
    fireEvent.click(screen.getByRole("button", { name: "示例模板" }));
    await screen.findByRole("region", { name: "授信审批岗" });
    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "error",
        key: "ui.userSheet",
        params: { sheet: "权重模板" },
      })
    );
  });

  it("reads the template from the workbook's 权重模板 sheet", async () => {
    const source = XlsxWorkbook.empty();
    const { templateSheetSpec } = await import("../../src/jobs/shared/template-sheet");
    const { parseTemplate } = await import("../../src/core/template/parse-template");
    const loaded = parseTemplate(sample);
    if (!loaded.ok) throw new Error("sample");
    await source.write([templateSheetSpec(loaded.value, "2025-12-31 09:00")]);
    const { runner } = setup(source);
    fireEvent.click(screen.getByRole("button", { name: "从工作簿读取" }));
    await screen.findByRole("region", { name: "支行综合考核" });
    expect(runner.last()).toMatchObject({
      kind: "success",
      params: { name: "2025 年度运营考核权重模板" },
    });
  });
});
