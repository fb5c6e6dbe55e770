import type { RowResult } from "../../core/assess/assess";
import type { Locale } from "../../core/i18n/messages";
import type {
  OneSidedRow,
  TemplateComparison,
  WeightChange,
} from "../../core/whatif/compare-templates";
import type { OutCell } from "../../workbook/port";
import { issueText } from "../shared/issue";
import type { Say } from "../shared/say";
import type { SectionSheet } from "./whatif-layout";

/** Who a row is under the template that ranked it (its name, branch and post as that template read them). */
export type Who = (side: "a" | "b", id: string) => RowResult | undefined;

const text = (value: string | null | undefined): OutCell => ({ value: value || null });

/**
 * 五、rows ranked under one template only, each with the first error that kept it out under the other, in
 * the sheet's language (a post B drops, an indicator B adds that the sheet has no column for…).
 */
export function oneSidedSection(
  sheet: SectionSheet,
  comparison: TemplateComparison,
  who: Who,
  say: Say,
  locale: Locale
): void {
  const total = comparison.onlyA.length + comparison.onlyB.length;
  sheet.blank();
  if (total === 0) {
    sheet.line(say("sheet.whatif.section.oneSidedNone"), true);
    return;
  }
  const reasonSpan = sheet.widths.length - 6;
  sheet.line(say("sheet.whatif.section.oneSided", { count: total }), true);
  sheet.header([
    say("sheet.col.id"),
    say("sheet.col.name"),
    say("sheet.col.branch"),
    say("sheet.col.post"),
    { label: say("sheet.whatif.col.validUnder"), span: 2 },
    { label: say("sheet.whatif.col.reason"), span: reasonSpan },
  ]);
  const rows = (side: "a" | "b", list: readonly OneSidedRow[]) => {
    const under = say(side === "a" ? "sheet.whatif.onlyUnderA" : "sheet.whatif.onlyUnderB");
    for (const one of list) {
      const row = who(side, one.id);
      sheet.place([
        { cell: text(one.id) },
        { cell: text(row?.name) },
        { cell: text(row?.branch) },
        { cell: text(row?.post?.name ?? row?.postText) },
        { cell: { value: under }, span: 2 },
        {
          cell: {
            value: one.issue ? issueText(one.issue, locale) : say("sheet.whatif.noReason"),
          },
          span: reasonSpan,
        },
      ]);
    }
  };
  rows("a", comparison.onlyA);
  rows("b", comparison.onlyB);
}

/** A weight as the template writes it: whole numbers as such, any other with two decimals. */
const weight = (value: number | null): OutCell =>
  value === null ? { value: null } : { value, format: Number.isInteger(value) ? "0" : "0.00" };

/** What a weight change is: an indicator's or a dimension's, one added or dropped, a post in one template only. */
function changeNote(change: WeightChange, say: Say): string {
  if (change.kind === "post")
    return say(
      change.only === "a" ? "sheet.whatif.weight.postOnlyA" : "sheet.whatif.weight.postOnlyB"
    );
  const what = say(
    change.kind === "dimension" ? "sheet.whatif.weight.dimension" : "sheet.whatif.weight.indicator"
  );
  if (change.a === null && change.b !== null) return say("sheet.whatif.weight.added", { what });
  if (change.b === null && change.a !== null) return say("sheet.whatif.weight.dropped", { what });
  return what;
}

/** 六、weights that differ, post by post (matched by the post's id and the indicator's id). */
export function weightsSection(
  sheet: SectionSheet,
  comparison: TemplateComparison,
  say: Say
): void {
  sheet.blank();
  if (comparison.weights.length === 0) {
    sheet.line(say("sheet.whatif.section.weightsNone"), true);
    return;
  }
  const noteSpan = sheet.widths.length - 7;
  sheet.line(say("sheet.whatif.section.weights", { count: comparison.weights.length }), true);
  sheet.header([
    { label: say("sheet.col.post"), span: 2 },
    { label: say("sheet.whatif.col.indicator"), span: 3 },
    say("sheet.whatif.col.weight", { side: "A" }),
    say("sheet.whatif.col.weight", { side: "B" }),
    { label: say("sheet.whatif.col.note"), span: noteSpan },
  ]);
  for (const change of comparison.weights)
    sheet.place([
      { cell: text(change.post), span: 2 },
      {
        cell: text(
          change.kind === "post"
            ? null
            : say("sheet.whatif.indicatorText", { name: change.name, id: change.id })
        ),
        span: 3,
      },
      { cell: weight(change.a) },
      { cell: weight(change.b) },
      { cell: { value: changeNote(change, say) }, span: noteSpan },
    ]);
}
