/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useTask } from "../../src/taskpane/use-task";
import { WorkbookRefusal } from "../../src/workbook/port";

describe("useTask", () => {
  it.each([
    ["userSheet", "ui.userSheet"],
    ["protectedSheet", "ui.protectedSheet"],
  ] as const)("says a %s refusal in the user's words, naming the sheet", async (code, key) => {
    const { result } = renderHook(() => useTask());
    await act(() =>
      result.current.run(async () => {
        throw new WorkbookRefusal(code, "汇总");
      })
    );
    expect(result.current.status).toEqual({ kind: "error", key, params: { sheet: "汇总" } });
  });

  it("turns any other failure into a message, never a frozen pane", async () => {
    const { result } = renderHook(() => useTask());
    await act(() =>
      result.current.run(async () => {
        throw new Error("磁盘已满");
      })
    );
    expect(result.current.status).toEqual({
      kind: "error",
      key: "ui.error.generic",
      params: { reason: "磁盘已满" },
    });
  });
});
