import type { Appeal, AppealField } from "../../src/core/appeals/appeal";
import { checkAppeals, type PeriodFacts } from "../../src/core/appeals/appeal-checks";
import { serialOf } from "../../src/core/calendar/official-calendar";
import { direct, load, templateWith } from "../support/template-builders";

const loaded = load(templateWith([direct("a", 60), direct("b", 40, { name: "合规准确率" })]));
const indicators = loaded.template.posts[0].indicators;
const facts: PeriodFacts = {
  ids: new Map([
    ["E1", { indicators }],
    ["E2", { indicators }],
  ]),
  deadline: serialOf("2026-01-16"),
};
const periods = new Map([["2025Q4", facts]]);
const cells = Object.fromEntries(
  (
    [
      "id",
      "period",
      "employeeId",
      "indicator",
      "reason",
      "submitted",
      "state",
      "investigation",
      "opinion",
      "conclusion",
      "correctedValue",
      "approver",
      "approvedOn",
      "answeredOn",
      "answer",
    ] as AppealField[]
  ).map((field, c) => [field, `${String.fromCharCode(65 + c)}4`])
);
const answered: Appeal = {
  row: 4,
  cells,
  id: "SS-1",
  period: "2025Q4",
  employeeId: "E1",
  indicator: "a",
  reason: "数据有误",
  submitted: serialOf("2026-01-12"),
  state: "已答复",
  investigation: "核对台账",
  opinion: "更正",
  conclusion: "更正",
  correctedValue: 90,
  approver: "李行长",
  approvedOn: serialOf("2026-01-14"),
  answeredOn: serialOf("2026-01-15"),
  answer: "经核实予以更正",
  unreadable: [],
};
const check = (changes: Partial<Appeal>, recorded = new Map<string, string>()) =>
  checkAppeals([{ ...answered, ...changes }], periods, 100, recorded).map((i) => [
    i.cell,
    i.key,
    i.severity,
  ]);

describe("the checks of an appeals register (cycle.md §5), each naming the appeal and the cell", () => {
  it("accepts a complete, approved, answered correction", () => {
    expect(check({})).toEqual([]);
  });

  it.each<[string, Partial<Appeal>, [string, string, string][]]>([
    ["an unknown period", { period: "2025Q3" }, [["B4", "appeal.unknownPeriod", "error"]]],
    [
      "an id not in that period's ranking",
      { employeeId: "X9" },
      [["C4", "appeal.unknownId", "error"]],
    ],
    [
      "an indicator not of the row's post",
      { indicator: "存款增长率" },
      [["D4", "appeal.unknownIndicator", "error"]],
    ],
    [
      "late: a warning, the unit may still accept it",
      {
        submitted: serialOf("2026-01-19"),
        approvedOn: serialOf("2026-01-20"),
        answeredOn: serialOf("2026-01-21"),
      },
      [["F4", "appeal.late", "warning"]],
    ],
    [
      "待审批 without the investigation",
      { state: "待审批", investigation: undefined },
      [["H4", "appeal.needs", "error"]],
    ],
    [
      "待审批 without the proposed decision",
      { state: "待审批", opinion: " " },
      [["I4", "appeal.needs", "error"]],
    ],
    [
      "已答复 without a conclusion",
      { conclusion: undefined, correctedValue: undefined },
      [["J4", "appeal.needs", "error"]],
    ],
    ["已答复 without the approver", { approver: undefined }, [["L4", "appeal.needs", "error"]]],
    [
      "approved before it was submitted",
      { approvedOn: serialOf("2026-01-10") },
      [["M4", "appeal.dateOrder", "error"]],
    ],
    [
      "answered before it was approved",
      { answeredOn: serialOf("2026-01-13") },
      [["N4", "appeal.dateOrder", "error"]],
    ],
    ["已答复 without the reasons", { answer: undefined }, [["O4", "appeal.needs", "error"]]],
    [
      "更正 without an indicator",
      { indicator: undefined },
      [["D4", "appeal.correctionNeedsIndicator", "error"]],
    ],
    [
      "更正 without a value",
      { correctedValue: undefined },
      [["K4", "appeal.correctionNeedsValue", "error"]],
    ],
    [
      "更正 with a value the method refuses (direct: 0–100)",
      { correctedValue: 130 },
      [["K4", "appeal.badValue", "error"]],
    ],
    [
      "维持 with a corrected value",
      { conclusion: "维持" },
      [["K4", "appeal.upheldWithValue", "error"]],
    ],
    [
      "a state that is not one of the four",
      { state: "已完成" },
      [["G4", "appeal.badState", "error"]],
    ],
    [
      "a conclusion that is not 维持 or 更正",
      { conclusion: "撤销", correctedValue: undefined },
      [["J4", "appeal.badConclusion", "error"]],
    ],
    [
      "a date typed as text it cannot read",
      { unreadable: ["submitted"] },
      [["F4", "appeal.unreadable", "error"]],
    ],
  ])("%s", (_, changes, expected) => {
    expect(check(changes)).toEqual(expected);
  });

  it("finds an indicator by its id or its name", () => {
    expect(check({ indicator: "合规准确率" })).toEqual([]);
    expect(check({ indicator: " b " })).toEqual([]);
  });

  it("an appeal of the whole result (no indicator) needs none, unless it corrects", () => {
    expect(check({ indicator: undefined, conclusion: "维持", correctedValue: undefined })).toEqual(
      []
    );
  });

  it("refuses a state that went back from the one last recorded", () => {
    expect(
      check(
        { state: "调查中", conclusion: undefined, correctedValue: undefined },
        new Map([["SS-1", "待审批"]])
      )
    ).toEqual([["G4", "appeal.backwards", "error"]]);
    expect(check({}, new Map([["SS-1", "调查中"]]))).toEqual([]);
  });

  it("refuses a number used twice, and two corrections of one id's indicator in a period", () => {
    const issues = checkAppeals(
      [answered, { ...answered, row: 5, cells: { ...cells, id: "A5", conclusion: "J5" } }],
      periods,
      100
    );
    expect(issues.map((i) => [i.cell, i.key])).toEqual([
      ["A5", "appeal.duplicateId"],
      ["J5", "appeal.twoCorrections"],
    ]);
    const other = checkAppeals(
      [answered, { ...answered, row: 5, id: "SS-2", indicator: "b", cells }],
      periods,
      100
    );
    expect(other).toEqual([]);
  });
});
