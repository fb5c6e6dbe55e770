/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { RankTab } from "../../src/taskpane/tabs/RankTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

/** The first write into an opened file loads ExcelJS (to keep the rest of the file): give it time. */
const WRITE_WAIT = { timeout: 120_000 };
const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

describe("RankTab", () => {
  it("writes the ranking tab for the period, adds charts, and shows grades and the top and bottom five", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host, calls } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<RankTab host={host} template={null} run={runner.run} busy={false} />);
    fireEvent.change(screen.getByRole("textbox", { name: "考核期" }), {
      target: { value: "2025Q4" },
    });
    fireEvent.click(screen.getByRole("button", { name: "生成排名表" }));
    await screen.findByRole("region", { name: "前五名" }, WRITE_WAIT);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.rank.done",
      params: { sheet: "排名 2025Q4", ranked: 16, unranked: 8 },
    });
    expect((await book.read([])).sheets.map((s) => s.name)).toContain("排名 2025Q4");
    expect(calls.charts[0].sheet).toBe("排名 2025Q4");
    expect(calls.charts[0].grades.reduce((sum, g) => sum + g.count, 0)).toBe(16);
    expect(screen.getByRole("region", { name: "等级分布" }).textContent).toContain("优秀");
    expect(screen.getByRole("region", { name: "后五名" }).textContent).toContain("0.00");
  });

  it("ranks with the chosen method", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    renderPane(
      <RankTab host={host} template={null} run={taskRunner().run} busy={false} />,
      "en-US"
    );
    fireEvent.click(screen.getByRole("combobox", { name: "Ranking method" }));
    fireEvent.click(await screen.findByRole("option", { name: "Competition (as RANK.EQ)" }));
    fireEvent.click(screen.getByRole("button", { name: "Make the ranking tab" }));
    await screen.findByRole("region", { name: "Top five" }, WRITE_WAIT);
    const tab = (await book.read(["排名 2025"])).grids.get("排名 2025");
    // Two rows tie at 0.00 for last place: competition ranks give both 15 and nothing comes after.
    const ranks = tab!.rows
      .slice(3, 19)
      .map((row) => (row[0].kind === "number" ? row[0].value : null));
    expect(ranks.slice(-2)).toEqual([15, 15]);
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Bottom five" }).textContent).toContain("15")
    );
    expect(screen.getByRole("region", { name: "Grades" }).textContent).toContain("Excellent");
  });

  it("names the veto of the vetoed, lists the unranked with why, and says what an empty period means", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    renderPane(<RankTab host={host} template={null} run={taskRunner().run} busy={false} />);
    expect(screen.getByRole("textbox", { name: "考核期" }).getAttribute("placeholder")).toBe(
      "留空则用权重模板中的考核期"
    );
    fireEvent.click(screen.getByRole("button", { name: "生成排名表" }));
    const bottom = await screen.findByRole("region", { name: "后五名" }, WRITE_WAIT);
    expect(bottom.textContent).toContain("一票否决：风险管控 55 < 60");
    const unranked = screen.getByRole("region", { name: "未能排名" });
    expect(unranked.textContent).toContain("九十六");
    expect(unranked.textContent).toMatch(/\(8\)/);
  });
});
