import { Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import { FilePicker } from "./FilePicker";
import { usePaneStyles } from "./pane-styles";
import type { StandaloneHost } from "./host/standalone-host";
import type { Status } from "./use-task";
import { useText } from "./use-text";

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
  const styles = usePaneStyles();
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
      <FilePicker
        label={t("ui.file.open")}
        accept=".xlsx"
        primary
        disabled={busy}
        onFiles={(files) => void open(files[0])}
      />
      <Button onClick={sample} disabled={busy}>
        {t("ui.file.sample")}
      </Button>
      {name && <Caption1>{name}</Caption1>}
    </div>
  );
}
