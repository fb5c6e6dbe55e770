import {
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import type { TemplateDraft } from "../../template-source";
import { useText } from "../../use-text";

const useStyles = makeStyles({
  meta: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    marginTop: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  problems: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  nowrap: { whiteSpace: "nowrap" },
});

/** The draft's check: its problems listed, or, when it has none, its version, fingerprint, full score and precision. */
export function TemplateCheckSummary({
  draft,
  problems,
  loaded,
}: {
  draft: TemplateDraft;
  problems: string[];
  loaded: LoadedTemplate | null;
}) {
  const { t } = useText();
  const styles = useStyles();
  if (problems.length > 0)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t("ui.template.problems", { count: problems.length })}
          <ul className={styles.problems}>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <Caption1 className={styles.meta}>
      {t("ui.template.meta", {
        version: draft.version,
        fingerprint: loaded?.fingerprint.slice(0, 8) ?? "",
        fullScore: loaded?.template.fullScore ?? "",
        precision: loaded?.template.precision ?? "",
      })
        .split(" · ")
        // Each part on one line ("保留 2 位小数" never split), the line broken between them.
        .map((part, k) => (
          <Fragment key={k}>
            {k > 0 && " · "}
            <span className={styles.nowrap}>{part}</span>
          </Fragment>
        ))}
    </Caption1>
  );
}
