/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { StandaloneHost } from "../../src/taskpane/host/standalone-host";
import { CollectTab } from "../../src/taskpane/tabs/CollectTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";

const loaded = sampleTemplate();
const file = (name: string, bytes: Uint8Array | string) => ({
  name,
  arrayBuffer: async () =>
    (typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes).slice().buffer,
});

describe("CollectTab", () => {
  it("reads many files, shows each one's state, and writes the sheets on confirmation", async () => {
    const book = XlsxWorkbook.empty();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CollectTab host={host} template={loaded} run={runner.run} busy={false} />);
    const beijing = await submission(loaded, [
      {
        branch: "北京分行",
        id: "BJ1",
        post: "授信审批岗",
        values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: 95 },
      },
    ]);
    const files = [
      file("北京分行.xlsx", beijing),
      file("北京分行-副本.xlsx", beijing),
      file("上海分行.xlsx", "不是工作簿"),
    ];
    fireEvent.change(screen.getByLabelText("选择提交文件"), { target: { files } });

    await screen.findByRole("region", { name: "机构" });
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "collect.summary",
      params: { files: 3, accepted: 1, attention: 2, rows: 1 },
    });
    const table = screen.getByRole("table", { name: "文件" });
    expect(table.textContent).toContain("北京分行.xlsx（北京分行）已接收");
    expect(table.textContent).toContain("北京分行-副本.xlsx重复提交");
    expect(table.textContent).toContain("上海分行.xlsx无法读取");
    expect((await book.read([])).sheets).toEqual([]); // nothing written before the user confirms

    // The sample template's period is the year 2025 of a quarterly cycle: the period is asked for.
    const write = screen.getByRole("button", { name: "写入汇总、提交情况和排名表" });
    fireEvent.click(write);
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "error", key: "period.missing" })
    );
    fireEvent.change(screen.getByRole("textbox", { name: /考核期/ }), {
      target: { value: "Q4-2025" },
    });
    fireEvent.click(write);
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "error", key: "period.invalid" })
    );
    expect((await book.read([])).sheets).toEqual([]);

    fireEvent.change(screen.getByRole("textbox", { name: /考核期/ }), {
      target: { value: "2025Q4" },
    });
    fireEvent.click(write);
    await waitFor(async () =>
      expect((await book.read([])).sheets.map((s) => s.name)).toEqual([
        "汇总",
        "提交情况",
        "排名 2025Q4",
        "排名明细 2025Q4",
        "审计日志",
      ])
    );
    expect(runner.last()).toMatchObject({
      kind: "success",
      key: "ui.collect.written",
      params: { sheet: "排名 2025Q4", period: "2025Q4" },
    });
  });

  async function pickFilesAndRoster(order: "roster first" | "roster after") {
    const book = XlsxWorkbook.empty();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CollectTab host={host} template={loaded} run={runner.run} busy={false} />);
    const one = (branch: string, id: string) =>
      submission(loaded, [
        {
          branch,
          id,
          post: "授信审批岗",
          values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: 95 },
        },
      ]);
    const files = [
      file("上海分行.xlsx", await one("上海分行", "SH1")),
      file("北京分行.xlsx", await one("北京分行", "BJ1")),
    ];
    const roster = file("名单.csv", "机构\n北京分行\n上海分行\n广州分行\n");
    const pickRoster = () =>
      fireEvent.change(screen.getByLabelText(/机构名单/), { target: { files: [roster] } });
    if (order === "roster first") {
      pickRoster();
      await screen.findByText("名单中有 3 个机构。");
    }
    fireEvent.change(screen.getByLabelText("选择提交文件"), { target: { files } });
    await screen.findByRole("region", { name: "机构" });
    if (order === "roster after") {
      pickRoster();
      await screen.findByText("名单中有 3 个机构。");
    }
    return runner;
  }

  it.each(["roster first", "roster after"] as const)(
    "names the branch that sent nothing, with the roster picked %s the files",
    async (order) => {
      const runner = await pickFilesAndRoster(order);
      const branches = screen.getByRole("table", { name: "机构" });
      await waitFor(() => expect(branches.textContent).toContain("广州分行未提交"));
      expect(runner.last()).toMatchObject({
        kind: "warning",
        key: "collect.summary",
        details: expect.arrayContaining(["未提交：广州分行"]),
      });
    }
  );

  it("lists the files in the order a Chinese reader expects (北京 before 上海), and says when reading is done", async () => {
    await pickFilesAndRoster("roster first");
    const rows = screen.getAllByRole("row").map((row) => row.textContent ?? "");
    const beijing = rows.findIndex((text) => text.startsWith("北京分行.xlsx"));
    const shanghai = rows.findIndex((text) => text.startsWith("上海分行.xlsx"));
    expect(beijing).toBeGreaterThanOrEqual(0);
    expect(beijing).toBeLessThan(shanghai);
    expect(screen.getByText("已读取全部 2 个文件。")).toBeTruthy();
  });

  it.each([
    ["into the opened file", true],
    ["with no file opened", false],
  ] as const)(
    "in a browser, writing %s ends in a workbook to download, with the sheets in it",
    async (_, opened) => {
      const downloads: { bytes: Uint8Array; name: string }[] = [];
      const host = new StandaloneHost((bytes, name) => void downloads.push({ bytes, name }));
      if (opened) host.useWorkbook(XlsxWorkbook.empty(), "总行.xlsx");
      const runner = taskRunner();
      renderPane(<CollectTab host={host} template={loaded} run={runner.run} busy={false} />);
      const beijing = await submission(loaded, [
        {
          branch: "北京分行",
          id: "BJ1",
          post: "授信审批岗",
          values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: 95 },
        },
      ]);
      fireEvent.change(screen.getByLabelText("选择提交文件"), {
        target: { files: [file("北京分行.xlsx", beijing)] },
      });
      await screen.findByRole("region", { name: "机构" });
      expect(screen.queryByRole("button", { name: "下载结果工作簿" })).toBeNull();
      fireEvent.change(screen.getByRole("textbox", { name: /考核期/ }), {
        target: { value: "2025Q4" },
      });

      fireEvent.click(screen.getByRole("button", { name: "写入汇总、提交情况和排名表" }));
      const download = await screen.findByRole("button", { name: "下载结果工作簿" });
      expect(runner.last()).toMatchObject({ kind: "success", key: "ui.collect.written" });
      fireEvent.click(download);
      await waitFor(() => expect(downloads).toHaveLength(1));
      expect(downloads[0].name).toBe("汇总-2025Q4.xlsx");
      const got = await XlsxWorkbook.fromBuffer(downloads[0].bytes);
      expect((await got.read([])).sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining(["汇总", "提交情况", "排名 2025Q4"])
      );
    }
  );
});
