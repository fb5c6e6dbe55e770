import {
  Badge,
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
import { formatMessage, joinList, joinSentences } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { branchStatuses, collect, writeCollected } from "../../jobs/assessment/collect-job";
import type { CollectResult, FileStatus } from "../../jobs/assessment/collect-result";
import { issueText } from "../../jobs/shared/issue";
import { compareNames, parseRoster, rosterFromGrid } from "../../jobs/assessment/roster";
import type { PaneHost } from "../../workbook/pane-host";
import { loadXlsx } from "../host/lazy-xlsx";
import type { Status } from "../use-task";
import { useText } from "../use-text";

const useStyles = makeStyles({
  wrap: { wordBreak: "break-all" },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type PickedFile = { name: string; arrayBuffer(): Promise<ArrayBuffer>; text?(): Promise<string> };
type Props = {
  host: PaneHost;
  template: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
};

type BadgeColour = "success" | "warning" | "danger" | "informative";
const STATE_COLOUR: Record<FileStatus["state"], BadgeColour> = {
  accepted: "success",
  partial: "warning",
  wrongTemplate: "danger",
  unreadable: "danger",
  duplicate: "informative",
  refused: "danger",
};
const BRANCH_COLOUR: Record<string, BadgeColour> = {
  accepted: "success",
  attention: "warning",
  missing: "danger",
  notOnRoster: "informative",
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

  const start = (picked: PickedFile[]) =>
    run(async (): Promise<Status> => {
      // Read (and listed) in the order a Chinese user expects: 北京, 广州, 上海.
      const files = [...picked].sort((a, b) => compareNames(a.name, b.name));
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
      return summaryOf(collected);
    });

  /** The outcome of a collection: counts, then what needs doing (missing branches named). */
  const summaryOf = (collected: CollectResult): Status => {
    const attention = collected.files.filter((f) => f.state !== "accepted").length;
    const missing = collected.branches.filter((b) => b.state === "missing").map((b) => b.branch);
    return {
      kind: attention || missing.length || collected.crossBranch.length ? "warning" : "success",
      key: "collect.summary",
      params: {
        files: collected.files.length,
        accepted: collected.files.length - attention,
        attention,
        rows: collected.rows.length,
      },
      details: [
        ...(missing.length
          ? [t("ui.collect.missing", { branches: joinList(missing, locale) })]
          : []),
        ...(collected.templateNote ? [issueText(collected.templateNote, locale)] : []),
        ...collected.crossBranch.map((issue) => issueText(issue, locale)),
      ],
    };
  };

  /** A roster (CSV, or a workbook's first column) applies whenever it is picked, before or after the files. */
  const pickRoster = (file: PickedFile) =>
    run(async (): Promise<Status | void> => {
      let names: string[];
      if (/\.xlsx$/i.test(file.name)) {
        const Xlsx = await loadXlsx();
        const book = await Xlsx.fromBuffer(new Uint8Array(await file.arrayBuffer()));
        const first = (await book.read([])).sheets[0]?.name;
        names = rosterFromGrid(first ? (await book.read([first])).grids.get(first) : undefined);
      } else names = parseRoster(new TextDecoder().decode(await file.arrayBuffer()));
      setRoster(names);
      if (!result) return;
      const updated = { ...result, branches: branchStatuses(result.files, names) };
      setResult(updated);
      return summaryOf(updated);
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!result?.template) return;
      const collected = { ...result, template: result.template };
      const book = host.workbook();
      if (book) {
        const { rankingSheet } = await writeCollected(book, collected, {
          newWorkbook: false,
          locale,
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
        newWorkbook: true,
        locale,
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
          accept=".csv,.txt,.xlsx"
          disabled={busy}
          onFiles={(files) => void pickRoster(files[0])}
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
            {busy || progress.done < progress.total
              ? t("collect.progress", { done: progress.done, total: progress.total })
              : t("ui.collect.read", { total: progress.total })}
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
                  <TableCell>
                    <Badge appearance="tint" color={STATE_COLOUR[f.state]}>
                      {t(`state.file.${f.state}`)}
                    </Badge>
                    {f.state !== "accepted" && (
                      <div className={styles.reason}>
                        {joinSentences(
                          [
                            formatMessage(locale, f.note.key, f.note.params),
                            ...f.issues
                              .filter((issue) => issue.severity === "error")
                              .slice(0, 3)
                              .map((issue) => issueText(issue, locale)),
                          ],
                          locale
                        )}
                      </div>
                    )}
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
                  <TableCell>
                    <Badge appearance="tint" color={BRANCH_COLOUR[b.state]}>
                      {t(`state.branch.${b.state}`)}
                    </Badge>
                  </TableCell>
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
