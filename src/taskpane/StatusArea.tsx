import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { OptionText } from "./OptionText";
import type { Status } from "./use-task";
import { useText } from "./use-text";

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Progress while a task runs; its outcome afterwards, in a MessageBar that says what to do. */
export function StatusArea({ status }: { status: Status }) {
  const { t } = useText();
  const styles = useStyles();
  if (status.kind === "idle") return null;
  if (status.kind === "busy") {
    return (
      <div className={styles.root} role="status" aria-live="polite">
        <ProgressBar aria-label={t(status.key, status.params)} />
        <span>{t(status.key, status.params)}</span>
      </div>
    );
  }
  return (
    <div
      className={styles.root}
      role={status.kind === "error" ? "alert" : "status"}
      aria-live="polite"
    >
      {/* Always multiline: "auto" first lays a long message out on one line and measures it, which in a
          320 px pane briefly runs past the edge. */}
      <MessageBar intent={status.kind} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            <OptionText text={t(status.key, status.params)} />
          </MessageBarTitle>
          {status.details && status.details.length > 0 && (
            <ul className={styles.details}>
              {status.details.map((line, i) => (
                <li key={i}>
                  <OptionText text={line} />
                </li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
