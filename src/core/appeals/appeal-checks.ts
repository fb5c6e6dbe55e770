import type { MessageKey, MessageParams } from "../i18n/messages";
import type { Indicator } from "../template/schema";
import { refusedValue } from "../assess/assess";
import { isoDate } from "../calendar/official-calendar";
import { normaliseText } from "../util/text";
import { APPEAL_STATES, CONCLUSIONS, type Appeal, type AppealField } from "./appeal";

export type AppealIssue = {
  appeal: string;
  row: number;
  field: AppealField;
  cell: string | undefined;
  severity: "error" | "warning";
  key: MessageKey;
  params: MessageParams;
};

/** What the checks need of one period's ranking: each id's post indicators and the appeal deadline. */
export type PeriodFacts = {
  ids: ReadonlyMap<string, { indicators: readonly Indicator[] }>;
  /** WORKDAY(published, appealWorkdays), an Excel serial date. */
  deadline: number;
};

/** The indicator an appeal names, by id or name (folded as the score sheet's headers are). */
export function indicatorOf(indicators: readonly Indicator[], text: string | undefined) {
  const wanted = normaliseText(text ?? "");
  return indicators.find((i) => normaliseText(i.id) === wanted || normaliseText(i.name) === wanted);
}

/**
 * cycle.md §5, every check, each naming the appeal and the cell: unknown period or id; an indicator not of
 * the row's post; late (a warning); what each state needs; what each conclusion needs; two corrections of
 * the same id and indicator in a period; and, with the states last recorded, a state that went backwards.
 */
export function checkAppeals(
  appeals: readonly Appeal[],
  periods: ReadonlyMap<string, PeriodFacts>,
  fullScore: number,
  recordedStates: ReadonlyMap<string, string> = new Map()
): AppealIssue[] {
  const issues: AppealIssue[] = [];
  const seenIds = new Map<string, number>();
  const corrections = new Map<string, string>();
  for (const a of appeals) {
    const name = a.id ?? `#${a.row}`;
    const push = (
      field: AppealField,
      key: MessageKey,
      params: MessageParams = {},
      severity: AppealIssue["severity"] = "error"
    ) =>
      issues.push({ appeal: name, row: a.row, field, cell: a.cells[field], severity, key, params });
    for (const field of a.unreadable) push(field, "appeal.unreadable");
    if (!a.id) push("id", "appeal.required", { field: "编号" });
    else if (seenIds.has(a.id))
      push("id", "appeal.duplicateId", { first: seenIds.get(a.id) as number });
    else seenIds.set(a.id, a.row);

    const facts = a.period ? periods.get(a.period.trim().toUpperCase()) : undefined;
    if (!a.period) push("period", "appeal.required", { field: "期间" });
    else if (!facts) push("period", "appeal.unknownPeriod", { period: a.period });
    const who = facts && a.employeeId ? facts.ids.get(a.employeeId.trim()) : undefined;
    if (!a.employeeId) push("employeeId", "appeal.required", { field: "工号" });
    else if (facts && !who)
      push("employeeId", "appeal.unknownId", { id: a.employeeId, period: a.period ?? "" });
    const indicator = who && a.indicator ? indicatorOf(who.indicators, a.indicator) : undefined;
    if (who && a.indicator && !indicator)
      push("indicator", "appeal.unknownIndicator", {
        indicator: a.indicator,
        id: a.employeeId ?? "",
      });

    if (a.submitted === undefined) {
      // A date it could not read is said once, as unreadable.
      if (!a.unreadable.includes("submitted"))
        push("submitted", "appeal.required", { field: "提交日期" });
    } else if (facts && a.submitted > facts.deadline)
      push("submitted", "appeal.late", { deadline: isoDate(facts.deadline) }, "warning");

    const state = APPEAL_STATES.indexOf((a.state ?? "").trim() as (typeof APPEAL_STATES)[number]);
    if (state < 0) {
      push("state", "appeal.badState", { value: a.state ?? "" });
      continue;
    }
    const before = a.id ? recordedStates.get(a.id) : undefined;
    const beforeAt = before ? APPEAL_STATES.indexOf(before as (typeof APPEAL_STATES)[number]) : -1;
    if (beforeAt > state)
      push("state", "appeal.backwards", { before: before ?? "", now: APPEAL_STATES[state] });
    // 待审批 and what follows it need the investigation and the proposed decision.
    if (state >= 2) {
      if (!a.investigation?.trim())
        push("investigation", "appeal.needs", { field: "调查记录", state: APPEAL_STATES[state] });
      if (!a.opinion?.trim())
        push("opinion", "appeal.needs", { field: "处理意见", state: APPEAL_STATES[state] });
    }
    const conclusion = (a.conclusion ?? "").trim();
    if (conclusion && !(CONCLUSIONS as readonly string[]).includes(conclusion))
      push("conclusion", "appeal.badConclusion", { value: conclusion });
    if (state === 3) {
      if (!conclusion) push("conclusion", "appeal.needs", { field: "结论", state: "已答复" });
      if (!a.approver?.trim())
        push("approver", "appeal.needs", { field: "审批人", state: "已答复" });
      if (a.approvedOn === undefined)
        push("approvedOn", "appeal.needs", { field: "审批日期", state: "已答复" });
      else if (a.submitted !== undefined && a.approvedOn < a.submitted)
        push("approvedOn", "appeal.dateOrder", { field: "审批日期", after: "提交日期" });
      if (a.answeredOn === undefined)
        push("answeredOn", "appeal.needs", { field: "答复日期", state: "已答复" });
      else if (a.approvedOn !== undefined && a.answeredOn < a.approvedOn)
        push("answeredOn", "appeal.dateOrder", { field: "答复日期", after: "审批日期" });
      if (!a.answer?.trim()) push("answer", "appeal.needs", { field: "答复理由", state: "已答复" });
    }
    if (conclusion === "更正") {
      if (!a.indicator) push("indicator", "appeal.correctionNeedsIndicator");
      if (a.correctedValue === undefined && !a.unreadable.includes("correctedValue"))
        push("correctedValue", "appeal.correctionNeedsValue");
      else if (indicator && a.correctedValue !== undefined) {
        const refused = refusedValue(indicator, a.correctedValue, fullScore);
        if (refused)
          push("correctedValue", "appeal.badValue", {
            value: a.correctedValue,
            indicator: indicator.name,
          });
      }
      if (indicator && facts && a.employeeId) {
        const key = `${a.period?.trim().toUpperCase()}|${a.employeeId.trim()}|${indicator.id}`;
        const first = corrections.get(key);
        if (first) push("conclusion", "appeal.twoCorrections", { first });
        else corrections.set(key, name);
      }
    }
    if (conclusion === "维持" && a.correctedValue !== undefined)
      push("correctedValue", "appeal.upheldWithValue");
  }
  return issues;
}
