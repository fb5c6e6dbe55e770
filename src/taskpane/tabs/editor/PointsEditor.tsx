import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "../../use-text";
import { NumberInput } from "./NumberInput";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  head: { color: tokens.colorNeutralForeground3 },
  input: { minWidth: 0, width: "100%" },
  add: { marginTop: tokens.spacingVerticalXS },
  remove: { minWidth: "28px", paddingLeft: 0, paddingRight: 0 },
});

type Point = [unknown, unknown];

const capital = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** Linear's points as an editable list of (实际值, 得分) pairs, one a row, with a unit beside the actual value. */
export function PointsEditor({
  points,
  onChange,
  unit,
  disabled,
  invalid,
}: {
  points: unknown;
  onChange: (points: Point[]) => void;
  unit?: string;
  disabled?: boolean;
  invalid?: boolean;
}) {
  const { t } = useText();
  const styles = useStyles();
  const rows: Point[] = Array.isArray(points)
    ? points.map((p) => (Array.isArray(p) ? [p[0], p[1]] : [p, undefined]))
    : [];
  const set = (k: number, column: 0 | 1, value: unknown) =>
    onChange(
      rows.map((row, r) => (r !== k ? row : column === 0 ? [value, row[1]] : [row[0], value]))
    );
  const add = () => {
    const last = rows[rows.length - 1];
    const before = rows[rows.length - 2];
    const step =
      typeof last?.[0] === "number" && typeof before?.[0] === "number" ? last[0] - before[0] : 1;
    onChange([
      ...rows,
      [
        typeof last?.[0] === "number" ? last[0] + step : 0,
        typeof last?.[1] === "number" ? last[1] : 0,
      ],
    ]);
  };
  return (
    <div>
      <div className={styles.grid}>
        <Caption1 className={styles.head} aria-hidden>
          {capital(t("param.pointX"))}
        </Caption1>
        <Caption1 className={styles.head} aria-hidden>
          {capital(t("param.pointY"))}
        </Caption1>
        <span />
        {rows.map((row, k) => (
          <div key={k} style={{ display: "contents" }}>
            <NumberInput
              className={styles.input}
              size="small"
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-label={t("ui.editor.pointX", { n: k + 1 })}
              value={row[0]}
              onValue={(value) => set(k, 0, value)}
              contentAfter={unit}
            />
            <NumberInput
              className={styles.input}
              size="small"
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-label={t("ui.editor.pointY", { n: k + 1 })}
              value={row[1]}
              onValue={(value) => set(k, 1, value)}
            />
            <Button
              className={styles.remove}
              size="small"
              appearance="subtle"
              disabled={disabled}
              aria-label={t("ui.editor.removePoint", { n: k + 1 })}
              title={t("ui.editor.removePoint", { n: k + 1 })}
              onClick={() => onChange(rows.filter((_, r) => r !== k))}
            >
              ✕
            </Button>
          </div>
        ))}
      </div>
      <Button className={styles.add} size="small" disabled={disabled} onClick={add}>
        {t("ui.editor.addPoint")}
      </Button>
    </div>
  );
}
