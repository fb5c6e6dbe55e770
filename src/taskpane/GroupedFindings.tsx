import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { OptionText } from "./OptionText";
import { useText } from "./use-text";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

export type FindingGroup = {
  key: string;
  title: string;
  /** Red when the group holds an error, yellow when only warnings. */
  error: boolean;
  items: { cell?: string; text: string }[];
};

/**
 * Problems grouped by kind, each group open with its count; a problem with a cell is a link that selects
 * it (where the host can). Validation and the duties check show their findings alike.
 */
export function GroupedFindings({
  groups,
  selectCell,
}: {
  groups: FindingGroup[];
  selectCell?: (cell: string) => Promise<void>;
}) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.key)}>
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key}>
          <AccordionHeader>
            {group.title}&nbsp;
            <Badge appearance="filled" color={group.error ? "danger" : "warning"}>
              {group.items.length}
            </Badge>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.items.map((item, i) => (
                <li key={i}>
                  {item.cell && selectCell ? (
                    <Link
                      as="button"
                      onClick={() => void selectCell(item.cell as string)}
                      aria-label={`${t("ui.validate.select", { cell: item.cell })}: ${item.text}`}
                    >
                      <OptionText text={item.text} />
                    </Link>
                  ) : (
                    <OptionText text={item.text} />
                  )}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
