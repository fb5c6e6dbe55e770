import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useText } from "./use-text";

type Failure = "load" | "render";
type Props = {
  children: ReactNode;
  /** Another value (another part opened) clears a failure shown. */
  resetKey: string;
  /** Loads the code again before the children are drawn again (a lazy part keeps its failed load). */
  onRetry: () => void;
};

/**
 * Never a blank pane: a part whose code did not arrive (the network dropped, in Excel on the web) or that
 * failed while it was drawn is replaced by a message that says so and a 重试 button. The tabs, the file bar
 * and the workbook stay as they are; without this, React would take the whole pane down with the part.
 */
export class PartBoundary extends Component<Props, { failure: Failure | null }> {
  override state: { failure: Failure | null } = { failure: null };

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    return { failure: isLoadFailure(error) ? "load" : "render" };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The user reads the message; whoever supports the pane finds the cause in the console.
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failure)
      this.setState({ failure: null });
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return (
      <PartFailed
        failure={failure}
        onRetry={() => {
          this.props.onRetry();
          this.setState({ failure: null });
        }}
      />
    );
  }
}

/** webpack's failed chunk (ChunkLoadError, "Loading chunk … failed"), or a browser's failed module import. */
function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === "ChunkLoadError" ||
    /loading (css )?chunk|dynamically imported module/i.test(error.message)
  );
}

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
});

function PartFailed({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <Text>{t(failure === "load" ? "ui.part.loadFailed" : "ui.part.failed")}</Text>
      <Button appearance="primary" onClick={onRetry}>
        {t("ui.part.retry")}
      </Button>
    </div>
  );
}
