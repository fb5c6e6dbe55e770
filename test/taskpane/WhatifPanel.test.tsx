/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TemplatesTab } from "../../src/taskpane/tabs/TemplatesTab";
import type { TemplateDraft } from "../../src/taskpane/template-source";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const WAIT = { timeout: 120_000 };
const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const sample = () => JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8")) as TemplateDraft;

/** HR's proposal: 审批时效 lighter, 贷款不良率 heavier, and 优秀 from 95 instead of 90. */
function proposed(): TemplateDraft {
  const draft = sample() as TemplateDraft & {
    posts: { indicators: { id: string; weight?: number }[] }[];
    grades: { min: number }[];
  };
  draft.version = "2.0.0";
  const credit = draft.posts[0].indicators;
  credit.find((i) => i.id === "approval_days")!.weight = 10;
  credit.find((i) => i.id === "npl_ratio")!.weight = 60;
  draft.grades[0].min = 95;
  return draft;
}

const sheetNames = async (book: XlsxWorkbook) => (await book.read([])).sheets.map((s) => s.name);

function renderTemplates(book: XlsxWorkbook | null, draft: TemplateDraft | null, locale?: "en-US") {
  const { host } = fakeHost(book);
  const runner = taskRunner();
  renderPane(
    <TemplatesTab
      host={host}
      draft={draft}
      setDraft={() => undefined}
      sample={sample()}
      run={runner.run}
      busy={false}
    />,
    locale
  );
  return runner;
}

describe("模板 → 方案比较 (what-if)", () => {
  it("compares the template being edited with the workbook's, shows who moved, and writes 方案比较 only on the click", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const before = await sheetNames(book);
    const runner = renderTemplates(book, proposed());
    fireEvent.click(screen.getByRole("tab", { name: "方案比较" }));
    const editor = screen.getByRole("radio", { name: /编辑中的模板/ }) as HTMLInputElement;
    expect(editor.checked).toBe(true);
    expect(editor.closest("label, span, div")?.parentElement?.textContent).toContain("版本 2.0.0");

    fireEvent.click(screen.getByRole("button", { name: "比较方案" }));
    const moved = await screen.findByRole("region", { name: "名次变化" }, WAIT);
    const last = runner.last() as { params: Record<string, number> };
    expect(last).toMatchObject({ kind: "success", key: "ui.whatif.done" });
    const { up, down, stayed, rows } = last.params;
    expect(up + down + stayed).toBe(rows);
    expect(up).toBeGreaterThan(0);
    expect(moved.textContent).toContain(`${up}上升`);
    expect(moved.textContent).toContain(`${down}下降`);

    const movers = screen.getByRole("region", { name: /变化最大的 \d+ 人/ });
    const moverRows = within(movers).getAllByRole("row").slice(1);
    expect(moverRows.length).toBeGreaterThan(0);
    expect(moverRows.length).toBeLessThanOrEqual(10);
    expect(moverRows[0].textContent).toMatch(/\d+→\d+[↑↓]\d+$/);

    const transitions = screen.getByRole("region", { name: "等级变化" });
    const header = within(transitions)
      .getAllByRole("columnheader")
      .map((c) => c.textContent);
    expect(header).toEqual(["现行＼拟用", "优秀", "良好", "合格", "基本合格", "不合格"]);
    // Raising 优秀 to 95 moves someone from 优秀 under A to a lower grade under B.
    const excellent = within(transitions).getByRole("rowheader", { name: "优秀" }).closest("tr")!;
    const cells = Array.from(excellent.querySelectorAll("td")).map((td) => td.textContent);
    expect(cells.slice(1).some((text) => text !== "")).toBe(true);

    // Compared, nothing written.
    expect(await sheetNames(book)).toEqual(before);
    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "success",
        key: "ui.whatif.written",
        params: { sheets: ["方案比较"] },
      })
    );
    expect(await sheetNames(book)).toEqual(expect.arrayContaining([...before, "方案比较"]));
  });

  it("takes the proposed template from a .json file, and says what is wrong with a broken one", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const runner = renderTemplates(book, null);
    fireEvent.click(screen.getByRole("tab", { name: "方案比较" }));
    expect((screen.getByRole("radio", { name: /编辑中的模板/ }) as HTMLInputElement).disabled).toBe(
      true
    );
    const compare = screen.getByRole("button", { name: "比较方案" }) as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    const input = screen.getByLabelText("选择模板文件") as HTMLInputElement;
    const file = (name: string, text: string) => ({
      name,
      text: async () => text,
      arrayBuffer: async () => new TextEncoder().encode(text).buffer,
    });
    fireEvent.change(input, { target: { files: [file("坏模板.json", "{ not json")] } });
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "error", key: "cli.templateInvalid" })
    );
    expect(compare.disabled).toBe(true);

    fireEvent.change(input, {
      target: { files: [file("新方案.json", JSON.stringify(proposed()))] },
    });
    await screen.findByText("「新方案.json」：2025 年度运营考核权重模板 版本 2.0.0");
    expect((screen.getByRole("radio", { name: /模板文件/ }) as HTMLInputElement).checked).toBe(
      true
    );
    await waitFor(() => expect(compare.disabled).toBe(false));
    fireEvent.click(compare);
    await screen.findByRole("region", { name: "名次变化" }, WAIT);
    expect(await sheetNames(book)).not.toContain("方案比较");
  });

  it("refuses, in the pane's words, a workbook with no 权重模板 to compare with, and writes nothing", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const model = await book.model();
    model.removeWorksheet(model.getWorksheet("权重模板")!.id);
    const before = await sheetNames(book);
    const runner = renderTemplates(book, proposed());
    fireEvent.click(screen.getByRole("tab", { name: "方案比较" }));
    fireEvent.click(screen.getByRole("button", { name: "比较方案" }));
    await waitFor(
      () => expect(runner.last()).toMatchObject({ kind: "error", key: "ui.whatif.failed" }),
      WAIT
    );
    const last = runner.last() as { details: string[] };
    expect(last.details[0]).toContain("请在「编辑」中载入现行的权重模板");
    expect(last.details.join("")).not.toMatch(/bank-assess|--[a-z]/);
    expect(screen.queryByRole("region", { name: "名次变化" })).toBeNull();
    expect(screen.queryByRole("button", { name: "写入工作簿" })).toBeNull();
    expect(await sheetNames(book)).toEqual(before);
  });

  it("while any task runs, nothing can be started", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    renderPane(
      <TemplatesTab
        host={host}
        draft={proposed()}
        setDraft={() => undefined}
        sample={sample()}
        run={taskRunner().run}
        busy
      />
    );
    fireEvent.click(screen.getByRole("tab", { name: "方案比较" }));
    for (const name of ["比较方案", "选择模板文件"])
      expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("in English", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    renderTemplates(book, proposed(), "en-US");
    fireEvent.click(screen.getByRole("tab", { name: "Compare" }));
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    await screen.findByRole("region", { name: "Rank changes" }, WAIT);
    expect(screen.getByRole("region", { name: "Grade changes" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write into the workbook" })).toBeTruthy();
  });
});
