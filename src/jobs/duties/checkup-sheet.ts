import { isoDate } from "../../core/calendar/official-calendar";
import {
  CHANGE_STATES,
  FINDING_KINDS,
  FINDING_SEVERITY,
  findingText,
  tally,
  type FindingKind,
} from "../../core/duties/duties";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { issueText } from "../shared/issue";
import type { DutiesCheck } from "./duties-check";
import type { OutCell, Provenance, SheetSpec } from "../../workbook/port";
import { breakLines, printLayout, wrappedHeight } from "../shared/print-layout";
import { sayIn, type Say } from "../shared/say";
import { alignTallRows, headerCells } from "../shared/table-rows";

/** Findings that need the weight template: not checked without one. */
const TEMPLATE_KINDS: FindingKind[] = [
  "description-without-template-post",
  "template-post-without-description",
];
/** 序号, 严重程度/状态, 检查项/事项/岗位, 流程/编号, 岗位/到期日, 单元格, 说明. */
const WIDTHS = [6, 11, 24, 12, 14, 18, 56];
const ERROR_FILL = "F8CBAD";
const WARNING_FILL = "FFE699";

/** "岗位责任体检 2025Q4": the quarter of the check date. */
export function checkupSheetName(asOf: number, locale: Locale): string {
  const [year, month] = isoDate(asOf).split("-").map(Number);
  return formatMessage(locale, "sheet.checkup.name", {
    quarter: `${year}Q${Math.ceil(month / 3)}`,
  });
}

export type CheckupSheetOptions = {
  name: string;
  source: string;
  generatedAt: string;
  locale: Locale;
  /** Said under the provenance when due dates were counted without a year's arrangement. */
  calendarNote?: string;
};

/** The tab as it is written: its rows so far, the heights of those that wrap, and its language. */
type Page = { rows: OutCell[][]; heights: Record<number, number>; say: Say; locale: Locale };

/**
 * The quarterly check-up (duties.md §4) as one printable tab: the counts per finding, every finding with its
 * cell, the changes overdue or due within five working days, and the descriptions not revised for 12 months.
 */
export function checkupSheetSpec(check: DutiesCheck, options: CheckupSheetOptions): SheetSpec {
  const say = sayIn(options.locale);
  const page: Page = { rows: [], heights: {}, say, locale: options.locale };
  titleLines(page, check, options);
  // The four sections, each after a blank row.
  for (const section of [countsSection, findingsSection, changesSection, staleSection]) {
    page.rows.push([]);
    section(page, check);
  }
  return {
    name: options.name,
    rows: alignTallRows(page.rows, page.heights, 2),
    columns: WIDTHS.map((width, c) => ({ width, format: c === 4 ? "General" : undefined })),
    rowHeights: { 0: 24, ...page.heights },
    merges: ["A1:G1", "A2:G2"],
    print: printLayout(WIDTHS, { repeatRows: "1:1", header: say("sheet.confidential") }),
    protect: true,
    activate: true,
    provenance: checkupProvenance(check, options),
  };
}

/** The title, and the provenance line: the file checked, the template (or none), when. */
function titleLines(
  { rows, heights, say }: Page,
  check: DutiesCheck,
  options: CheckupSheetOptions
) {
  const template = check.template?.template;
  rows.push([
    {
      value: say("sheet.checkup.title", { name: options.name, asOf: isoDate(check.asOf) }),
      bold: true,
      size: 16,
    },
  ]);
  rows.push([
    {
      value:
        say("sheet.checkup.provenance", {
          file: options.source,
          template: template
            ? `${template.id} v${template.version}（${check.template?.fingerprint.slice(0, 12)}）`
            : say("sheet.checkup.noTemplate"),
          time: options.generatedAt,
        }) + (options.calendarNote ? `\n${options.calendarNote}` : ""),
      wrap: true,
    },
  ]);
  heights[1] = options.calendarNote ? 45 : 30;
}

function checkupProvenance(check: DutiesCheck, options: CheckupSheetOptions): Provenance {
  const template = check.template?.template;
  return {
    kind: "checkup",
    templateId: template?.id,
    templateVersion: template?.version,
    templateFingerprint: check.template?.fingerprint,
    source: options.source,
    period: options.name,
    generatedAt: options.generatedAt,
  };
}

const sectionTitle = (say: Say, key: MessageKey, params: MessageParams = {}): OutCell[] => [
  { value: say(key, params), bold: true, size: 12 },
];
const header = (say: Say, keys: (MessageKey | null)[]): OutCell[] =>
  headerCells(keys.map((key) => (key ? say(key) : null)));

/** A section's header row, as tall as its longest label wrapped in its column (最近修订日期 takes two lines). */
function pushHeader({ rows, heights, say }: Page, keys: (MessageKey | null)[]): void {
  const cells = header(say, keys);
  rows.push(cells);
  heights[rows.length - 1] = Math.max(
    15,
    ...cells.map((cell, c) =>
      typeof cell.value === "string" ? wrappedHeight(cell.value, WIDTHS[c] - 1, true) : 15
    )
  );
}

/** Our own text in the 说明 column, broken at its clauses: no application leaves its 。 on a line alone. */
const explained = (text: string) => breakLines(text, WIDTHS[6] - 2);
const noneRow = (say: Say): OutCell[] => [{ value: null }, { value: say("sheet.checkup.none") }];
const severityCell = (say: Say, s: "error" | "warning"): OutCell => ({
  value: say(s === "error" ? "sheet.checkup.error" : "sheet.checkup.warning"),
  fill: s === "error" ? ERROR_FILL : WARNING_FILL,
});

