import { Button, Checkbox, Field, Select, Text } from "@fluentui/react-components";
import type { PaneHost } from "../../workbook/pane-host";
import type { Status } from "../use-task";
import { useText } from "../use-text";
import { CalibrationGroups } from "./calibrate/CalibrationGroups";
import { useCalibrateStyles } from "./calibrate/calibrate-styles";
import { useCalibrateRun } from "./calibrate/use-calibrate-run";

type Props = {
  host: PaneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

/**
 * 结果 → 校准 (calibration.md §1, head office): for a published ranking tab, its ranked rows grouped by a
 * column of the score data; each group's flag (偏松, 偏严, 正常, 人数不足), mean, gap to the rest and quota
 * excess, and — only on the user's click — 校准分析 (and, normalised, 排名 … 校准) written into the workbook.
 */
export function CalibrateTab({ host, run, busy }: Props) {
  const { t } = useText();
  const styles = useCalibrateStyles();
  const calibrate = useCalibrateRun({ host, run, busy });
  const { book, choices, result, asked } = calibrate;
  const columns = choices.columns.includes(calibrate.by)
    ? choices.columns
    : [calibrate.by, ...choices.columns];
  const latest = choices.periods[choices.periods.length - 1];
  const shown = result && result.rankingSheet && result.problems.length === 0 ? result : null;
  const moved = shown?.rows ? shown.rows.filter((row) => row.deltaRank !== 0).length : 0;

  return (
    <div>
      <div className={styles.form}>
        <Text className={styles.hint}>{t("ui.calibrate.hint")}</Text>
        <Field label={t("ui.calibrate.period")}>
          <Select
            value={calibrate.period}
            onChange={(_, data) => calibrate.setPeriod(data.value)}
            disabled={busy}
          >
            <option value="">
              {latest ? t("ui.calibrate.latestOf", { period: latest }) : t("ui.calibrate.latest")}
            </option>
            {choices.periods
              .slice()
              .reverse()
              .map((period) => (
                <option key={period} value={period}>
                  {period}
                </option>
              ))}
          </Select>
        </Field>
        <Field label={t("ui.calibrate.by")} hint={t("ui.calibrate.byHint")}>
          <Select
            value={calibrate.by}
            onChange={(_, data) => calibrate.setBy(data.value)}
            disabled={busy}
          >
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </Select>
        </Field>
        <Field hint={t("ui.calibrate.normalizeHint")}>
          <Checkbox
            checked={calibrate.normalize}
            onChange={(_, data) => calibrate.setNormalize(Boolean(data.checked))}
            label={t("ui.calibrate.normalize")}
            disabled={busy}
          />
        </Field>
        <Button appearance="primary" onClick={calibrate.analyse} disabled={busy || !book}>
          {t("ui.calibrate.run")}
        </Button>
      </div>
      {shown && (
        <>
          <CalibrationGroups groups={shown.groups} />
          {shown.rows && (
            <Text block className={styles.note}>
              {t("ui.calibrate.rows", { rows: shown.rows.length, moved })}
            </Text>
          )}
          <section className={styles.section} aria-label={t("ui.calibrate.writeHead")}>
            <Text block className={styles.note}>
              {t(asked?.normalize ? "ui.calibrate.writeBoth" : "ui.calibrate.writeOne")}
            </Text>
            <div className={styles.form}>
              <Button onClick={calibrate.write} disabled={busy || shown.sheets.length === 0}>
                {t("ui.calibrate.write")}
              </Button>
              {host.downloadResult && calibrate.written && (
                <Button
                  onClick={() =>
                    void host.downloadResult?.(`${shown.sheets[0]?.name ?? "校准"}.xlsx`)
                  }
                  disabled={busy}
                >
                  {t("ui.rank.download")}
                </Button>
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
