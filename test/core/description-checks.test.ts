import { isoDate, officialCalendar, serialOf } from "../../src/core/calendar/official-calendar";
import {
  changeStatus,
  checkChanges,
  checkDescriptions,
  yearBefore,
} from "../../src/core/duties/description-checks";
import type { DutyChange, PostDescription } from "../../src/core/duties/duties";

const cells = {
  id: "A3",
  name: "B3",
  duties: "D3",
  requirements: "E3",
  workflow: "F3",
  standard: "G3",
  revised: "H3",
};
const described = (changes: Partial<PostDescription> = {}): PostDescription => ({
  row: 3,
  cells,
  id: "P01",
  name: "客户经理",
  department: "公司业务部",
  duties: "客户营销与维护",
  requirements: "本科及以上",
  workflow: "营销—尽调—发起授信",
  standard: "按权重模板「客户经理」岗考核",
  revised: serialOf("2025-06-30"),
  ...changes,
});
const TEMPLATE = [
  { id: "customer-manager", name: "客户经理" },
  { id: "credit-approval", name: "授信审批岗" },
];
const AS_OF = serialOf("2025-12-31");
const check = (descriptions: PostDescription[], template = TEMPLATE.slice(0, 1)) =>
  checkDescriptions(descriptions, template, AS_OF).map((f) => [
    f.kind,
    f.severity,
    f.cell ?? f.post,
  ]);

describe("post descriptions (duties.md §1)", () => {
  it("accepts a complete, linked, recently revised description", () => {
    expect(check([described()])).toEqual([]);
  });

  it.each<[string, Partial<PostDescription>, unknown[][]]>([
    [
      "an element missing (the first named)",
      { requirements: " ", workflow: undefined },
      [["incomplete-description", "error", "岗位说明书!E3"]],
    ],
    [
      "考核标准 naming no template post",
      { standard: "按部门考核办法" },
      [
        ["description-without-template-post", "error", "岗位说明书!G3"],
        ["template-post-without-description", "error", "客户经理"],
      ],
    ],
    [
      "revised more than 12 months ago",
      { revised: serialOf("2024-12-30") },
      [["stale-description", "warning", "岗位说明书!H3"]],
    ],
    ["never revised", { revised: undefined }, [["stale-description", "warning", "岗位说明书!H3"]]],
  ])("%s", (_, changes, expected) => {
    expect(check([described(changes)])).toEqual(expected);
  });

  it("counts 12 months to the same day a year before (revised on it: not stale)", () => {
    expect(check([described({ revised: serialOf("2024-12-31") })])).toEqual([]);
    expect(isoDate(yearBefore(serialOf("2024-02-29")))).toBe("2023-02-28");
  });

  it("reports a post id or name used twice, and a template post nobody describes", () => {
    const second = described({ row: 4, cells: { ...cells, id: "A4", name: "B4" } });
    expect(check([described(), second], TEMPLATE)).toEqual([
      ["duplicate-post", "error", "岗位说明书!A4"],
      ["duplicate-post", "error", "岗位说明书!B4"],
      ["template-post-without-description", "error", "授信审批岗"],
    ]);
  });
});

describe("changes that require an update (duties.md §3)", () => {
  const status = (type: string, occurred: string, completed: string | undefined, asOf: string) => {
    const s = changeStatus(
      {
        type,
        occurred: serialOf(occurred),
        completed: completed ? serialOf(completed) : undefined,
      },
      serialOf(asOf),
      officialCalendar
    );
    return s && [isoDate(s.due), s.state];
  };

  it("counts 7 working days for a regulatory change across National Day and its 调休 days", () => {
    // From Friday 2025-09-26: 09-28 (调休 Sunday), 09-29, 09-30; 10-01…10-08 off; 10-09, 10-10, 10-11 (调休
    // Saturday), 10-13.
    expect(status("监管变化", "2025-09-26", undefined, "2025-10-13")).toEqual([
      "2025-10-13",
      "pending",
    ]);
    expect(status("监管变化", "2025-09-26", undefined, "2025-10-14")).toEqual([
      "2025-10-13",
      "overdue",
    ]);
  });

  it("counts 15 working days for a business change across the year end and New Year's Day", () => {
    expect(status("业务变化", "2025-12-25", "2026-01-16", "2026-02-01")).toEqual([
      "2026-01-16",
      "on-time",
    ]);
    expect(status("业务变化", "2025-12-25", "2026-01-19", "2026-02-01")).toEqual([
      "2026-01-16",
      "late",
    ]);
  });

  it("has no due date without a known type or a date", () => {
    expect(status("其他", "2025-12-25", undefined, "2026-01-05")).toBeNull();
  });

  it("needs each named post described, and revised on or after the change once it is done", () => {
    const change: DutyChange = {
      row: 3,
      cells: { posts: "E3" },
      id: "BG-01",
      type: "业务变化",
      occurred: serialOf("2025-07-01"),
      completed: serialOf("2025-07-10"),
      posts: ["客户经理", "柜员"],
    };
    expect(checkChanges([change], [described()]).map((f) => [f.kind, f.post, f.cell])).toEqual([
      ["description-not-revised", "客户经理", "岗位说明书!H3"],
      ["change-unknown-post", "柜员", "职责变更!E3"],
    ]);
    expect(
      checkChanges([{ ...change, completed: undefined, posts: ["P01"] }], [described()])
    ).toEqual([]);
  });
});
