import { Caption1, Text } from "@fluentui/react-components";
import { isoDate } from "../../../core/calendar/official-calendar";
import { findingText, type Finding } from "../../../core/duties/duties";
import type { Locale, MessageKey } from "../../../core/i18n/messages";
import { issueText } from "../../pane-wording";
import type { PaneHost } from "../../../workbook/pane-host";
import { GroupedFindings } from "../../GroupedFindings";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import type { DutiesChecked } from "./duties-check-status";
import { useDutiesStyles } from "./duties-styles";

/** A finding or an unreadable cell, as one line of the list. */
type Line = { kind: string; severity: "error" | "warning"; cell?: string; text: string };

/** Findings by kind (errors first), each group labelled as the report's 检查项. */
function groupLines(result: DutiesChecked, locale: Locale) {
  const lines: Line[] = [
    ...result.unreadable.map((issue) => ({
      kind: "unreadable",
      severity: "error" as const,
      cell: issue.cell,
      text: issueText(issue, locale),
    })),
    ...result.findings.map((f: Finding) => ({
      kind: f.kind,
      severity: f.severity,
      cell: f.cell,
      text: findingText(f, locale),
    })),
  ];
  const groups = new Map<string, Line[]>();
  for (const line of lines) groups.set(line.kind, [...(groups.get(line.kind) ?? []), line]);
  return [...groups]
    .map(([kind, items]) => ({ kind, items, error: items.some((i) => i.severity === "error") }))
    .sort((a, b) => Number(b.error) - Number(a.error));
}

/** A check-up's outcome: the date and counts, then the findings by kind, each a click away from its cell. */
export function DutiesFindings({ result, host }: { result: DutiesChecked; host: PaneHost }) {
  const { t, locale } = useText();
  const styles = { ...usePaneStyles(), ...useDutiesStyles() };
  return (
    <section aria-label={t("ui.duties.findings")} className={styles.section}>
      <Caption1 className={styles.summary}>
        {isoDate(result.asOf)} ·{" "}
        {t("ui.duties.summary", {
          ...result.counts,
          errors: result.errors,
          warnings: result.warnings,
        })}
      </Caption1>
      {!result.template && <Text className={styles.note}>{t("ui.duties.noTemplate")}</Text>}
      <GroupedFindings
        groups={groupLines(result, locale).map((group) => ({
          key: group.kind,
          title:
            group.kind === "unreadable"
              ? t("sheet.checkup.unreadableItem")
              : t(`dutyKind.${group.kind}` as MessageKey),
          error: group.error,
          items: group.items,
        }))}
        selectCell={host.selectCell}
      />
    </section>
  );
}
