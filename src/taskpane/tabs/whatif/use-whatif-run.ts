import { useState } from "react";
import type { LoadedTemplate } from "../../../core/template/parse-template";
import { whatifInWorkbook, type WhatifJobResult } from "../../../jobs/whatif/whatif-job";
import type { PaneHost } from "../../../workbook/pane-host";
import { issueText } from "../../pane-wording";
import { checkDraft, draftFromFile } from "../../template-source";
import type { Status } from "../../use-task";
import { useText } from "../../use-text";

/** Where the proposed template (B) comes from: the editor's draft, or a file picked here. */
export type ProposedSource = "editor" | "file";

/**
 * 模板 → 方案比较's state and tasks: the proposed template picked, a comparison that writes nothing, and the
 * write of 方案比较, on the user's click, with the very template that comparison used.
 */
export function useWhatifRun({
  host,
  editor,
  run,
}: {
  host: PaneHost;
  /** The template being edited, when it has no problems. */
  editor: LoadedTemplate | null;
  run: (work: () => Promise<Status | void>) => Promise<void>;
}) {
  const { locale } = useText();
  const book = host.workbook();
  const [source, setSourceState] = useState<ProposedSource>(editor ? "editor" : "file");
  const [picked, setPicked] = useState<{ file: string; loaded: LoadedTemplate } | null>(null);
  const [result, setResult] = useState<WhatifJobResult | null>(null);
  const [compared, setCompared] = useState<LoadedTemplate | null>(null);
  const [written, setWritten] = useState(false);
  const proposed = source === "editor" ? editor : (picked?.loaded ?? null);
  const forget = () => {
    setResult(null);
    setCompared(null);
    setWritten(false);
  };
  const setSource = (next: ProposedSource) => {
    setSourceState(next);
    forget();
  };

  const pick = (file: File) =>
    run(async (): Promise<Status | void> => {
      const outcome = await draftFromFile(file, locale);
      const check = outcome.ok ? checkDraft(outcome.draft, locale) : null;
      if (!check?.loaded)
        return {
          kind: "error",
          key: "cli.templateInvalid",
          params: {
            file: file.name,
            count: outcome.ok ? (check?.problems.length ?? 0) : outcome.problems.length,
          },
          details: outcome.ok ? check?.problems : outcome.problems,
        };
      setPicked({ file: file.name, loaded: check.loaded });
      setSourceState("file");
      forget();
    });

  const failed = (done: WhatifJobResult): Status => ({
    kind: "error",
    key: "ui.whatif.failed",
    details: done.problems.map((issue) => issueText(issue, locale)),
  });

  const compare = () =>
    run(async (): Promise<Status | void> => {
      if (!book) return { kind: "warning", key: "ui.empty.noWorkbook" };
      if (!proposed) return;
      const done = await whatifInWorkbook(book, {
        b: proposed,
        write: false,
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      setCompared(proposed);
      setWritten(false);
      if (!done.comparison) return failed(done);
      const { moved, rows } = done.comparison;
      return {
        kind: "success",
        key: "ui.whatif.done",
        params: { rows: rows.length, up: moved.up, down: moved.down, stayed: moved.stayed },
      };
    });

  const write = () =>
    run(async (): Promise<Status | void> => {
      if (!book || !compared) return;
      const done = await whatifInWorkbook(book, {
        b: compared,
        write: true,
        locale,
        source: host.sourceName(),
      });
      setResult(done);
      if (!done.comparison || done.sheets.length === 0) return failed(done);
      setWritten(true);
      return {
        kind: "success",
        key: "ui.whatif.written",
        params: { sheets: done.sheets.map((sheet) => sheet.name) },
      };
    });

  return { book, source, setSource, picked, proposed, result, written, pick, compare, write };
}
