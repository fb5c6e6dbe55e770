import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AssessReport } from "../../core/assess/assess";
import { joinSentences } from "../../core/i18n/messages";
import { RANK_METHODS, type RankMethod } from "../../core/ranking/rank";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { countErrors, issueText, reasonsFor } from "../../jobs/shared/issue";
import { rankJob, type RankJobResult } from "../../jobs/assessment/rank-job";
import { vetoText } from "../../jobs/assessment/ranking-sheet";
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
  section: { marginTop: tokens.spacingVerticalM },
  number: { textAlign: "right" },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
  },
});

type Props = {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

const METHOD_LABEL = {
  dense: "ui.rank.dense",
  competition: "ui.rank.competition",
  average: "ui.rank.average",
} as const;

/** Head office's tab: choose period and method, write the ranking tab, see the grades and the top and bottom five. */
export function RankTab({ host, template, run, busy }: Props) {
  const { t, locale } = useText();
  const styles = useStyles();
  const [period, setPeriod] = useState(template?.template.period ?? "");
  const [method, setMethod] = useState<RankMethod>("dense");
  const [live, setLive] = useState(false);
  const [report, setReport] = useState<AssessReport | null>(null);
  const [grades, setGrades] = useState<LoadedTemplate["template"]["grades"]>([]);
  const [posts, setPosts] = useState<LoadedTemplate["template"]["posts"]>([]);
  const [issues, setIssues] = useState<RankJobResult["issues"]>([]);
  const book = host.workbook();

  const rank = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      const result = await rankJob(book, {
        period: period.trim() || undefined,
        method,
        live,
        source: host.sourceName(),
        locale,
      });
      if (!result.assessed || !result.rankingSheet) {
        const errors = countErrors(result.issues);
        return {
          kind: "error",
          key: "ui.validate.summary",
          params: { rows: result.records.length, errors, warnings: result.issues.length - errors },
          details: result.issues
            .filter((issue) => issue.severity === "error")
            .map((issue) => issueText(issue, locale)),
        };
      }
      setReport(result.assessed);
      setGrades(result.template?.template.grades ?? []);
      setPosts(result.template?.template.posts ?? []);
      setIssues(result.issues);
      if (host.addCharts) {
        const byBranch = new Map<string, number[]>();
        for (const row of result.assessed.ranked) {
          const branch = row.branch ?? "—";
          byBranch.set(branch, [...(byBranch.get(branch) ?? []), row.composite as number]);
        }
        await host.addCharts({
          sheet: result.rankingSheet,
          grades: result.assessed.gradeCounts,
          branches: [...byBranch].map(([branch, values]) => ({
            branch,
            mean: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
          })),
        });
      }
      return {
        kind: result.assessed.unranked.length > 0 ? "warning" : "success",
        key: "ui.rank.done",
        params: {
          sheet: result.rankingSheet,
          ranked: result.assessed.ranked.length,
          unranked: result.assessed.unranked.length,
        },
      };
    });

  const list = (rows: AssessReport["ranked"]) => (
    <Table size="extra-small">
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.rank?.overall}</TableCell>
            <TableCell>{row.name ?? row.id}</TableCell>
            <TableCell>{row.post?.name}</TableCell>
            <TableCell className={styles.number}>
              {(row.composite as number).toFixed(2)}
              {row.veto && (
                <div className={styles.note}>
                  {t("ui.rank.vetoed", {
                    reason: vetoText(
                      row,
                      posts.find((p) => p.id === row.post?.id)
                    ),
                  })}
                </div>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  return (
    <div>
      <div className={styles.form}>
        <Field label={t("ui.rank.period")}>
          <Input
            value={period}
            onChange={(_, data) => setPeriod(data.value)}
            placeholder={template?.template.period ?? t("ui.rank.periodDefault")}
          />
        </Field>
        <Field label={t("ui.rank.method")}>
          <Dropdown
            value={t(METHOD_LABEL[method])}
            selectedOptions={[method]}
            onOptionSelect={(_, data) => setMethod(data.optionValue as RankMethod)}
          >
            {RANK_METHODS.map((m) => (
              <Option key={m} value={m}>
                {t(METHOD_LABEL[m])}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch
          label={t("ui.rank.live")}
          checked={live}
          onChange={(_, data) => setLive(data.checked)}
        />
        <Button appearance="primary" onClick={rank} disabled={busy || !book}>
          {t("ui.rank.run")}
        </Button>
        {host.downloadResult && report && (
          <Button
            onClick={() => void host.downloadResult?.(`排名-${period || "结果"}.xlsx`)}
            disabled={busy}
          >
            {t("ui.rank.download")}
          </Button>
        )}
      </div>
      {report && (
        <>
          <section className={styles.section} aria-label={t("ui.rank.grades")}>
            <Subtitle2 as="h3">{t("ui.rank.grades")}</Subtitle2>
            <Table size="extra-small">
              <TableBody>
                {report.gradeCounts.map((g) => (
                  <TableRow key={g.label}>
                    <TableCell>
                      {locale === "en-US"
                        ? (grades.find((band) => band.label === g.label)?.labelEn ?? g.label)
                        : g.label}
                    </TableCell>
                    <TableCell className={styles.number}>{g.count}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <section className={styles.section} aria-label={t("ui.rank.top")}>
            <Subtitle2 as="h3">{t("ui.rank.top")}</Subtitle2>
            {list(report.ranked.slice(0, 5))}
          </section>
          <section className={styles.section} aria-label={t("ui.rank.bottom")}>
            <Subtitle2 as="h3">{t("ui.rank.bottom")}</Subtitle2>
            {list(report.ranked.slice(-5))}
          </section>
          {report.unranked.length > 0 && (
            <section className={styles.section} aria-label={t("ui.rank.unranked")}>
              <Subtitle2 as="h3">
                {t("ui.rank.unranked")} ({report.unranked.length})
              </Subtitle2>
              <Table size="extra-small">
                <TableBody>
                  {report.unranked.map((row) => (
                    <TableRow key={`${row.id}-${row.source?.row}`}>
                      <TableCell>{row.name ?? row.id}</TableCell>
                      <TableCell>
                        <div className={styles.note}>
                          {joinSentences(
                            reasonsFor(row, issues).map((issue) => issueText(issue, locale)),
                            locale
                          )}
                        </div>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          )}
        </>
      )}
    </div>
  );
}
