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
import type { OutCell, SheetSpec } from "../../workbook/port";
import { printLayout, wrappedHeight } from "../shared/print-layout";

/** Findings that need the weight template: not checked without one. */
const TEMPLATE_KINDS: FindingKind[] = [
  "description-without-template-post",
  "template-post-without-description",
];
/** 序号, 严重程度/状态, 检查项/事项/岗位, 流程/编号, 岗位/到期日, 单元格, 说明. */
const WIDTHS = [6, 9, 24, 12, 14, 18, 56];
const ERROR_FILL = "F8CBAD";
const WARNING_FILL = "FFE699";

/** "岗位责任体检 2025Q4": the quarter of the check date. */
export function checkupSheetName(asOf: number, locale: Locale): string {
  const [year, month] = isoDate(asOf).split("-").map(Number);
  return formatMessage(locale, "sheet.checkup.name", {
    quarter: `${year}Q${Math.ceil(month / 3)}`,
  });
}

/**
 * The quarterly check-up (duties.md §4) as one printable tab: the counts per finding, every finding with its
 * cell, the changes overdue or due within five working days, and the descriptions not revised for 12 months.
 */
export function checkupSheetSpec(
  check: DutiesCheck,
  options: {
    name: string;
    source: string;
    generatedAt: string;
    locale: Locale;
    /** Said under the provenance when due dates were counted without a year's arrangement. */
    calendarNote?: string;
  }
): SheetSpec {
  const { locale } = options;
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const severity = (s: "error" | "warning"): OutCell => ({
    value: say(s === "error" ? "sheet.checkup.error" : "sheet.checkup.warning"),
    fill: s === "error" ? ERROR_FILL : WARNING_FILL,
  });
  const header = (keys: (MessageKey | null)[]): OutCell[] =>
    keys.map((key) => ({ value: key ? say(key) : null, bold: true, fill: "DDEBF7", wrap: true }));
  const section = (key: MessageKey, params: MessageParams = {}): OutCell[] => [
    { value: say(key, params), bold: true, size: 12 },
  ];
  const none: OutCell[] = [{ value: null }, { value: say("sheet.checkup.none") }];
  const rows: OutCell[][] = [];
  const heights: Record<number, number> = {};
  const merges: string[] = [];

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
  merges.push("A1:G1", "A2:G2");
  heights[1] = options.calendarNote ? 45 : 30;
  rows.push([]);

  // 一、counts per finding
  const { errors, warnings } = tally(check.findings, check.unreadable.length);
  rows.push(section("sheet.checkup.summary", { ...check.counts }));
  rows.push(
    header([
      "sheet.checkup.no",
      "sheet.checkup.severity",
      "sheet.checkup.item",
      "sheet.checkup.count",
    ])
  );
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
  rows.push([]);

  // 二、every finding with its cell
  rows.push(section("sheet.checkup.findings", { errors, warnings }));
  rows.push(
    header([
      "sheet.checkup.no",
      "sheet.checkup.severity",
      "sheet.checkup.item",
      "sheet.checkup.process",
      "sheet.checkup.post",
      "sheet.checkup.cell",
      "sheet.checkup.message",
    ])
  );
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
  if (ordered.length === 0) rows.push(none);
  ordered.forEach((f, k) => {
    const text = f.text;
    rows.push([
      { value: k + 1 },
      severity(f.severity),
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
  rows.push([]);

  // 三、changes overdue or due soon
  const listed = check.changes.filter((c) => c.state === "overdue" || c.soon);
  rows.push(section("sheet.checkup.changes", { days: 5 }));
  rows.push(
    header([
      "sheet.checkup.no",
      "sheet.checkup.state",
      "sheet.checkup.subject",
      "sheet.checkup.changeId",
      "sheet.checkup.due",
      "sheet.checkup.cell",
      "sheet.checkup.message",
    ])
  );
  if (listed.length === 0) rows.push(none);
  listed
    .sort((a, b) => a.due - b.due)
    .forEach((c, k) => {
      const text = say("sheet.checkup.changeDetail", {
        type: c.type ?? "",
        occurred: c.occurred === undefined ? "" : isoDate(c.occurred),
        posts: c.posts.join("、"),
      });
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
  rows.push([]);

  // 四、stale descriptions
  const stale = check.findings.filter((f) => f.kind === "stale-description");
  rows.push(section("sheet.checkup.stale"));
  rows.push(
    header([
      "sheet.checkup.no",
      "sheet.checkup.severity",
      "sheet.checkup.post",
      "sheet.checkup.revised",
      null,
      "sheet.checkup.cell",
      "sheet.checkup.message",
    ])
  );
  if (stale.length === 0) rows.push(none);
  stale.forEach((f, k) =>
    rows.push([
      { value: k + 1 },
      severity("warning"),
      { value: f.post ?? null },
      { value: f.params.revised ? String(f.params.revised) : say("sheet.checkup.never") },
      { value: null },
      { value: f.cell ?? null },
      { value: findingText({ ...f, cell: undefined }, locale), wrap: true },
    ])
  );

  return {
    name: options.name,
    rows,
    columns: WIDTHS.map((width, c) => ({ width, format: c === 4 ? "General" : undefined })),
    rowHeights: { 0: 24, ...heights },
    merges,
    print: printLayout(WIDTHS, { repeatRows: "1:1", header: say("sheet.confidential") }),
    protect: true,
    activate: true,
    provenance: {
      kind: "checkup",
      templateId: template?.id,
      templateVersion: template?.version,
      templateFingerprint: check.template?.fingerprint,
      source: options.source,
      period: options.name,
      generatedAt: options.generatedAt,
    },
  };
}
