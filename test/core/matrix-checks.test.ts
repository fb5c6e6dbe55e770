import { findingText, type ProcessRow } from "../../src/core/duties/duties";
import { checkMatrix, rolesOf } from "../../src/core/duties/matrix-checks";

const POSTS = [
  { id: "P01", name: "客户经理" },
  { id: "P02", name: "授信审批岗" },
  { id: "P03", name: "合规专员岗" },
  { id: "P04", name: "柜员" },
];
const COLUMNS = ["客户经理", "授信审批岗", "合规专员岗", "柜员"];
/** A process row with the given cells under the four post columns (D…G), in sheet row r. */
const process = (id: string, texts: string[], r = 3): ProcessRow => ({
  row: r,
  id,
  name: `流程${id}`,
  line: "公司金融",
  cells: texts.map((text, c) => ({
    post: COLUMNS[c],
    cell: `${String.fromCharCode(68 + c)}${r}`,
    header: `${String.fromCharCode(68 + c)}2`,
    text,
  })),
});
// One process alone leaves some posts idle: that matrix-wide warning has a test of its own below.
const kinds = (processes: ProcessRow[], posts = POSTS) =>
  checkMatrix(processes, posts)
    .filter((f) => f.kind !== "idle-post")
    .map((f) => [f.kind, f.severity, f.process ?? f.post, f.cell ?? ""]);
const GOOD = ["发起", "决策", "监督", "协作"];

describe("the responsibility matrix (duties.md §2)", () => {
  it("reads roles joined with 、 or /, and keeps anything else as unknown", () => {
    expect(rolesOf("发起、协作")).toEqual({ roles: ["发起", "协作"], unknown: [] });
    expect(rolesOf("决策/监督")).toEqual({ roles: ["决策", "监督"], unknown: [] });
    expect(rolesOf("负责")).toEqual({ roles: [], unknown: ["负责"] });
  });

  it("accepts a process with one initiator, one decider and a supervisor", () => {
    expect(kinds([process("KH-01", GOOD)])).toEqual([]);
  });

  it.each<[string, string[], unknown[][]]>([
    [
      "no initiator",
      ["协作", "决策", "监督", "协作"],
      [["no-initiator", "error", "KH-01", "权责矩阵!A3"]],
    ],
    [
      "no decider",
      ["发起", "协作", "监督", "协作"],
      [["no-decider", "error", "KH-01", "权责矩阵!A3"]],
    ],
    [
      "two deciders",
      ["发起", "决策", "监督", "决策"],
      [["multiple-deciders", "error", "KH-01", "权责矩阵!A3"]],
    ],
    [
      "no supervisor",
      ["发起", "决策", "协作", "协作"],
      [["no-supervisor", "error", "KH-01", "权责矩阵!A3"]],
    ],
    [
      "one post deciding and supervising",
      ["发起", "决策、监督", "", "协作"],
      [["decide-and-supervise", "error", "KH-01", "权责矩阵!E3"]],
    ],
    [
      "one post initiating and deciding: a warning (经办与审批未分离)",
      ["发起/决策", "", "监督", "协作"],
      [["initiate-and-decide", "warning", "KH-01", "权责矩阵!D3"]],
    ],
    [
      "a role that is not one of the four",
      ["发起", "决策", "监督", "负责"],
      [["unknown-role", "error", "KH-01", "权责矩阵!G3"]],
    ],
  ])("%s", (_, texts, expected) => {
    expect(kinds([process("KH-01", texts)])).toEqual(expected);
  });

  it("reports a post column not in 岗位说明书 once, at its header", () => {
    const findings = checkMatrix(
      [process("KH-01", GOOD), process("KH-02", GOOD, 4)],
      POSTS.slice(0, 3)
    );
    expect(findings.map((f) => [f.kind, f.post, f.cell])).toEqual([
      ["unknown-post", "柜员", "权责矩阵!G2"],
    ]);
  });

  it("reports a 流程编号 used twice, and a described post with no role anywhere (a warning)", () => {
    const findings = checkMatrix(
      [
        process("KH-01", ["发起", "决策", "监督", ""]),
        process("KH-01", ["发起", "决策", "监督", ""], 4),
      ],
      POSTS
    );
    expect(findings.map((f) => [f.kind, f.severity, f.cell ?? f.post])).toEqual([
      ["duplicate-process", "error", "权责矩阵!A4"],
      ["idle-post", "warning", "柜员"],
    ]);
  });
});

describe("findings in the user's language", () => {
  it("says each with its cell, in zh-CN and en-US", () => {
    const [finding] = checkMatrix(
      [process("KH-01", ["发起", "决策、监督", "", "协作"])],
      POSTS
    ).filter((f) => f.kind === "decide-and-supervise");
    expect(findingText(finding, "zh-CN")).toBe(
      "权责矩阵!E3：流程 KH-01：「授信审批岗」既决策又监督（不相容职责）。"
    );
    expect(findingText(finding, "en-US")).toBe(
      '权责矩阵!E3: Process KH-01: "授信审批岗" both decides and supervises (incompatible duties).'
    );
  });
});
