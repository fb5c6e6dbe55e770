/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { RankTab } from "../../src/taskpane/tabs/RankTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { sampleTemplate } from "../support/samples";
import { load } from "../support/template-builders";

/** The first write into an opened file loads ExcelJS (to keep the rest of the file): give it time. */
const WRITE_WAIT = { timeout: 120_000 };
const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

describe("RankTab", () => {
  it("writes the ranking tab for the period, adds charts, and shows grades and the top and bottom five", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host, calls } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<RankTab host={host} template={null} run={runner.run} busy={false} />);
    fireEvent.change(screen.getByRole("textbox", { name: /考核期/ }), {
      target: { value: "2025q4" },
    });
    fireEvent.click(screen.getByRole("button", { name: "生成排名表" }));
    await screen.findByRole("region", { name: "前五名" }, WRITE_WAIT);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.rank.done",
      params: { sheet: "排名 2025Q4", period: "2025Q4", ranked: 16, unranked: 8 },
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
    fireEvent.change(screen.getByRole("textbox", { name: /Period/ }), {
      target: { value: "2025Q3" },
    });
    fireEvent.click(screen.getByRole("combobox", { name: "Ranking method" }));
    fireEvent.click(await screen.findByRole("option", { name: "Competition (as RANK.EQ)" }));
    fireEvent.click(screen.getByRole("button", { name: "Make the ranking tab" }));
    await screen.findByRole("region", { name: "Top five" }, WRITE_WAIT);
    const tab = (await book.read(["排名 2025Q3"])).grids.get("排名 2025Q3");
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

  it("asks for the period (a required field) and refuses one that is not a year or a quarter, writing nothing", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    const runner = taskRunner();
    // The sample template's period is the year 2025 of a quarterly cycle: the field is not filled with it.
    renderPane(<RankTab host={host} template={sampleTemplate()} run={runner.run} busy={false} />);
    const field = screen.getByRole("textbox", { name: /考核期/ });
    expect([field.getAttribute("value"), field.getAttribute("placeholder")]).toEqual([
      "",
      "如 2025Q4（季度）或 2025（年度）",
    ]);
    expect(field.hasAttribute("required") || field.getAttribute("aria-required") === "true").toBe(
      true
    );
    fireEvent.click(screen.getByRole("button", { name: "生成排名表" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "error", key: "period.missing" })
    );
    expect(screen.getByText("请填写考核期：年度如 2025，季度如 2025Q4。")).toBeTruthy();
    fireEvent.change(field, { target: { value: "2025Q5" } });
    fireEvent.click(screen.getByRole("button", { name: "生成排名表" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "error", key: "period.invalid" })
    );
    expect(
      screen.getByText(
        "考核期「2025Q5」无效：应写作年度 YYYY（如 2025）或季度 YYYYQ1–YYYYQ4（如 2025Q4）。"
      )
    ).toBeTruthy();
    expect(
      (await book.read([])).sheets.map((s) => s.name).filter((n) => n.startsWith("排名"))
    ).toEqual([]);
  });

  it("starts from the template's period where a ranking can use it (a quarter)", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    const quarter = load({ ...JSON.parse(sampleTemplate().canonical), period: "2025Q2" });
    renderPane(<RankTab host={host} template={quarter} run={taskRunner().run} busy={false} />);
    expect(screen.getByRole("textbox", { name: /考核期/ }).getAttribute("value")).toBe("2025Q2");
  });

  it("names the veto of the vetoed and lists the unranked with why", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    renderPane(<RankTab host={host} template={null} run={taskRunner().run} busy={false} />);
    fireEvent.change(screen.getByRole("textbox", { name: /考核期/ }), {
      target: { value: "2025Q4" },
    });
    fireEvent.click(screen.getByRole("button", { name: "生成排名表" }));
    const bottom = await screen.findByRole("region", { name: "后五名" }, WRITE_WAIT);
    expect(bottom.textContent).toContain("一票否决：风险管控 55 < 60");
    const unranked = screen.getByRole("region", { name: "未能排名" });
    expect(unranked.textContent).toContain("九十六");
    expect(unranked.textContent).toMatch(/\(8\)/);
  });
});
