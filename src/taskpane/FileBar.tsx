import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { StandaloneHost } from "./host/standalone-host";
import type { Status } from "./use-task";
import { useText } from "./use-text";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    marginBottom: tokens.spacingVerticalM,
  },
  hidden: { display: "none" },
});

/** In a plain browser: the workbook file the jobs run on (opened here, results downloaded). */
export function FileBar({
  host,
  run,
  busy,
  onOpened,
  sampleUrl,
}: {
  host: StandaloneHost;
  run: (work: () => Promise<Status | void>) => Promise<void>;
  busy: boolean;
  onOpened: () => void;
  sampleUrl: string;
}) {
  const { t } = useText();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(host.sourceName());

  const open = (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) =>
    run(async (): Promise<Status> => {
      try {
        await host.openFile(file);
      } catch {
        return { kind: "error", key: "cli.notWorkbook", params: { file: file.name } };
      }
      setName(file.name);
      onOpened();
      return { kind: "success", key: "ui.file.opened", params: { file: file.name } };
    });

  const sample = () =>
    open({
      name: "ops-2025.scores.xlsx",
      arrayBuffer: async () => {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`${sampleUrl}: ${response.status}`);
        return response.arrayBuffer();
      },
    });

  return (
    <div className={styles.row}>
      <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
        {t("ui.file.open")}
      </Button>
      <Button onClick={sample} disabled={busy}>
        {t("ui.file.sample")}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx"
        aria-label={t("ui.file.open")}
        data-testid="workbook-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void open(file);
        }}
      />
      {name && <Caption1>{name}</Caption1>}
    </div>
  );
}
