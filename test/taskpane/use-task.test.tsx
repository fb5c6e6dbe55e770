/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useTask } from "../../src/taskpane/use-task";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SheetTooLarge, WorkbookRefusal } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

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

  it("says a damaged workbook and a sheet over the row limit in the user's words, not the library's", async () => {
    const { result } = renderHook(() => useTask());
    // A workbook opened in the page whose 评分表 part is not XML any more.
    const { editSheet } = await import("../support/xlsx-surgery");
    const sample = readFileSync(path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx"));
    const book = await XlsxWorkbook.fromBuffer(
      editSheet(sample, "评分表", (xml) => xml.replace("<sheetData>", '<sheetData><row r="0"/>'))
    );
    await act(() => result.current.run(async () => void (await book.read(["评分表"]))));
    expect(result.current.status).toEqual({ kind: "error", key: "ui.damaged" });
    await act(() =>
      result.current.run(async () => {
        throw new SheetTooLarge(500_000);
      })
    );
    expect(result.current.status).toEqual({
      kind: "error",
      key: "ui.tooManyRows",
      params: { limit: 500_000 },
    });
  });
});
