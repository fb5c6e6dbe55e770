/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
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

    fireEvent.click(screen.getByRole("button", { name: "写入汇总、提交情况和排名表" }));
    await waitFor(async () =>
      expect((await book.read([])).sheets.map((s) => s.name)).toEqual([
        "汇总",
        "提交情况",
        "排名 2025",
        "排名明细 2025",
        "审计日志",
      ])
    );
    expect(runner.last()).toMatchObject({
      kind: "success",
      key: "ui.collect.written",
      params: { sheet: "排名 2025" },
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
});
