import { Text } from "@fluentui/react-components";
import { useText } from "./use-text";

/** What a part shows for the moment its code takes to arrive (it loads after the pane's first paint). */
export function PartLoading() {
  const { t } = useText();
  return (
    <Text role="status" size={200}>
      {t("ui.part.loading")}
    </Text>
  );
}
