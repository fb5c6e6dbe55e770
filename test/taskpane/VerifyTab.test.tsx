/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { rankJob } from "../../src/jobs/assessment/rank-job";
import { VerifyTab } from "../../src/taskpane/tabs/VerifyTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

async function rankedBook() {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
  await rankJob(book, { period: "2025Q4" });
  return book;
}

describe("VerifyTab (结果 → 核验)", () => {
  it("says everything is reproduced, and records the verification in the audit log", async () => {
    const book = await rankedBook();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<VerifyTab host={host} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "核验本工作簿" }));
    const tabs = await screen.findByRole(
      "region",
      { name: "已核验的排名表" },
      { timeout: 120_000 }
    );
    expect(tabs.textContent).toContain("「排名 2025Q4」：16 行，差异 0 处");
    expect(runner.last()).toMatchObject({ kind: "success", key: "cli.verified" });
    const log = (await book.read(["审计日志"])).grids.get("审计日志")!;
    const last = log.rows[log.rows.length - 1];
    expect(last[1]).toEqual({ kind: "text", value: "verify" });
  });

  it("lists a hand-edited composite; a click selects its cell", async () => {
    const book = await rankedBook();
    (await book.model()).getWorksheet("排名 2025Q4")!.getCell("G5").value = 99.5;
    const { host, calls } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<VerifyTab host={host} run={runner.run} busy={false} />, "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Verify this workbook" }));
    const differences = await screen.findByRole(
      "region",
      { name: "Differences" },
      { timeout: 120_000 }
    );
    expect(runner.last()).toMatchObject({ kind: "warning", params: { count: 1 } });
    const link = differences.querySelector("button")!;
    expect(link.textContent).toMatch(/^排名 2025Q4!G5: composite is 99\.5, recomputed [\d.]+$/);
    fireEvent.click(link);
    expect(calls.selected).toEqual(["'排名 2025Q4'!G5"]);
  });

  it("says why it cannot verify a workbook without a ranking", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const logRows = async () =>
      (await book.read(["审计日志"])).grids.get("审计日志")?.rows.length ?? 0;
    const before = await logRows();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<VerifyTab host={host} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "核验本工作簿" }));
    await screen.findByRole("button", { name: "核验本工作簿" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runner.last()).toMatchObject({ kind: "error", key: "ui.verify.failed" });
    // Nothing to verify: nothing written, not even a log row.
    expect(await logRows()).toBe(before);
  });
});
