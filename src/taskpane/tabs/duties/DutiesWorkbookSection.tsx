import { Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { MessageKey } from "../../../core/i18n/messages";
import { usePaneStyles } from "../../pane-styles";
import { useText } from "../../use-text";
import { useDutiesStyles } from "./duties-styles";

/** The generate section: what the 岗责 workbook holds (its three sheets), and the button that makes it. */
export function DutiesWorkbookSection({
  onGenerate,
  busy,
}: {
  onGenerate: () => void;
  busy: boolean;
}) {
  const { t } = useText();
  const styles = { ...usePaneStyles(), ...useDutiesStyles() };
  return (
    <section className={styles.form} aria-label={t("ui.duties.workbook")}>
      <Subtitle2 as="h3">{t("ui.duties.workbook")}</Subtitle2>
      <Text className={styles.hint}>{t("ui.duties.generateHint")}</Text>
      <ul className={styles.sheets}>
        {(["descriptions", "matrix", "changes"] as const).map((key) => (
          <li key={key}>
            <Caption1>{t(`ui.duties.sheet.${key}` as MessageKey)}</Caption1>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button onClick={onGenerate} disabled={busy}>
          {t("ui.duties.generate")}
        </Button>
      </div>
    </section>
  );
}
