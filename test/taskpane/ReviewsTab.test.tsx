/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { SCORE_SHEET } from "../../src/jobs/assessment/score-sheet";
import { REVIEW_FORM_SHEET } from "../../src/jobs/reviews/review-form";
import { REVIEW_STATUS_SHEET, REVIEW_SUMMARY_SHEET } from "../../src/jobs/reviews/review-sheets";
import { ReviewsTab } from "../../src/taskpane/tabs/ReviewsTab";
import { cellAt, type Grid } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { all, filledForm, people, reviewsTemplate, scoreRows } from "../support/review-forms";
import { submission } from "../support/submissions";

const template = reviewsTemplate();
const rows = scoreRows();
const rated = people(rows);
const online = ["O1", "O2", "O3", "O4", "O5", "O6"];
const RATERS = ["S01", "R101", "R102", "R103", "R104"];

const file = (name: string, bytes: Uint8Array, before?: Promise<void>) => ({
  name,
  arrayBuffer: async () => {
    await before;
    return bytes.slice().buffer;
  },
});

async function scoreBook() {
  return XlsxWorkbook.fromBuffer(await submission(template, rows));
}

/** The story's returned forms, named so that no file name gives a rater away. */
async function returned() {
  return [
    file("表01.xlsx", await filledForm(template, rated, "S01", all(online, "上级", [90, 80]))),
    file("表02.xlsx", await filledForm(template, rated, "R101", all(online, "同事", [70, 75]))),
    file(
      "表03.xlsx",
      await filledForm(template, rated, "R102", {
        ...all(online, "同事", [80, 85]),
        O2: { relation: "同事", values: [80, "九十"] },
      })
    ),
    file(
      "表04.xlsx",
      await filledForm(template, rated, "R103", all(online.slice(0, 5), "同事", [80, 80]))
    ),
    file(
      "表05.xlsx",
      await filledForm(template, rated, "O1", { O1: { relation: "本人", values: [100, 100] } })
    ),
    file("表06.xlsx", await filledForm(template, rated, "R104", all(["O1"], "同事", [10, 10]))),
    file("表07.xlsx", await filledForm(template, rated, "R104", all(["O2"], "同事", [10, 10]))),
    file("表08.xlsx", new TextEncoder().encode("不是工作簿")),
  ];
}

const text = (grid: Grid | undefined) =>
  (grid?.rows ?? [])
    .flatMap((row) => row.map((cell) => ("value" in cell ? String(cell.value) : "")))
    .join("|");

describe("ReviewsTab", () => {
  it("says what to open first when there is no score sheet", async () => {
    const { host } = fakeHost(null);
    const runner = taskRunner();
    renderPane(<ReviewsTab host={host} template={template} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "生成评价表" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "error", key: "ui.reviews.noWorkbook" })
    );
  });

  it("makes one form a rater, the people pre-filled and the rater's own cells filled in", async () => {
    const { host, calls } = fakeHost(await scoreBook());
    const runner = taskRunner();
    renderPane(<ReviewsTab host={host} template={template} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "生成评价表" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "success",
        key: "ui.reviews.made",
        params: { count: 7 },
      })
    );
    expect(calls.delivered.map((d) => d.fileName)).toHaveLength(7);
    expect(calls.delivered[0].fileName).toMatch(/^评价表-O1-.*\.xlsx$/);
    const form = await XlsxWorkbook.fromBuffer(calls.delivered[0].bytes);
    const grid = (await form.read([REVIEW_FORM_SHEET])).grids.get(REVIEW_FORM_SHEET)!;
    expect(cellAt(grid, 2, 1)).toMatchObject({ value: "O1" });
    expect(text(grid)).toContain("O6");
    expect(cellAt(grid, 4, 5)).toMatchObject({ value: "本人" }); // O1's own row
    expect(cellAt(grid, 5, 5).kind).toBe("empty");
    expect(screen.getByText("已生成 7 份评价表：请分发给各评价人，填好后收回。")).toBeTruthy();
  });

  it("reads the returned forms, shows each one's state and each person's results, never a rater, and writes on confirmation", async () => {
    const book = await scoreBook();
    const { host, calls } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<ReviewsTab host={host} template={template} run={runner.run} busy={false} />);
    fireEvent.change(screen.getByLabelText("选择交回的评价表"), {
      target: { files: await returned() },
    });

    await screen.findByRole("region", { name: "3. 每人的评价结果" });
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.reviews.summary",
      params: { forms: 8, accepted: 3, attention: 5 },
    });
    const forms = screen.getByRole("table", { name: "评价表" }).textContent ?? "";
    expect(forms).toContain("表01.xlsx已接收");
    expect(forms).toContain("表03.xlsx需处理");
    expect(forms).toContain("表04.xlsx需处理");
    expect(forms).toContain("同一评价人交回了多份评价表");
    expect(forms).toContain("表08.xlsx未采用");

    const results = screen.getByRole("region", { name: "3. 每人的评价结果" }).textContent ?? "";
    expect(results).toContain("1 份评价表所有分值完全相同");
    expect(results).toContain("上级 1 人");
    expect(results).toContain("本人 1 人");
    expect(results).toContain("人数不足");
    expect(results).toContain("未收到评价");
    // Anonymity: no rater's 工号 anywhere in the pane (O1 rated himself, and is rated).
    const pane = document.body.textContent ?? "";
    for (const rater of RATERS) expect(pane).not.toContain(rater);

    expect(calls.delivered).toEqual([]); // nothing written before the user confirms
    fireEvent.click(screen.getByRole("button", { name: "生成评分表和评价汇总" }));
    await waitFor(() => expect(calls.delivered).toHaveLength(1));
    expect(calls.delivered[0].fileName).toBe("测试-评价汇总.xlsx");
    const out = await XlsxWorkbook.fromBuffer(calls.delivered[0].bytes);
    const sheets = (await out.read([])).sheets.map((s) => s.name);
    expect(sheets).toEqual(
      expect.arrayContaining([SCORE_SHEET, REVIEW_SUMMARY_SHEET, REVIEW_STATUS_SHEET])
    );
    const summary = (await out.read([REVIEW_SUMMARY_SHEET])).grids.get(REVIEW_SUMMARY_SHEET);
    for (const rater of RATERS) expect(text(summary)).not.toContain(rater);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.reviews.written",
      details: [expect.stringContaining("保留原值")], // O6's okr_completion of 70 kept
    });
    expect(runner.last()).not.toMatchObject({ details: [expect.stringMatching(/--|bank-assess/)] });
    expect((await book.read([])).sheets.map((s) => s.name)).not.toContain(REVIEW_SUMMARY_SHEET);
  });

  it("stops reading between two forms when cancelled, and aggregates nothing", async () => {
    const { host } = fakeHost(await scoreBook());
    const runner = taskRunner();
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const [one, two, three] = await returned();
    renderPane(<ReviewsTab host={host} template={template} run={runner.run} busy />);
    fireEvent.change(screen.getByLabelText("选择交回的评价表"), {
      target: {
        files: [one, file(two.name, new Uint8Array(await two.arrayBuffer()), gate), three],
      },
    });
    const cancel = await screen.findByRole("button", { name: "取消" });
    await screen.findByText("表01.xlsx");
    fireEvent.click(cancel);
    release();
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "warning",
        key: "ui.reviews.readCancelled",
        params: { done: 2, total: 3 },
      })
    );
    expect(screen.queryByRole("region", { name: "3. 每人的评价结果" })).toBeNull();
  });
});
