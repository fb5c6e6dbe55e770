import { serialOf } from "../../src/core/calendar/official-calendar";
import type { Cell, Grid } from "../../src/workbook/port";

/** What a user typed in a cell: text, a number, a boolean, a date as { date: "2025-09-26" }, null for blank. */
export type Typed = string | number | boolean | null | { date: string };

/** A sheet as an adapter reads it, from what a user typed. */
export const typedGrid = (name: string, rows: readonly (readonly Typed[])[]): Grid => ({
  name,
  rows: rows.map((row) =>
    row.map((v): Cell =>
      v === null
        ? { kind: "empty" }
        : typeof v === "number"
          ? { kind: "number", value: v }
          : typeof v === "string"
            ? { kind: "text", value: v }
            : typeof v === "boolean"
              ? { kind: "boolean", value: v }
              : { kind: "date", value: serialOf(v.date) }
    )
  ),
});

/** The 岗位说明书 headers as a user types them. */
export const DESCRIPTION_HEADERS = [
  "岗位编号",
  "岗位名称",
  "所属部门",
  "岗位职责",
  "任职要求",
  "工作流程",
  "考核标准",
  "最近修订日期",
];
