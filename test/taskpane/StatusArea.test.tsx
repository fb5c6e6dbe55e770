/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { StatusArea } from "../../src/taskpane/StatusArea";
import { renderPane } from "../support/render-pane";

describe("StatusArea", () => {
  it("shows nothing when idle", () => {
    const { container } = renderPane(<StatusArea status={{ kind: "idle" }} />);
    expect(container.textContent).toBe("");
  });

  it("shows progress while busy, announced politely", () => {
    renderPane(<StatusArea status={{ kind: "busy", key: "ui.busy" }} />);
    expect(screen.getByRole("progressbar", { name: "正在处理…" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("正在处理…");
  });

  it("shows an error as an alert that says what failed, with its details", () => {
    renderPane(
      <StatusArea
        status={{
          kind: "error",
          key: "ui.error.generic",
          params: { reason: "磁盘已满" },
          details: ["评分表!H6「合规准确率」应为数字"],
        }}
      />
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("操作未完成：磁盘已满");
    expect(alert.textContent).toContain("评分表!H6「合规准确率」应为数字");
  });

  it("speaks English when the pane does", () => {
    renderPane(<StatusArea status={{ kind: "success", key: "ui.validate.clean" }} />, "en-US");
    expect(screen.getByRole("status").textContent).toContain("No problems found");
  });
});
