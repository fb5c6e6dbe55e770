import { Button, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { cellRef } from "../../core/util/cell-ref";
import { issueText } from "../pane-wording";
import { differenceText, verifyInWorkbook, type VerifyResult } from "../../jobs/appeals/verify-job";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

type Props = {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/**
 * 结果 → 核验 (cycle.md §6.2): every ranking tab of the open workbook recomputed from its own 权重模板 and score
 * data; each difference is a click away from its cell.
 */
export function VerifyTab({ host, run, busy }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [result, setResult] = useState<VerifyResult | null>(null);
  const book = host.workbook();

  const verify = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const done = await verifyInWorkbook(book, { locale });
      setResult(done);
      const rows = done.tabs.reduce((sum, tab) => sum + tab.rows, 0);
      if (done.problems.length > 0)
        return {
          kind: "error",
          key: "ui.verify.failed",
          details: done.problems.map((issue) => issueText(issue, locale)),
        };
      return done.reproduced
        ? { kind: "success", key: "cli.verified", params: { tabs: done.tabs.length, rows } }
        : {
            kind: "warning",
            key: "cli.verifyDifferences",
            params: { tabs: done.tabs.length, rows, count: done.differences.length },
          };
    });

  return (
    <div>
      <div className={styles.form}>
        <Text className={styles.hint}>{t("ui.verify.hint")}</Text>
        <Button appearance="primary" onClick={verify} disabled={busy || !book}>
          {t("ui.verify.run")}
        </Button>
      </div>
      {result && result.tabs.length > 0 && (
        <section className={styles.section} aria-label={t("ui.verify.tabs")}>
          <Subtitle2 as="h3">{t("ui.verify.tabs")}</Subtitle2>
          <ul className={styles.list}>
            {result.tabs.map((tab) => (
              <li key={tab.sheet}>
                {t("ui.verify.tab", {
                  sheet: tab.sheet,
                  rows: tab.rows,
                  count: result.differences.filter((d) => d.sheet === tab.sheet).length,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result && result.differences.length > 0 && (
        <section className={styles.section} aria-label={t("ui.verify.differences")}>
          <Subtitle2 as="h3">
            {t("ui.verify.differences")} ({result.differences.length})
          </Subtitle2>
          <ul className={styles.list}>
            {result.differences.map((difference, i) => {
              const text = differenceText(difference, locale);
              return (
                <li key={i}>
                  {difference.cell && host.selectCell ? (
                    <Link
                      as="button"
                      onClick={() =>
                        void host.selectCell?.(cellRef(difference.sheet, difference.cell))
                      }
                    >
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
