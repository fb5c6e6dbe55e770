import type { Change, Standing } from "../../core/appeals/corrections";
import {
  formatMessage,
  joinList,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { OutCell, SheetSpec } from "../../workbook/port";
import { headerWidths, oneLineHeaders, tableLayout } from "../shared/print-layout";
import { alignTallRows, wrappedRowHeight } from "../shared/table-rows";

export const CHANGES_SHEET = "变动";

const WIDTHS = [10, 9, 9, 9, 7, 7, 7, 7, 7, 7, 8, 8, 24];

/**
 * 变动 (cycle.md §5): every object whose composite, rank in any scope or grade changed between the published
 * ranking and its correction, old → new side by side, with the appeals that caused it or 因他人更正.
 */
export function changesSheetSpec(
  loaded: LoadedTemplate,
  changes: readonly Change[],
  options: {
    name: string;
    published: string;
    corrected: string;
    period: string;
    generatedAt: string;
    inputHash: string;
    locale?: Locale;
  }
): SheetSpec {
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const header = [
    say("sheet.col.id"),
    say("sheet.col.name"),
    say("sheet.changes.before", { what: say("sheet.col.composite") }),
    say("sheet.changes.after", { what: say("sheet.col.composite") }),
    say("sheet.changes.before", { what: say("sheet.col.rank") }),
    say("sheet.changes.after", { what: say("sheet.col.rank") }),
    say("sheet.changes.before", { what: say("sheet.col.rankInPost") }),
    say("sheet.changes.after", { what: say("sheet.col.rankInPost") }),
    say("sheet.changes.before", { what: say("sheet.col.rankInBranch") }),
    say("sheet.changes.after", { what: say("sheet.col.rankInBranch") }),
    say("sheet.changes.before", { what: say("sheet.col.grade") }),
    say("sheet.changes.after", { what: say("sheet.col.grade") }),
    say("sheet.changes.cause"),
  ];
  const pair = (before: Standing, after: Standing): OutCell[] => [
    { value: before.composite, format: "0.00" },
    { value: after.composite, format: "0.00" },
    { value: before.rank?.overall ?? null },
    { value: after.rank?.overall ?? null },
    { value: before.rank?.post ?? null },
    { value: after.rank?.post ?? null },
    { value: before.rank?.branch ?? null },
    { value: after.rank?.branch ?? null },
    { value: before.grade },
    { value: after.grade },
  ];
  const body: OutCell[][] = changes.map((change) => [
    { value: change.id },
    { value: change.name ?? null },
    ...pair(change.before, change.after),
    {
      value:
        change.cause === "others" ? say("sheet.changes.others") : joinList(change.cause, locale),
      wrap: true,
    },
  ]);
  const title = say("sheet.changes.title", {
    published: options.published,
    corrected: options.corrected,
  });
  const note = say("sheet.changes.note", { count: changes.length, time: options.generatedAt });
  const widths = oneLineHeaders(header, headerWidths(header, WIDTHS, { lines: 3 }));
  const layout = tableLayout(header, widths, 2, say("sheet.confidential"), { title, line: note });
  // A row whose causes wrap is as tall as they need.
  const rowHeights = { ...layout.rowHeights };
  body.forEach((cells, k) => {
    const height = wrappedRowHeight(cells, widths, 10);
    if (height > 15) rowHeights[3 + k] = height;
  });
  const t = loaded.template;
  return {
    name: options.name,
    rows: alignTallRows(
      [
        [{ value: title, bold: true, size: 16, wrap: true }],
        [{ value: note, wrap: true }],
        header.map((value) => ({ value, bold: true, fill: "DDEBF7", wrap: true })),
        ...(body.length > 0 ? body : [[{ value: say("sheet.changes.none") }]]),
      ],
      rowHeights,
      3
    ),
    columns: widths.map((width) => ({ width })),
    ...layout,
    rowHeights,
    freeze: { rows: 3, columns: 2 },
    provenance: {
      kind: "changes",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      inputHash: options.inputHash,
      period: options.period,
      generatedAt: options.generatedAt,
    },
  };
}
