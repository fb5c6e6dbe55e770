import { Badge, Subtitle2, Text, mergeClasses, type BadgeProps } from "@fluentui/react-components";
import type { GroupFlag, GroupStats } from "../../../core/calibration/calibrate";
import type { MessageKey } from "../../../core/i18n/messages";
import { groupName } from "../../../jobs/calibration/grouping";
import { useText } from "../../use-text";
import { useCalibrateStyles } from "./calibrate-styles";

/** Each flag's words and colour: the colour only repeats the words (printed or colour-blind, the text says it). */
const FLAGS: Record<GroupFlag, { key: MessageKey; color: BadgeProps["color"]; filled: boolean }> = {
  lenient: { key: "ui.calibrate.flag.lenient", color: "severe", filled: true },
  harsh: { key: "ui.calibrate.flag.harsh", color: "brand", filled: true },
  normal: { key: "ui.calibrate.flag.normal", color: "success", filled: false },
  "too-small": { key: "ui.calibrate.flag.tooSmall", color: "informative", filled: false },
};

/** Scores as the sheets show them (0.00); a gap with its sign. */
const score = (value: number) => (Math.round(value * 100) / 100 + 0).toFixed(2);
const signed = (value: number) => (value > 0 ? `+${score(value)}` : score(value));

/** The groups, most lenient first: each one's flag, size, mean, the rest's mean and the gap, and its quota excess. */
export function CalibrationGroups({ groups }: { groups: readonly GroupStats[] }) {
  const { t } = useText();
  const styles = useCalibrateStyles();
  return (
    <section className={styles.section} aria-label={t("ui.calibrate.groups")}>
      <Subtitle2 as="h3">{t("ui.calibrate.groups")}</Subtitle2>
      <ul className={styles.list}>
        {groups.map((group) => {
          const flag = FLAGS[group.flag];
          const flagged = group.flag === "lenient" || group.flag === "harsh";
          const excess = Object.entries(group.excess);
          return (
            <li key={group.group} className={mergeClasses(styles.group, flagged && styles.flagged)}>
              <div className={styles.head}>
                <Text className={styles.name}>{groupName(t, group.group)}</Text>
                <Badge appearance={flag.filled ? "filled" : "outline"} color={flag.color}>
                  {t(flag.key)}
                </Badge>
              </div>
              <Text size={200} className={styles.line}>
                {group.rest === null || group.gap === null
                  ? t("ui.calibrate.alone", { n: group.n, mean: score(group.mean) })
                  : t("ui.calibrate.line", {
                      n: group.n,
                      mean: score(group.mean),
                      rest: score(group.rest),
                      gap: signed(group.gap),
                    })}
              </Text>
              {excess.map(([grade, count]) => (
                <Text key={grade} size={200} className={styles.excess}>
                  {t("ui.calibrate.excess", { grade, count })}
                </Text>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
