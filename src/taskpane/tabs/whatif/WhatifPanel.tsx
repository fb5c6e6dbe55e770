import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import type { PaneHost } from "../../../workbook/pane-host";
import { FilePicker } from "../../FilePicker";
import type { Status } from "../../use-task";
import { useText } from "../../use-text";
import { WhatifReport } from "./WhatifReport";
import { useWhatifRun, type ProposedSource } from "./use-whatif-run";
import { useWhatifStyles } from "./whatif-styles";

type Props = {
  host: PaneHost;
  /** The template being edited, when it has no problems. */
  editor: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

const nameOf = (loaded: LoadedTemplate) => ({
  name: loaded.template.name,
  version: loaded.template.version,
});

/**
 * 模板 → 方案比较 (calibration.md §2, HR): the workbook's 权重模板 (A) against a proposed template (B) — the
 * one being edited, or a .json file — on the same score data: who moves, the largest moves and the grade
 * transitions; 方案比较 is written only on the user's click.
 */
export function WhatifPanel({ host, editor, run, busy }: Props) {
  const { t } = useText();
  const styles = useWhatifStyles();
  const whatif = useWhatifRun({ host, editor, run });
  const { book, picked, result } = whatif;
  const comparison = result?.comparison ?? null;

  return (
    <div>
      <div className={styles.form}>
        <Text className={styles.hint}>{t("ui.whatif.hint")}</Text>
        <Field label={t("ui.whatif.proposed")}>
          <RadioGroup
            value={whatif.source}
            onChange={(_, data) => whatif.setSource(data.value as ProposedSource)}
            disabled={busy}
          >
            <Radio
              value="editor"
              disabled={!editor}
              label={
                <>
                  {t("ui.whatif.fromEditor")}
                  <Text block size={200} className={styles.hint}>
                    {editor ? t("ui.whatif.editorName", nameOf(editor)) : t("ui.whatif.noEditor")}
                  </Text>
                </>
              }
            />
            <Radio
              value="file"
              label={
                <>
                  {t("ui.whatif.fromFile")}
                  <Text block size={200} className={styles.hint}>
                    {picked
                      ? t("ui.whatif.picked", { file: picked.file, ...nameOf(picked.loaded) })
                      : t("ui.whatif.noFile")}
                  </Text>
                </>
              }
            />
          </RadioGroup>
        </Field>
        <div>
          <FilePicker
            label={t("ui.whatif.pick")}
            accept=".json"
            disabled={busy}
            onFiles={(files) => void whatif.pick(files[0])}
          />
        </div>
        <Button
          appearance="primary"
          onClick={whatif.compare}
          disabled={busy || !book || !whatif.proposed}
        >
          {t("ui.whatif.run")}
        </Button>
      </div>
      {comparison && (
        <>
          <WhatifReport comparison={comparison} />
          <section className={styles.section} aria-label={t("ui.whatif.write")}>
            <Text block className={styles.note}>
              {t("ui.whatif.writeHint")}
            </Text>
            <div className={styles.form}>
              <Button onClick={whatif.write} disabled={busy}>
                {t("ui.whatif.write")}
              </Button>
              {host.downloadResult && whatif.written && (
                <Button onClick={() => void host.downloadResult?.("方案比较.xlsx")} disabled={busy}>
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
