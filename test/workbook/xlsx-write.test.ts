import { unzipSync, strFromU8 } from "fflate";
import type { SheetSpec } from "../../src/workbook/port";
import { XlsxBuilder } from "../../src/workbook/xlsx/xlsx-write";
import { XlsxFile } from "../../src/workbook/xlsx/xlsx-read";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

const spec = (over: Partial<SheetSpec>): SheetSpec => ({
  name: "表",
  rows: [],
  provenance: { kind: "ranking" },
  ...over,
});

async function written(...specs: SheetSpec[]) {
  const builder = new XlsxBuilder();
  for (const s of specs) await builder.add(s);
  const bytes = await builder.finish();
  const parts = unzipSync(bytes);
  const text = (name: string) => strFromU8(parts[name]);
  return { bytes, text, file: XlsxFile.open(bytes) };
}

describe("XlsxBuilder (the writer of new workbooks)", () => {
  it("stores numbers with Excel's 15 digits, and Infinity or NaN as the #NUM! error Excel would show", async () => {
    const { file, text } = await written(
      spec({
        rows: [
          [
            { value: 0.1 + 0.2 },
            { value: 1 / 3 },
            { value: Infinity },
            { value: NaN },
            { value: -7 },
          ],
        ],
      })
    );
    expect(file.grid("表")!.rows[0]).toEqual([
      { kind: "number", value: 0.3 },
      { kind: "number", value: 0.333333333333333 },
      { kind: "error", value: "#NUM!" },
      { kind: "error", value: "#NUM!" },
      { kind: "number", value: -7 },
    ]);
    expect(text("xl/worksheets/sheet1.xml")).not.toMatch(/Infinity|NaN/);
  });

  it("writes text as shared text, never as a formula, whatever it starts with", async () => {
    const { file, text } = await written(
      spec({
        rows: [
          [
            { value: '=HYPERLINK("http://x","y")' },
            { value: "+86 10" },
            { value: "张三" },
            { value: "张三" },
          ],
        ],
      })
    );
    expect(file.grid("表")!.rows[0].map((c) => c.kind)).toEqual(["text", "text", "text", "text"]);
    expect(text("xl/worksheets/sheet1.xml")).not.toContain("<f>");
    expect(text("xl/sharedStrings.xml").match(/<si>/g)).toHaveLength(3);
  });

  it("keeps a grade label a string literal in the conditional format, and list items whole", async () => {
    const label = '优秀"&HYPERLINK("http://x","y")&"';
    const { text } = await written(
      spec({
        rows: [[{ value: label }]],
        conditionalFormats: [{ range: "A1:A9", equals: label, fill: "C6EFCE" }],
        validations: [{ kind: "list", range: "B1:B9", values: ['a"b', "岗位"] }],
      })
    );
    const xml = text("xl/worksheets/sheet1.xml");
    expect(xml).toContain(
      "<formula>&quot;优秀&quot;&quot;&amp;HYPERLINK(&quot;&quot;http://x&quot;&quot;,&quot;&quot;y&quot;&quot;)&amp;&quot;&quot;&quot;</formula>"
    );
    expect(xml).toContain("<formula1>&quot;a&quot;&quot;b,岗位&quot;</formula1>");
  });

  it("quotes sheet names in print titles, print areas and filters, apostrophes doubled", async () => {
    const { text } = await written(
      spec({
        name: "排名 a'b",
        rows: [[{ value: 1 }]],
        filter: "A3:L9",
        print: {
          orientation: "landscape",
          fitToWidth: true,
          repeatRows: "1:3",
          repeatColumns: "A:E",
          area: "A1:L40",
        },
      })
    );
    const workbook = text("xl/workbook.xml");
    expect(workbook).toContain(
      "&apos;排名 a&apos;&apos;b&apos;!$A:$E,&apos;排名 a&apos;&apos;b&apos;!$1:$3".replace(
        /&apos;/g,
        "'"
      )
    );
    expect(workbook).toContain("'排名 a''b'!$A$1:$L$40");
    expect(workbook).toContain("'排名 a''b'!$A$3:$L$9");
  });

  it("writes what ExcelJS reads back as the spec said: formats, looks, merges, panes, protection, hidden columns", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      spec({
        rows: [
          [{ value: "标题", bold: true, size: 16 }],
          [
            { value: 95.5, format: "0.00", fill: "DDEBF7" },
            { value: null, unlocked: true },
            { value: { date: 45657 } },
          ],
          [
            { value: { formula: "=A2*2", result: 191 } },
            { value: { formula: 'B2&"x"', result: "x" } },
          ],
        ],
        columns: [
          { width: 12, format: "0.0" },
          { width: 8, hidden: true },
        ],
        rowHeights: { 0: 24 },
        merges: ["A1:C1"],
        freeze: { rows: 1, columns: 1 },
        protect: true,
        activate: true,
      }),
      spec({ name: "另一表", rows: [[{ value: 1 }]] }),
    ]);
    const model = await (await XlsxWorkbook.fromBuffer(await book.toBuffer())).model();
    const sheet = model.getWorksheet("表")!;
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A2").numFmt).toBe("0.00");
    expect(sheet.getCell("A2").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(sheet.getCell("B2").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("C2").value).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(sheet.getCell("A3").value).toEqual({ formula: "A2*2", result: 191 });
    expect(sheet.getCell("B3").value).toEqual({ formula: 'B2&"x"', result: "x" });
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).hidden).toBe(true);
    expect(sheet.getRow(1).height).toBe(24);
    expect(sheet.getCell("B1").isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect((sheet as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({
      sheet: true,
    });
    expect(model.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["表", "visible"],
      ["另一表", "visible"],
      ["_bank_assess", "veryHidden"],
    ]);
  });

  it("writes a row with Chinese in its formulas as UTF-8, and a shared formula cell as its own each time", async () => {
    // A row is made as one string: a formula naming a sheet in Chinese makes it non-ASCII.
    const shared = Object.freeze({ value: { formula: "=SUM('评分表'!A1:A2)", result: 3 } });
    const { bytes, file, text } = await written(
      spec({
        rows: [
          [shared, { value: { formula: '"优秀"&"x"', result: "优秀x" } }, { value: 1 }],
          [{ value: 2 }, shared],
        ],
      })
    );
    const xml = text("xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<c r="A1"><f>SUM('评分表'!A1:A2)</f><v>3</v></c>`);
    expect(xml).toContain(`<c r="B2"><f>SUM('评分表'!A1:A2)</f><v>3</v></c>`);
    expect(xml).toContain(
      '<c r="B1" t="str"><f>&quot;优秀&quot;&amp;&quot;x&quot;</f><v>优秀x</v></c>'
    );
    const rows = file.grid("表")!.rows;
    expect(rows[0][2]).toEqual({ kind: "number", value: 1 });
    expect(rows[1][0]).toEqual({ kind: "number", value: 2 });
    // ExcelJS reads the bytes back as they were meant (its reader is stricter about the XML than ours).
    const model = await (await XlsxWorkbook.fromBuffer(bytes)).model();
    expect(model.getWorksheet("表")!.getCell("A1").value).toEqual({
      formula: "SUM('评分表'!A1:A2)",
      result: 3,
    });
    expect(model.getWorksheet("表")!.getCell("B1").value).toEqual({
      formula: '"优秀"&"x"',
      result: "优秀x",
    });
  });

  it("writes manual page breaks, in a new workbook and in one the user opened (ExcelJS)", async () => {
    const breaks = spec({
      name: "反馈单",
      rows: [[{ value: 1 }], [{ value: 2 }], [{ value: 3 }]],
      pageBreaks: [1, 2],
    });
    const { text } = await written(breaks);
    expect(text("xl/worksheets/sheet1.xml")).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="1" max="16383" man="1"/><brk id="2" max="16383" man="1"/></rowBreaks>'
    );
    const opened = await XlsxWorkbook.fromBuffer(await XlsxWorkbook.empty().toBuffer());
    await opened.model();
    await opened.write([breaks]);
    const xml = strFromU8(
      Object.entries(unzipSync(await opened.toBuffer())).find(([name]) =>
        /worksheets\/sheet\d+\.xml$/.test(name)
      )![1]
    );
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="1"[^>]*\/><brk id="2"[^>]*\/><\/rowBreaks>/);
  });

  it("replaces a sheet of the same name (in any case), which moves to the end", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([spec({ name: "Rank" }), spec({ name: "Other" })]);
    await book.write([spec({ name: "RANK", rows: [[{ value: 2 }]] })]);
    const snapshot = await book.read(["RANK"]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Other", "RANK"]);
    expect(snapshot.grids.get("RANK")!.rows).toEqual([[{ kind: "number", value: 2 }]]);
  });

  it("writes a shared (frozen) cell as its own in each column: the column's format, a look, a blank left out", async () => {
    const score = Object.freeze({ value: 5 });
    const blank = Object.freeze({ value: null });
    const filled = Object.freeze({ value: null, fill: "FFEB9C" });
    const { file, text } = await written(
      spec({
        columns: [{ format: "0.00" }, { format: "0%" }, {}],
        rows: [
          [score, score, score],
          [blank, filled, blank],
          [score, score, blank],
        ],
      })
    );
    const rows = file.grid("表")!.rows;
    expect(rows[0]).toEqual([
      { kind: "number", value: 5, format: "0.00" },
      { kind: "number", value: 5, format: "0%" },
      { kind: "number", value: 5 },
    ]);
    expect(rows[2].slice(0, 2)).toEqual(rows[0].slice(0, 2));
    const xml = text("xl/worksheets/sheet1.xml");
    // The blank is not written; the filled blank is, with its fill.
    expect(xml).not.toMatch(/r="A2"|r="C2"|r="C3"/);
    expect(xml).toMatch(/<c r="B2" s="\d+"\/>/);
  });

  it("writes sheets of many pieces one after another, every cell as it was (buffers are used again)", async () => {
    const rows = (k: number) =>
      Array.from({ length: 30_000 }, (_, r) => [
        { value: `工号${k}-${r}` },
        { value: r * 0.5 + k },
        { value: r % 7 === 0 ? null : `第${r % 13}支行` },
      ]);
    const { file } = await written(
      spec({ name: "一", rows: rows(1) }),
      spec({ name: "二", rows: rows(2) }),
      spec({ name: "三", rows: rows(3) })
    );
    for (const [k, name] of ["一", "二", "三"].entries()) {
      const grid = file.grid(name)!.rows;
      expect(grid).toHaveLength(30_000);
      for (const r of [0, 1, 12_345, 29_999]) {
        expect(grid[r][0]).toEqual({ kind: "text", value: `工号${k + 1}-${r}` });
        expect(grid[r][1]).toEqual({ kind: "number", value: r * 0.5 + k + 1 });
      }
      expect(
        grid.every((cells, r) => (cells[0] as { value: string }).value === `工号${k + 1}-${r}`)
      ).toBe(true);
    }
  });

  it("makes each lazy sheet only when it comes to write it, after the one before is written", async () => {
    const book = XlsxWorkbook.empty();
    const events: string[] = [];
    const lazy = (name: string) => ({
      name,
      make: () => {
        events.push(`make ${name}`);
        const rows = [[{ value: name }]];
        return spec({
          name,
          get rows() {
            events.push(`write ${name}`);
            return rows;
          },
        });
      },
    });
    await book.write([lazy("甲"), lazy("乙")]);
    expect(events.filter((e, k) => events.indexOf(e) === k)).toEqual([
      "make 甲",
      "write 甲",
      "make 乙",
      "write 乙",
    ]);
    expect((await book.read([])).sheets.map((s) => s.name)).toEqual(["甲", "乙"]);
  });
});

