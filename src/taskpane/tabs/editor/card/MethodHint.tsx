import { Caption1 } from "@fluentui/react-components";
import type { ScoringMethod } from "../../../../core/template/schema";
import { useText } from "../../../use-text";
import { useEditorStyles } from "../editor-styles";

/** How the method scores, and for the efficacy coefficient which way its floor and satisfactory value run. */
export function MethodHint({
  method,
  scoring,
  fullScore,
}: {
  method: ScoringMethod;
  scoring: Record<string, unknown>;
  fullScore: number;
}) {
  const { t } = useText();
  const styles = useEditorStyles();
  const efficacyWay =
    method === "efficacy" &&
    typeof scoring.floor === "number" &&
    typeof scoring.satisfactory === "number" &&
    scoring.floor !== scoring.satisfactory
      ? t(scoring.satisfactory > scoring.floor ? "ui.editor.efficacyUp" : "ui.editor.efficacyDown")
      : undefined;
  return (
    <Caption1 className={styles.muted}>
      {t(`methodHint.${method}`, { full: fullScore })}
      {efficacyWay ? ` ${efficacyWay}` : ""}
    </Caption1>
  );
}
