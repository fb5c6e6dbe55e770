import {
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describePath, parseTemplate } from "../core/template/parse-template";
import { formatMessage } from "../core/i18n/messages";
import sampleTemplate from "../../assets/samples/ops-2025.template.json";
import { TemplateOverview } from "./components/TemplateOverview";
import { useText } from "./use-text";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, maxWidth: "450px", boxSizing: "border-box" },
  tabs: { marginBottom: tokens.spacingVerticalM },
});

// Parsed once: the bundled sample is validated by the same rules as any template HR writes.
const sample = parseTemplate(sampleTemplate);

export function App() {
  const { t, locale } = useText();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{t("ui.title")}</Title3>
      <TabList className={styles.tabs} selectedValue="templates" aria-label={t("ui.title")}>
        <Tab value="templates">{t("ui.tab.templates")}</Tab>
      </TabList>
      {sample.ok ? (
        <TemplateOverview loaded={sample.value} />
      ) : (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("ui.error.template", { count: sample.error.length })}
            <ul>
              {sample.error.map((problem, i) => (
                <li key={i}>
                  {formatMessage(locale, problem.key, {
                    where: describePath(sampleTemplate, problem.path),
                    ...problem.params,
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
