import { joinList, type Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { OutCell, SheetSpec } from "../../workbook/port";
import { issueText } from "../shared/issue";
import { oneLineHeaders, printLayout, wrappedHeight } from "../shared/print-layout";
import type { Say } from "../shared/say";
import { alignTallRows, HEADER_FILL } from "../shared/table-rows";
import { templateProvenance } from "../shared/template-provenance";
import type { CollectResult, FileStatus } from "./collect-result";

export const STATUS_SHEET = "提交情况";

/** 文件, 机构, 状态, 行数, 接受, 错误行, 说明, 哈希. */
const WIDTHS = [28, 12, 10, 8, 9, 9, 60, 14];

/** The sheet as it is written: its rows so far, the heights of those that wrap, the merged ones. */
type StatusRows = { rows: OutCell[][]; heights: Record<number, number>; merges: string[] };

/**
 * 提交情况: each file collected and what became of it, each expected branch's state, and the problems
 * that span branches (one person in two branches' files).
 */
export function statusSheet(
  result: CollectResult,
  template: LoadedTemplate,
  made: { period: string; generatedAt: string; inputHash: string; say: Say; locale: Locale }
): SheetSpec {
  const { say } = made;
  const t = template.template;
  const sheet: StatusRows = {
    rows: [
      [
        {
          value: made.period ? say("sheet.status.title", { period: made.period }) : STATUS_SHEET,
          bold: true,
          size: 14,
        },
      ],
      [
        {
          value: say("sheet.templateLine", {
            name: t.name,
            version: t.version,
            fingerprint: template.fingerprint.slice(0, 8),
            time: made.generatedAt,
          }),
        },
      ],
    ],
    heights: { 0: 22 },
    merges: [],
  };
  fileRows(sheet, result.files, made);
  sheet.rows.push([]);
  branchRows(sheet, result, say, made.locale);
  // Each header on one line (they are not wrapped), where the page allows.
  const widths = oneLineHeaders(
    sheet.rows[2].map((cell) => String(cell.value)),
    WIDTHS
  );
  return {
    name: STATUS_SHEET,
    rows: alignTallRows(sheet.rows, sheet.heights, 2),
    columns: widths.map((width) => ({ width })),
    rowHeights: sheet.heights,
    merges: sheet.merges,
    print: printLayout(widths, { repeatRows: "1:3", header: say("sheet.confidential") }),
    freeze: { rows: 3, columns: 0 },
    provenance: templateProvenance("status", template, {
      inputHash: made.inputHash,
      generatedAt: made.generatedAt,
    }),
  };
}

/** A header row, bold on the header fill (not wrapped: the labels are short). */
const plainHeader = (labels: string[]): OutCell[] =>
  labels.map((value) => ({ value, bold: true, fill: HEADER_FILL }));

/** The files' table: its header, then each file with its state, counts and why (its first five errors). */
function fileRows(
  { rows, heights }: StatusRows,
  files: FileStatus[],
  { say, locale }: { say: Say; locale: Locale }
) {
  rows.push(
    plainHeader(
      (
        [
          "sheet.col.file",
          "sheet.col.branch",
          "sheet.col.state",
          "sheet.col.rows",
          "sheet.col.accepted",
          "sheet.col.errorRows",
          "sheet.col.note",
          "sheet.col.hash",
        ] as const
      ).map((key) => say(key))
    )
  );
  for (const f of files) {
    // What became of the file, then each of its first five errors on a line of its own (run together, the
    // count and the first error read as one sentence: "…未接收工号「SH1」…").
    const note = [
      say(f.note.key, f.note.params),
      ...f.issues
        .filter((i) => i.severity === "error")
        .slice(0, 5)
        .map((i) => issueText(i, locale)),
    ].join("\n");
    heights[rows.length] = wrappedHeight(note, WIDTHS[6] - 1);
    rows.push([
      { value: f.file },
      { value: f.branch },
      { value: say(`state.file.${f.state}`) },
      { value: f.rows },
      { value: f.accepted },
      { value: f.errorRows },
      { value: note, wrap: true },
      { value: f.hash ? f.hash.slice(0, 12) : null },
    ]);
  }
}

/** The branches' table (each expected branch's state and its files), then any cross-branch problems. */
function branchRows(sheet: StatusRows, result: CollectResult, say: Say, locale: Locale) {
  const { rows, heights, merges } = sheet;
  rows.push(
    plainHeader(
      (["sheet.col.branch", "sheet.col.state", "sheet.col.file"] as const).map((key) => say(key))
    )
  );
  for (const b of result.branches)
    rows.push([
      { value: b.branch },
      { value: say(`state.branch.${b.state}`) },
      { value: joinList(b.files, locale) || null },
    ]);
  if (!result.crossBranch.length) return;
  rows.push([], [{ value: say("sheet.crossBranch"), bold: true }]);
  // Each problem is a line across the table, as tall as its text needs.
  for (const issue of result.crossBranch) {
    const text = issueText(issue, locale);
    heights[rows.length] = wrappedHeight(text, WIDTHS.reduce((sum, width) => sum + width, 0) - 2);
    rows.push([{ value: text, wrap: true }]);
    merges.push(`A${rows.length}:H${rows.length}`);
  }
}
