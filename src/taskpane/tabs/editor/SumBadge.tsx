import { Badge } from "@fluentui/react-components";
import { roundTo15Significant } from "../../../core/util/excel-round";
import { useEditorStyles } from "./editor-styles";

/** The weights' sum to 15 significant digits, as Excel shows it (0.1 + 0.2 is 0.3, not 0.30000000000000004). */
export const sumOf = (items: { weight?: unknown }[]) =>
  roundTo15Significant(items.reduce((sum, item) => sum + (Number(item.weight) || 0), 0));
const isHundred = (sum: number) => Math.abs(sum - 100) <= 1e-9;

/** A weight sum: green when it is 100, red otherwise. */
export function SumBadge({ sum, text }: { sum: number; text: string }) {
  const styles = useEditorStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={isHundred(sum) ? "success" : "danger"}>
      {text}
    </Badge>
  );
}
