/* The strict fake refuses what Excel refuses (Microsoft's documentation, office-js issues): if it did not,
 * the Office adapter's tests would pass on code that fails in Excel. */
import {
  installExcelEnums,
  PAYLOAD_LIMIT,
  StrictExcel,
} from "../support/strict-excel/strict-excel";

installExcelEnums();

const run = <T>(excel: StrictExcel, batch: (context: Excel.RequestContext) => Promise<T>) =>
  excel.run(batch);

describe("the strict Excel fake", () => {
  it("reads a property only after load() and sync()", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [["a"]]);
    await expect(
      run(excel, async (context) => {
        const range = context.workbook.worksheets.getItem("表").getUsedRange();
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake the fake must catch
        return range.values;
      })
    ).rejects.toThrow(/PropertyNotLoaded/);
  });

  it("refuses to delete a very hidden sheet, or the last visible one", async () => {
    const excel = new StrictExcel();
    excel.addSheet("唯一", [["a"]]);
    excel.addSheet("_hidden", [["x"]]).visibility = "VeryHidden";
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("_hidden").delete();
        await context.sync();
      })
    ).rejects.toThrow(/Very Hidden cannot be deleted/);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("唯一").delete();
        await context.sync();
      })
    ).rejects.toThrow(/at least one visible/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["唯一", "_hidden"]);
  });

  it("fails a load of custom rules when the collection holds another type (office-js#2180)", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("表", [[1]]);
    sheet.conditionalFormats.push({
      type: "DataBar",
      range: "A1",
      areas: [{ r0: 0, c0: 0, r1: 0, c1: 0 }],
    });
    await expect(
      run(excel, async (context) => {
        const formats = context.workbook.worksheets.getItem("表").getRange().conditionalFormats;
        formats.load("items/custom/rule/formula");
        await context.sync();
      })
    ).rejects.toThrow(/InvalidArgument/);
    const loaded = await run(excel, async (context) => {
      const formats = context.workbook.worksheets.getItem("表").getRange().conditionalFormats;
      formats.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      return formats.items.map((f) => [f.type, f.customOrNullObject.isNullObject]);
    });
    expect(loaded).toEqual([["DataBar", true]]);
  });

  it("refuses a request or a response over 5 MB, counting UTF-8 bytes", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [["a"]]);
    // 900,000 Chinese characters: 1.8 MB in UTF-16 code units, 2.7 MB in UTF-8, twice.
    const text = "岗".repeat(30_000);
    const rows = Array.from({ length: 60 }, () => [text]);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("表");
        sheet.getRange("A1:A60").values = rows;
        sheet.getRange("B1:B60").values = rows;
        await context.sync();
      })
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(excel.largestRequest).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(excel.valuesOf("表")).toEqual([["a"]]);

    const big = excel.addSheet("大", rows);
    void big;
    await expect(
      run(excel, async (context) => {
        const range = context.workbook.worksheets.getItem("大").getRange("A1:A60");
        range.load("values");
        const again = context.workbook.worksheets.getItem("大").getRange("A1:A60");
        again.load("values");
        await context.sync();
      })
    ).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it("counts per-cell calls: thousands of one-cell format calls pass the limit", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [["a"]]);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("表");
        for (let r = 0; r < 12_000; r++) sheet.getCell(r, 0).format.font.bold = true;
        await context.sync();
      })
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("types text written into a General cell as Excel does, and keeps it in a Text cell", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [[null]]);
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      sheet.getRange("A1:E1").values = [["001234", "1-2", "TRUE", "12%", "'001234"]];
      const text = sheet.getRange("A2:C2");
      text.numberFormat = [["@", "@", "@"]];
      text.values = [["001234", "1-2", "TRUE"]];
      await context.sync();
    });
    const [general, typed] = excel.valuesOf("表");
    expect(general).toEqual([1234, 46024, true, 0.12, "001234"]);
    expect(typed).toEqual(["001234", "1-2", "TRUE"]);
  });

  // Microsoft: "Update all cells in a range" (a single value for values, numberFormat or formulas is applied to
  // every cell; office-js-docs-pr#2013 confirms it runs, though the typings ask for a matrix), "null input in
  // 2-D array" (a null leaves its cell as it was), "null input for a property" (not valid), and "write to an
  // unbounded range" (cell-level properties on whole columns or rows are refused).
  it("takes a single value for a whole range and null cells as unchanged; refuses null, a 1 × 1 array on more cells, and whole columns", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("表", [[null]]);
    const set = (range: Excel.Range, property: "numberFormat" | "values", value: unknown) =>
      ((range as unknown as Record<string, unknown>)[property] = value);
    await run(excel, async (context) => {
      const s = context.workbook.worksheets.getItem("表");
      set(s.getRange("A1:B3"), "numberFormat", "0.00");
      set(s.getRange("B1:B3"), "numberFormat", [["@"], [null], ["@"]]);
      set(s.getRange("A1:A3"), "values", 7);
      s.getRange("B1:B3").values = [["001"], [null], ["002"]];
      await context.sync();
    });
    expect(sheet.formats.map((row) => row.slice(0, 2))).toEqual([
      ["0.00", "@"],
      ["0.00", "0.00"],
      ["0.00", "@"],
    ]);
    expect(excel.valuesOf("表").map((row) => [row[0], row[1] ?? ""])).toEqual([
      [7, "001"],
      [7, ""],
      [7, "002"],
    ]);
    for (const [address, value, refusal] of [
      ["A1:B2", null, /InvalidArgument.*numberFormat = null/],
      ["A1:B2", [["0.00"]], /doesn't match the size/],
      ["A:A", "0.00", /unbounded range/],
      ["2:3", [["0.00"]], /unbounded range/],
    ] as const)
      await expect(
        run(excel, async (context) => {
          set(context.workbook.worksheets.getItem("表").getRange(address), "numberFormat", value);
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one refusal each
        })
      ).rejects.toThrow(refusal);
    expect(sheet.formats[0].slice(0, 2)).toEqual(["0.00", "@"]);
  });

  it("refuses format changes, values in locked cells, page breaks and a second protect on a protected sheet", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [[1]]).protection = { protected: true, options: {} };
    for (const change of [
      (s: Excel.Worksheet) => (s.getRange("A1").format.fill.color = "#FF0000"),
      (s: Excel.Worksheet) => s.getRange("A1").conditionalFormats.add("Custom"),
      (s: Excel.Worksheet) => (s.getRange("A1").values = [[2]]),
      (s: Excel.Worksheet) => s.protection.protect({}),
      // Excel's Page Layout → Breaks is unavailable on a protected sheet.
      (s: Excel.Worksheet) => s.horizontalPageBreaks.add("A2"),
    ])
      await expect(
        run(excel, async (context) => {
          change(context.workbook.worksheets.getItem("表"));
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one Excel.run per case
        })
      ).rejects.toThrow(/AccessDenied|already protected/);
    expect(excel.valuesOf("表")).toEqual([[1]]);
  });

  it("takes a horizontal alignment only as Excel.HorizontalAlignment spells it", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [[1]]);
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").format.horizontalAlignment = "Left";
      await context.sync();
    });
    for (const wrong of ["left", "right", "Middle"])
      await expect(
        run(excel, async (context) => {
          const range = context.workbook.worksheets.getItem("表").getRange("A1");
          range.format.horizontalAlignment = wrong as Excel.HorizontalAlignment;
          await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one Excel.run per case
        })
      ).rejects.toThrow(/InvalidArgument/);
  });

  it("keeps at most 1,026 page breaks on a sheet, as Excel does", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [[1]]);
    await run(excel, async (context) => {
      const breaks = context.workbook.worksheets.getItem("表").horizontalPageBreaks;
      for (let r = 2; r <= 1_027; r++) breaks.add(`A${r}`);
      await context.sync();
    });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("表").horizontalPageBreaks.add("A2000");
        await context.sync();
      })
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("takes a row height of at most 409 points, as Excel does", async () => {
    const excel = new StrictExcel();
    excel.addSheet("表", [[1]]);
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").format.rowHeight = 409;
      await context.sync();
    });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("表").getRange("A1").format.rowHeight = 410;
        await context.sync();
      })
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("treats conditional-format ids as priorities: they shift as formats are deleted and added", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("表", [[1]]);
    const area = { r0: 0, c0: 0, r1: 0, c1: 0 };
    for (const formula of ["a", "b", "c"])
      sheet.conditionalFormats.push({ type: "Custom", range: "A1", areas: [area], formula });
    await run(excel, async (context) => {
      const formats = context.workbook.worksheets.getItem("表").getRange().conditionalFormats;
      formats.getItem("0").delete();
      formats.getItem("0").delete(); // "b" is now the top priority
      formats.add("Custom").custom.rule.formula = "d"; // the new top
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((f) => f.formula)).toEqual(["d", "c"]);
  });

  it("knows no _xlfn. names, and freezeRows and freezeColumns replace each other", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("表", [[1]]);
    await run(excel, async (context) => {
      const s = context.workbook.worksheets.getItem("表");
      s.getRange("B1:C1").formulas = [["=_xlfn.RANK.EQ(A1,A:A)", "=RANK.EQ(A1,A:A)"]];
      s.freezePanes.freezeRows(2);
      s.freezePanes.freezeColumns(3);
      await context.sync();
    });
    expect(excel.valuesOf("表")[0].slice(1)).toEqual(["#NAME?", null]);
    expect(sheet.freeze).toEqual({ rows: 0, columns: 3 });
  });

  it("leaves formulas written with calculation suspended stale until a recalculation", async () => {
    const excel = new StrictExcel();
    const sheet = excel.addSheet("表", [[1]]);
    await run(excel, async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("表").getRange("B1").formulas = [["=A1*2"]];
      await context.sync();
      expect(sheet.stale.size).toBe(1);
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(sheet.stale.size).toBe(0);
  });

  it("breaks formulas that point at a deleted sheet (#REF!)", async () => {
    const excel = new StrictExcel();
    excel.addSheet("排名", [[90]]);
    excel.addSheet("我的表", [[null]], { formulas: [["='排名'!A1"]] });
    excel.deleteByHand("排名");
    expect(excel.sheet("我的表")!.formulas[0][0]).toBe("=#REF!A1");
  });
});
