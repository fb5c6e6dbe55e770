import { serialOf } from "../../../src/core/calendar/official-calendar";
import { readChanges, readDescriptions, readMatrix } from "../../../src/jobs/duties/duties-read";
import { DESCRIPTION_HEADERS, typedGrid } from "../../support/typed-grid";

const grid = typedGrid;

describe("岗位说明书 read whoever made it (duties.md §1, §4)", () => {
  it("finds the headers in the first row, and under a title and instructions", () => {
    const row = [
      "GW-01",
      "柜员",
      "运营管理部",
      "办理业务",
      "持证",
      "受理→复核",
      "权重模板：柜员",
      { date: "2025-08-15" },
    ];
    for (const above of [[], [["岗位说明书"], ["说明……"]]]) {
      const read = readDescriptions(grid("岗位说明书", [...above, DESCRIPTION_HEADERS, row]));
      if (!read.ok) throw new Error("not read");
      expect(read.rows).toEqual([
        expect.objectContaining({
          row: above.length + 2,
          id: "GW-01",
          name: "柜员",
          revised: serialOf("2025-08-15"),
          cells: expect.objectContaining({
            revised: `H${above.length + 2}`,
            id: `A${above.length + 2}`,
          }),
        }),
      ]);
    }
  });

  it("folds white space, full-width letters and English case in headers, and takes English names", () => {
    const header = [
      "post id",
      "Ｐｏｓｔ ｎａｍｅ",
      " 所属 部门 ",
      "DUTIES",
      "Requirements",
      "workflow",
      "Assessment  standard",
      "Last revised",
    ];
    const read = readDescriptions(
      grid("岗位说明书", [header, ["P1", "柜员", "", "a", "b", "c", "d", "2025/8/15"]])
    );
    if (!read.ok) throw new Error(`not read: ${read.missing}`);
    expect(read.rows[0]).toEqual(
      expect.objectContaining({
        id: "P1",
        name: "柜员",
        duties: "a",
        revised: serialOf("2025-08-15"),
      })
    );
  });

  it("skips the generated example row and blank rows; a date that is not one is named with its cell", () => {
    const read = readDescriptions(
      grid("岗位说明书", [
        DESCRIPTION_HEADERS,
        ["示例", "柜面经理", "运营管理部", "x", "y", "z", "w", "2025-06-30"],
        [null, null, null, null, null, null, null, null],
        ["GW-02", "理财经理", "个金", "x", "y", "z", "w", "去年"],
      ])
    );
    if (!read.ok) throw new Error("not read");
    expect(read.rows.map((r) => r.id)).toEqual(["GW-02"]);
    expect(read.rows[0].revised).toBeUndefined();
    expect(read.unreadable).toEqual([
      { cell: "H4", field: "最近修订日期", text: "去年", expected: "date" },
    ]);
  });

  it("says which headers are missing", () => {
    const read = readDescriptions(grid("岗位说明书", [["岗位编号", "岗位名称", "岗位职责"]]));
    expect(read).toEqual({
      ok: false,
      missing: ["任职要求", "工作流程", "考核标准", "最近修订日期"],
    });
    expect(readDescriptions(grid("岗位说明书", [["姓名"]]))).toEqual(
      expect.objectContaining({ ok: false })
    );
  });
});

describe("权责矩阵 read whoever made it (duties.md §2)", () => {
  it("takes every headed column after 流程编号, 流程名称 and 业务条线 as a post, with each cell and its header", () => {
    const read = readMatrix(
      grid("权责矩阵", [
        ["权责矩阵"],
        ["流程编号", "流程名称", "业务条线", "柜员", null, "柜面主管岗"],
        ["LC-001", "个人开户", "个人金融", "发起", "备注", "决策、监督"],
      ])
    );
    if (!read.ok) throw new Error("not read");
    expect(read.rows).toEqual([
      {
        row: 3,
        id: "LC-001",
        name: "个人开户",
        line: "个人金融",
        cells: [
          { post: "柜员", cell: "D3", header: "D2", text: "发起" },
          { post: "柜面主管岗", cell: "F3", header: "F2", text: "决策、监督" },
        ],
      },
    ]);
  });

  it("accepts English headers and needs no 业务条线", () => {
    const read = readMatrix(
      grid("权责矩阵", [
        ["Process ID", "Process name", "Teller"],
        ["P1", "Open", "发起"],
      ])
    );
    if (!read.ok) throw new Error("not read");
    expect(read.rows[0].cells).toEqual([
      { post: "Teller", cell: "C2", header: "C1", text: "发起" },
    ]);
  });
});

describe("职责变更 read whoever made it (duties.md §3)", () => {
  const header = ["编号", "事项", "类型", "发生日期", "涉及岗位", "完成日期"];

  it("reads dates typed as dates or as text, and posts joined with 、 or a comma", () => {
    const read = readChanges(
      grid("职责变更", [
        header,
        ["BG-1", "新规", "监管变化", { date: "2025-09-26" }, "柜员、柜面主管岗", "2025-10-10"],
        ["BG-2", "上线", " 业务变化 ", "2025年12月25日", "线上运营岗,客户经理", null],
      ])
    );
    if (!read.ok) throw new Error("not read");
    expect(
      read.rows.map(({ id, type, occurred, posts, completed }) => ({
        id,
        type,
        occurred,
        posts,
        completed,
      }))
    ).toEqual([
      {
        id: "BG-1",
        type: "监管变化",
        occurred: serialOf("2025-09-26"),
        posts: ["柜员", "柜面主管岗"],
        completed: serialOf("2025-10-10"),
      },
      {
        id: "BG-2",
        type: "业务变化",
        occurred: serialOf("2025-12-25"),
        posts: ["线上运营岗", "客户经理"],
        completed: undefined,
      },
    ]);
    expect(read.unreadable).toEqual([]);
  });

  it("names the cell of a type not of the two, a blank type or date, and a date that is not one", () => {
    const read = readChanges(
      grid("职责变更", [
        header,
        ["BG-1", "a", "其他变化", "2025-09-26", "柜员", null],
        ["BG-2", "b", null, "下周", "柜员", null],
      ])
    );
    if (!read.ok) throw new Error("not read");
    expect(read.unreadable).toEqual([
      { cell: "C2", field: "类型", text: "其他变化", expected: "type" },
      { cell: "C3", field: "类型", text: "", expected: "required" },
      { cell: "D3", field: "发生日期", text: "下周", expected: "date" },
    ]);
  });

  it("ignores rows where only the sheet's own formulas (到期日, 状态) show something", () => {
    const read = readChanges(
      grid("职责变更", [
        [...header, "到期日", "状态"],
        [null, null, null, null, null, null, "", ""],
      ])
    );
    expect(read.ok && read.rows).toEqual([]);
  });
});
