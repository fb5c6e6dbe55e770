/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { rankJob } from "../../src/jobs/assessment/rank-job";
import { verifyJob, verifySheetsToRead } from "../../src/jobs/appeals/verify-job";
import { AppealsTab } from "../../src/taskpane/tabs/AppealsTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const WAIT = { timeout: 120_000 };
const TODAY = () => new Date(2026, 0, 12, 9, 0);

async function rankedBook() {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
  await rankJob(book, { period: "2025Q4" });
  return book;
}

/** The ranking tab's row (0-based) of an id, as a user would select it. */
async function rowOf(book: XlsxWorkbook, id: string) {
  const grid = (await book.read(["排名 2025Q4"])).grids.get("排名 2025Q4")!;
  return grid.rows.findIndex((row) => row[3]?.kind === "text" && row[3].value === id);
}

describe("AppealsTab (结果 → 申诉)", () => {
  it("registers from the selected ranking row, moves it on, shows what is missing, applies it and lists who moved", async () => {
    const book = await rankedBook();
    const { host } = fakeHost(book, "office", {
      sheet: "排名 2025Q4",
      row: await rowOf(book, "SZ101"),
    });
    const runner = taskRunner();
    renderPane(<AppealsTab host={host} run={runner.run} busy={false} today={TODAY} />);
    fireEvent.change(screen.getByRole("textbox", { name: /指标/ }), {
      target: { value: "贷款不良率" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "申诉理由" }), {
      target: { value: "不良贷款认定有误" },
    });
    fireEvent.click(screen.getByRole("button", { name: "登记申诉" }));
    await waitFor(
      () =>
        expect(runner.last()).toMatchObject({
          kind: "success",
          key: "ui.appeals.registered",
          params: { id: "SS-2025Q4-001", employeeId: "SZ101", period: "2025Q4" },
        }),
      WAIT
    );
    const list = await screen.findByRole("region", { name: "申诉" }, WAIT);
    expect(list.textContent).toContain("SS-2025Q4-001 · 已登记");

    // 调查中, then 待审批: the pane says what the register still needs for it.
    fireEvent.click(screen.getByRole("button", { name: "推进到「调查中」" }));
    await screen.findByRole("button", { name: "推进到「待审批」" }, WAIT);
    fireEvent.click(screen.getByRole("button", { name: "推进到「待审批」" }));
    await waitFor(
      () =>
        expect(screen.getByRole("region", { name: "申诉" }).textContent).toContain(
          "状态为「待审批」时须填写「调查记录」。"
        ),
      WAIT
    );

    // The unit fills in the rest in the sheet: investigation, decision, approval, answer.
    const sheet = (await book.model()).getWorksheet("申诉登记")!;
    const row = sheet.getRow(4);
    row.getCell(7).value = "已答复";
    row.getCell(8).value = "核对信贷台账";
    row.getCell(9).value = "更正不良率为 1.2%";
    row.getCell(10).value = "更正";
    row.getCell(11).value = 0.012;
    row.getCell(12).value = "李行长";
    row.getCell(13).value = new Date(Date.UTC(2026, 0, 14));
    row.getCell(14).value = new Date(Date.UTC(2026, 0, 15));
    row.getCell(15).value = "经核实予以更正";

    fireEvent.click(screen.getByRole("button", { name: "应用已批准的更正" }));
    const moved = await screen.findByRole("region", { name: "更正后的变动" }, WAIT);
    expect(moved.textContent).toContain("南山支行");
    expect(moved.textContent).toContain("SS-2025Q4-001");
    expect(moved.textContent).toContain("因他人更正");
    const names = (await book.read([])).sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["排名 2025Q4", "排名 2025Q4 更正1", "变动 2025Q4 更正1", "申诉登记"])
    );
    // The corrected tab is reproduced from the workbook's own data, template and register (§6.2 (4)).
    const listed = await book.read([]);
    const verified = verifyJob(await book.read(verifySheetsToRead(listed)));
    expect(verified.differences).toEqual([]);
    expect(verified.tabs.map((tab) => tab.sheet)).toEqual(["排名 2025Q4", "排名 2025Q4 更正1"]);
  });

  it("registers by period and 工号 in a browser, and says what to do when the row is not a ranking row", async () => {
    const book = await rankedBook();
    const { host } = fakeHost(book, "office", { sheet: "评分表", row: 5 });
    const runner = taskRunner();
    renderPane(<AppealsTab host={host} run={runner.run} busy={false} today={TODAY} />);
    fireEvent.click(screen.getByRole("button", { name: "登记申诉" }));
    await waitFor(
      () =>
        expect(runner.last()).toMatchObject({
          kind: "error",
          key: "appeals.notRankingRow",
          params: { sheet: "评分表" },
        }),
      WAIT
    );
    fireEvent.change(screen.getByRole("textbox", { name: "期间" }), {
      target: { value: "2025q4" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "工号" }), { target: { value: "BJ001" } });
    fireEvent.click(screen.getByRole("button", { name: "登记申诉" }));
    await waitFor(
      () =>
        expect(runner.last()).toMatchObject({
          params: { id: "SS-2025Q4-001", employeeId: "BJ001" },
        }),
      WAIT
    );
  });

  it("never rewrites a register the user made: it says to fill it there", async () => {
    const book = await rankedBook();
    await book.write([]);
    (await book.model()).addWorksheet("申诉登记").getCell("A1").value = "我的登记簿";
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<AppealsTab host={host} run={runner.run} busy={false} today={TODAY} />, "en-US");
    fireEvent.change(screen.getByRole("textbox", { name: "Period" }), {
      target: { value: "2025Q4" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Id" }), { target: { value: "BJ001" } });
    fireEvent.click(screen.getByRole("button", { name: "Register the appeal" }));
    await waitFor(() => expect(runner.last()).toMatchObject({ key: "appeals.userRegister" }), WAIT);
    const grid = (await book.read(["申诉登记"])).grids.get("申诉登记")!;
    expect(grid.rows[0][0]).toEqual({ kind: "text", value: "我的登记簿" });
  });

  it("takes the period from the workbook's ranking tabs: the latest as the placeholder, and used when left empty", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q3" });
    await rankJob(book, { period: "2025" });
    const { host } = fakeHost(book, "standalone");
    const runner = taskRunner();
    renderPane(<AppealsTab host={host} run={runner.run} busy={false} today={TODAY} />);
    const period = screen.getByRole("textbox", { name: "期间" }) as HTMLInputElement;
    await waitFor(() => expect(period.placeholder).toBe("2025"), WAIT);
    expect(period.value).toBe("");
    fireEvent.change(screen.getByRole("textbox", { name: "工号" }), { target: { value: "SZ101" } });
    fireEvent.click(screen.getByRole("button", { name: "登记申诉" }));
    await waitFor(
      () =>
        expect(runner.last()).toMatchObject({
          kind: "success",
          params: { id: "SS-2025-001", employeeId: "SZ101", period: "2025" },
        }),
      WAIT
    );
  });

  it("with no ranking tab in the workbook, the placeholder is only an example of a period", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book, "standalone");
    renderPane(<AppealsTab host={host} run={taskRunner().run} busy={false} today={TODAY} />);
    const period = screen.getByRole("textbox", { name: "期间" }) as HTMLInputElement;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(period.placeholder).toMatch(/^(如 )?2025Q4$/);
  });
});
