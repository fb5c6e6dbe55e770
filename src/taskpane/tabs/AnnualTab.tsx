import {
  Button,
  Field,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatMessage } from "../../core/i18n/messages";
import type { AnnualJobResult } from "../../jobs/cycle/annual-job";
import { annualInWorkbook } from "../../jobs/cycle/annual-job";
import { issueText } from "../pane-wording";
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
  number: { textAlign: "right" },
});

type Props = {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/** 结果 → 年度: the annual ranking from the workbook's own quarterly ranking tabs (cycle.md §2). */
export function AnnualTab({ host, run, busy }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [year, setYear] = useState("");
  const [result, setResult] = useState<AnnualJobResult | null>(null);
  const book = host.workbook();
  const yearText = year.trim();
  const badYear = yearText !== "" && !/^\d{4}$/.test(yearText);

  const make = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const done = await annualInWorkbook(book, {
        year: yearText ? Number(yearText) : undefined,
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      if (!done.sheet || !done.annual)
        return {
          kind: "error",
          key: "ui.annual.failed",
          details: done.problems.map((issue) => issueText(issue, locale)),
        };
      return {
        kind: done.annual.short.length > 0 ? "warning" : "success",
        key: "ui.annual.done",
        params: {
          sheet: done.sheet.name,
          ranked: done.annual.ranked.length,
          short: done.annual.short.length,
        },
      };
    });

  return (
    <div>
      <div className={styles.form}>
        <Text className={styles.hint}>{t("ui.annual.hint")}</Text>
        <Field
          label={t("ui.annual.year")}
          validationState={badYear ? "error" : "none"}
          validationMessage={badYear ? t("ui.annual.badYear") : undefined}
        >
          <Input
            value={year}
            inputMode="numeric"
            onChange={(_, data) => setYear(data.value)}
            placeholder={t("ui.annual.yearDefault")}
          />
        </Field>
        <Button appearance="primary" onClick={make} disabled={busy || !book || badYear}>
          {t("ui.annual.run")}
        </Button>
        {host.downloadResult && result?.sheet && (
          <Button
            onClick={() => void host.downloadResult?.(`年度排名-${result.year ?? ""}.xlsx`)}
            disabled={busy}
          >
            {t("ui.rank.download")}
          </Button>
        )}
      </div>
      {result?.annual && result.annual.short.length > 0 && (
        <section className={styles.section} aria-label={t("ui.annual.short")}>
          <Subtitle2 as="h3">
            {t("ui.annual.short")} ({result.annual.short.length})
          </Subtitle2>
          <Table size="extra-small">
            <TableBody>
              {result.annual.short.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{row.name ?? row.id}</TableCell>
                  <TableCell>
                    {formatMessage(locale, "cycle.short", {
                      count: row.quarters,
                      needed: row.needed,
                    })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