describe("XlsxBuilder streamed out (streamTo): the file written while it is made", () => {
  /** A sheet whose part compresses to some hundreds of KiB (numbers that hardly repeat). */
  const large = (name: string, seed: number): SheetSpec =>
    spec({
      name,
      rows: Array.from({ length: 20_000 }, (_, r) =>
        Array.from({ length: 6 }, (_, c) => ({
          value: ((r * 7919 + c * 104729 + seed) % 99991) / 8,
        }))
      ),
    });
  const specs = () => [
    large("甲", 1),
    spec({ name: "乙", rows: [[{ value: "文字" }]] }),
    large("丙", 2),
  ];

  async function streamed(sheets: SheetSpec[]) {
    const builder = new XlsxBuilder();
    const given: Uint8Array[] = [];
    const copies: Uint8Array[] = [];
    builder.streamTo(async (piece) => {
      given.push(piece);
      copies.push(Uint8Array.from(piece));
    });
    for (const sheet of sheets) await builder.add(sheet);
    await builder.finishStream();
    return { builder, given, bytes: Buffer.concat(copies) };
  }

  it("writes the same bytes as the file made whole, and lets each large compressed piece go once written", async () => {
    const { given, bytes } = await streamed(specs());
    const whole = await written(...specs());
    expect(bytes.equals(Buffer.from(whole.bytes))).toBe(true);
    // The sheets' compressed pieces of 64 KiB and more are emptied once written; nothing else is.
    const released = given.filter((piece) => piece.byteLength === 0);
    expect(released.length).toBeGreaterThan(0);
    expect(
      given.filter((piece) => piece.byteLength > 0).every((piece) => piece.byteLength < 64 << 10)
    ).toBe(true);
    // What is left shared between files (the final empty block of every part) is intact for the next one.
    const again = await streamed(specs());
    expect(again.bytes.equals(bytes)).toBe(true);
    expect(XlsxFile.open(bytes).grid("丙")!.rows[19_999][5]).toEqual({
      kind: "number",
      value: ((19_999 * 7919 + 5 * 104729 + 2) % 99991) / 8,
    });
  });

  it("refuses to remove a sheet already given to the stream, or to make the file whole afterwards", async () => {
    const { builder } = await streamed([spec({ name: "甲" })]);
    expect(() => builder.remove("甲")).toThrow(/streamed/);
    await expect(builder.finish()).rejects.toThrow(/streamed/);
    await expect(builder.finishParts()).rejects.toThrow(/streamed/);
  });

  it("says a failed write when the file is finished, and writes nothing after it", async () => {
    const builder = new XlsxBuilder();
    let writes = 0;
    builder.streamTo(async () => {
      writes++;
      throw new Error("disk full");
    });
    await builder.add(large("甲", 1));
    await builder.add(large("乙", 2));
    await expect(builder.finishStream()).rejects.toThrow("disk full");
    expect(writes).toBe(1);
  });
});
