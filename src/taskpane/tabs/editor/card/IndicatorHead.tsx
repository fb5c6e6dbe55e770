import { Badge, Body1Strong, Caption1 } from "@fluentui/react-components";
import { useText } from "../../../use-text";
import { useEditorStyles } from "../editor-styles";
import type { DraftIndicator } from "../scoring-fields";
import { UNIT_KEY, useIndicatorUnit } from "./use-indicator-unit";

/** The card's head: the indicator's name (the card's label), its bonus and veto badges, and its unit. */
export function IndicatorHead({
  indicator,
  titleId,
}: {
  indicator: DraftIndicator;
  /** The name's id, which labels the card. */
  titleId: string;
}) {
  const { t, locale } = useText();
  const styles = useEditorStyles();
  const { unit } = useIndicatorUnit(indicator);
  const label =
    locale === "en-US" ? (indicator.nameEn ?? indicator.name) : (indicator.name ?? indicator.id);
  const veto = indicator.veto;
  return (
    <>
      <div className={styles.head}>
        <Body1Strong id={titleId} className={styles.name}>
          {label}
        </Body1Strong>
        {(indicator.bonus || veto) && (
          <span className={styles.badges}>
            {indicator.bonus && (
              <Badge className={styles.badge} appearance="tint" color="success">
                {t("ui.editor.bonusBadge")}
              </Badge>
            )}
            {veto && (
              <Badge className={styles.badge} appearance="tint" color="danger">
                {t("ui.editor.vetoBadge")}
              </Badge>
            )}
          </span>
        )}
      </div>
      {unit && (
        <Caption1 className={styles.muted}>
          {unit === "%"
            ? t("ui.editor.percentUnit")
            : t("ui.editor.unit", { unit: t(UNIT_KEY[unit]) })}
        </Caption1>
      )}
    </>
  );
}