/** 一、the count of each kind of finding (a template's two "not checked" without one), and unreadable cells. */
function countsSection(page: Page, check: DutiesCheck) {
  const { rows, say } = page;
  rows.push(sectionTitle(say, "sheet.checkup.summary", { ...check.counts }));
  pushHeader(page, [
    "sheet.checkup.no",
    "sheet.checkup.severity",
    "sheet.checkup.item",
    "sheet.checkup.count",
  ]);
  FINDING_KINDS.forEach((kind, k) => {
    const count = check.findings.filter((f) => f.kind === kind).length;
    const notChecked = !check.template && TEMPLATE_KINDS.includes(kind);
    const isError = FINDING_SEVERITY[kind] === "error";
    rows.push([
      { value: k + 1 },
      isError ? { value: say("sheet.checkup.error") } : { value: say("sheet.checkup.warning") },
      { value: say(`dutyKind.${kind}` as MessageKey) },
      notChecked
        ? { value: say("sheet.checkup.notChecked") }
        : {
            value: count,
            bold: count > 0,
            fill: count > 0 ? (isError ? ERROR_FILL : WARNING_FILL) : undefined,
          },
    ]);
  });
  rows.push([
    { value: FINDING_KINDS.length + 1 },
    { value: say("sheet.checkup.error") },
    { value: say("sheet.checkup.unreadableItem") },
    { value: check.unreadable.length, bold: check.unreadable.length > 0 },
  ]);
}

/** 二、every finding and unreadable cell with its cell, errors first. */
function findingsSection(page: Page, check: DutiesCheck) {
  const { rows, heights, say, locale } = page;
  const { errors, warnings } = tally(check.findings, check.unreadable.length);
  rows.push(sectionTitle(say, "sheet.checkup.findings", { errors, warnings }));
  pushHeader(page, [
    "sheet.checkup.no",
    "sheet.checkup.severity",
    "sheet.checkup.item",
    "sheet.checkup.process",
    "sheet.checkup.post",
    "sheet.checkup.cell",
    "sheet.checkup.message",
  ]);
  const ordered = [
    ...check.unreadable.map((issue) => ({
      kind: null,
      severity: "error" as const,
      cell: issue.cell,
      process: undefined,
      post: undefined,
      text: issueText({ ...issue, cell: undefined }, locale),
    })),
    ...check.findings.map((f) => ({ ...f, text: findingText({ ...f, cell: undefined }, locale) })),
  ].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  if (ordered.length === 0) rows.push(noneRow(say));
  ordered.forEach((f, k) => {
    const text = explained(f.text);
    rows.push([
      { value: k + 1 },
      severityCell(say, f.severity),
      {
        value: f.kind
          ? say(`dutyKind.${f.kind}` as MessageKey)
          : say("sheet.checkup.unreadableItem"),
        wrap: true,
      },
      { value: f.process ?? null },
      { value: f.post ?? null, wrap: true },
      { value: f.cell ?? null },
      { value: text, wrap: true },
    ]);
    heights[rows.length - 1] = wrappedHeight(text, WIDTHS[6] - 2);
  });
}

/** 三、the changes overdue, or due within five working days, soonest first. */
function changesSection(page: Page, check: DutiesCheck) {
  const { rows, heights, say } = page;
  const listed = check.changes.filter((c) => c.state === "overdue" || c.soon);
  rows.push(sectionTitle(say, "sheet.checkup.changes", { days: 5 }));
  pushHeader(page, [
    "sheet.checkup.no",
    "sheet.checkup.state",
    "sheet.checkup.subject",
    "sheet.checkup.changeId",
    "sheet.checkup.due",
    "sheet.checkup.cell",
    "sheet.checkup.message",
  ]);
  if (listed.length === 0) rows.push(noneRow(say));
  listed
    .sort((a, b) => a.due - b.due)
    .forEach((c, k) => {
      const text = explained(
        say("sheet.checkup.changeDetail", {
          type: c.type ?? "",
          occurred: c.occurred === undefined ? "" : isoDate(c.occurred),
          posts: c.posts,
        })
      );
      rows.push([
        { value: k + 1 },
        {
          value: c.state === "overdue" ? CHANGE_STATES.overdue : say("sheet.checkup.soon"),
          fill: c.state === "overdue" ? ERROR_FILL : WARNING_FILL,
        },
        { value: c.subject ?? null, wrap: true },
        { value: c.id },
        { value: { date: c.due }, format: "yyyy-mm-dd" },
        { value: c.cell },
        { value: text, wrap: true },
      ]);
      heights[rows.length - 1] = Math.max(
        wrappedHeight(text, WIDTHS[6] - 2),
        wrappedHeight(c.subject ?? "", WIDTHS[2] - 2)
      );
    });
}

/** 四、the descriptions not revised for 12 months (or never). */
function staleSection(page: Page, check: DutiesCheck) {
  const { rows, heights, say, locale } = page;
  const stale = check.findings.filter((f) => f.kind === "stale-description");
  rows.push(sectionTitle(say, "sheet.checkup.stale"));
  pushHeader(page, [
    "sheet.checkup.no",
    "sheet.checkup.severity",
    "sheet.checkup.post",
    "sheet.checkup.revised",
    null,
    "sheet.checkup.cell",
    "sheet.checkup.message",
  ]);
  if (stale.length === 0) rows.push(noneRow(say));
  stale.forEach((f, k) => {
    const text = explained(findingText({ ...f, cell: undefined }, locale));
    rows.push([
      { value: k + 1 },
      severityCell(say, "warning"),
      { value: f.post ?? null },
      { value: f.params.revised ? String(f.params.revised) : say("sheet.checkup.never") },
      { value: null },
      { value: f.cell ?? null },
      { value: text, wrap: true },
    ]);
    heights[rows.length - 1] = wrappedHeight(text, WIDTHS[6] - 2);
  });
}
