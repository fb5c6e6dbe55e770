import {
  Button,
  Caption1,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { FilePicker } from "../FilePicker";
import { usePaneStyles } from "../pane-styles";
import { formatMessage } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import {
  collect,
  writeCollected,
  type CollectResult,
  type FileStatus,
} from "../../jobs/collect-job";
import { issueText } from "../../jobs/issue";
import { parseRoster } from "../../jobs/roster";
import type { PaneHost } from "../host/pane-host";
import { loadXlsx } from "../host/lazy-xlsx";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({ wrap: { wordBreak: "break-all" } });

type PickedFile = { name: string; arrayBuffer(): Promise<ArrayBuffer>; text?(): Promise<string> };
type Props = {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

const STATE_ZH: Record<FileStatus["state"], [string, string]> = {
  accepted: ["已接收", "accepted"],
  partial: ["部分接收", "partly accepted"],
  wrongTemplate: ["模板不符", "wrong template"],
  unreadable: ["无法读取", "unreadable"],
  duplicate: ["重复提交", "duplicate"],
  refused: ["已拒收", "refused"],
};
const BRANCH_STATE: Record<string, [string, string]> = {
  accepted: ["已接收", "accepted"],
  attention: ["需处理", "needs attention"],
  missing: ["未提交", "sent nothing"],
  notOnRoster: ["不在名单中", "not on the roster"],
};

/** Head office's fourth tab: many branch files in, each file's state as it is read, then — on confirmation — the sheets. */
export function CollectTab({ host, template, run, busy }: Props) {
  const { t, locale } = useText();
  const styles = { ...usePaneStyles(), ...useStyles() };
  const cancel = useRef({ aborted: false });
  const [roster, setRoster] = useState<string[] | undefined>(undefined);
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
    files: FileStatus[];
  } | null>(null);
  const [result, setResult] = useState<CollectResult | null>(null);
  const pick = (i: 0 | 1) => (locale === "en-US" ? i : 0);

  const start = (files: PickedFile[]) =>
    run(async (): Promise<Status> => {
      cancel.current = { aborted: false };
      setResult(null);
      setProgress({ done: 0, total: files.length, files: [] });
      const Xlsx = await loadXlsx();
      const collected = await collect(
        files.map((file) => ({
          name: file.name,
          read: async () => new Uint8Array(await file.arrayBuffer()),
        })),
        {
          template: template ?? undefined,
          roster,
          open: (bytes) => Xlsx.fromBuffer(bytes),
          signal: cancel.current,
          onProgress: (done, total, status) =>
            setProgress((p) => ({
              done,
              total,
              files: status ? [...(p?.files ?? []), status] : (p?.files ?? []),
            })),
        }
      );
      if (collected.cancelled)
        return {
          kind: "warning",
          key: "collect.cancelled",
          params: { done: collected.files.length, total: files.length },
        };
      setResult(collected);
      if (!collected.template) return { kind: "error", key: "ui.collect.noTemplate" };
      const attention = collected.files.filter((f) => f.state !== "accepted").length;
      return {
        kind: attention || collected.crossBranch.length ? "warning" : "success",
        key: "collect.summary",
        params: {
          files: collected.files.length,
          accepted: collected.files.length - attention,
          attention,
          rows: collected.rows.length,
        },
        details: [
          ...(collected.templateNote ? [issueText(collected.templateNote, locale)] : []),
          ...collected.crossBranch.map((issue) => issueText(issue, locale)),
        ],
      };
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!result?.template) return;
      const collected = { ...result, template: result.template };
      const source = `${result.files.length} 个提交文件`;
      const book = host.workbook();
      if (book) {
        const { rankingSheet } = await writeCollected(book, collected, {
          source,
          newWorkbook: false,
        });
        return {
          kind: "success",
          key: "ui.collect.written",
          params: { sheet: rankingSheet ?? "" },
        };
      }
      const Xlsx = await loadXlsx();
      const out = Xlsx.empty();
      const { rankingSheet, period } = await writeCollected(out, collected, {
        source,
        newWorkbook: true,
      });
      await host.deliverWorkbook(await out.toBuffer(), `汇总-${period || "结果"}.xlsx`);
      return { kind: "success", key: "ui.collect.written", params: { sheet: rankingSheet ?? "" } };
    });

  return (
    <div>
      <div className={styles.row}>
        <FilePicker
          label={t("ui.collect.pick")}
          accept=".xlsx"
          multiple
          primary
          disabled={busy}
          onFiles={(files) => void start(files)}
        />
        <FilePicker
          label={t("ui.collect.roster")}
          accept=".csv,.txt"
          disabled={busy}
          onFiles={async (files) => setRoster(parseRoster(await files[0].text()))}
        />
        {busy && progress && (
          <Button
            onClick={() => (cancel.current.aborted = true)}
            aria-label={t("ui.collect.cancel")}
          >
            {t("ui.collect.cancel")}
          </Button>
        )}
      </div>
      {roster && <Caption1>{t("ui.collect.rosterLoaded", { count: roster.length })}</Caption1>}
      {progress && (
        <section
          className={styles.section}
          aria-label={t("collect.progress", { done: progress.done, total: progress.total })}
        >
          <ProgressBar
            value={progress.total ? progress.done / progress.total : 0}
            aria-label={t("collect.progress", { done: progress.done, total: progress.total })}
          />
          <Caption1>
            {t("collect.progress", { done: progress.done, total: progress.total })}
          </Caption1>
          <Table size="extra-small" aria-label={t("ui.collect.files")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("ui.collect.files")}</TableHeaderCell>
                <TableHeaderCell>{t("ui.collect.state")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {progress.files.map((f) => (
                <TableRow key={f.file}>
                  <TableCell className={styles.wrap}>
                    {f.file}
                    {f.branch ? `（${f.branch}）` : ""}
                  </TableCell>
                  <TableCell title={formatMessage(locale, f.note.key, f.note.params)}>
                    {STATE_ZH[f.state][pick(1)]}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
      {result && result.template && (
        <section className={styles.section} aria-label={t("ui.collect.branches")}>
          <Subtitle2 as="h3">{t("ui.collect.branches")}</Subtitle2>
          <Table size="extra-small" aria-label={t("ui.collect.branches")}>
            <TableBody>
              {result.branches.map((b) => (
                <TableRow key={b.branch}>
                  <TableCell>{b.branch}</TableCell>
                  <TableCell>{BRANCH_STATE[b.state][pick(1)]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.row} style={{ marginTop: tokens.spacingVerticalM }}>
            <Button
              appearance="primary"
              onClick={write}
              disabled={busy || result.rows.length === 0}
            >
              {t("ui.collect.write")}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
