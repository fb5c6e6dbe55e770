import {
  Badge,
  Body1Strong,
  Caption1,
  Field,
  Select,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { MessageKey } from "../../../core/i18n/messages";
import type { ScoringMethod, Veto } from "../../../core/template/schema";
import { roundTo15Significant } from "../../../core/util/excel-round";
import type { DraftProblem } from "../../template-source";
import { useText } from "../../use-text";
import { NumberInput } from "./NumberInput";
import { PointsEditor } from "./PointsEditor";
import {
  isMethod,
  METHODS,
  PARAMS,
  RULE_FIELD,
  scoringFor,
  VETO_OPS,
  vetoFor,
  type DraftDimension,
  type DraftIndicator,
  type ParamSpec,
  type Path,
} from "./scoring-fields";

export const useEditorStyles = makeStyles({
  card: {
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  cardInvalid: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  name: {
    flex: "1 1 8em",
    minWidth: 0,
    overflowWrap: "anywhere",
    lineBreak: "strict",
  },
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  muted: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  error: { display: "block", color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: "flex-start",
  },
  field: { flex: "1 1 9rem", minWidth: 0 },
  narrow: { flex: "0 1 4.5rem", minWidth: 0 },
  wide: { flex: "1 1 100%", minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  unit: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

const UNIT_KEY = {
  "%": "unit.%",
  days: "unit.days",
  minutes: "unit.minutes",
  count: "unit.count",
  score: "unit.score",
  amount: "unit.amount",
} as const satisfies Record<string, MessageKey>;

const VETO_KEY: Record<Veto["op"], MessageKey> = {
  ">=": "ui.editor.vetoOp.>=",
  ">": "ui.editor.vetoOp.>",
  "<=": "ui.editor.vetoOp.<=",
  "<": "ui.editor.vetoOp.<",
  "=": "ui.editor.vetoOp.=",
};

const startsWith = (path: Path, prefix: Path) => prefix.every((step, k) => path[k] === step);

type Slot = "weight" | "dimension" | "method" | "direction" | "points" | "veto" | "card" | string;

/** One indicator as a card: name and badges, weight and dimension, method and its parameters, veto. */
export function IndicatorCard({
  indicator,
  path,
  fullScore,
  dimensions,
  problems,
  onChange,
  disabled,
}: {
  indicator: DraftIndicator;
  path: Path;
  fullScore: number;
  dimensions: DraftDimension[] | undefined;
  problems: DraftProblem[];
  onChange: (change: Partial<DraftIndicator>) => void;
  disabled?: boolean;
}) {
  const { t, locale } = useText();
  const styles = useEditorStyles();
  const titleId = useId("indicator");
  // The labels are the words of the messages ("…, target: …"), so they start in lower case in English.
  const labelOf = (key: MessageKey) => t(key).replace(/^./, (c) => c.toUpperCase());
  const label =
    locale === "en-US" ? (indicator.nameEn ?? indicator.name) : (indicator.name ?? indicator.id);
  const scoring = (indicator.scoring ?? {}) as Record<string, unknown>;
  const method = scoring.method;
  const params: ParamSpec[] = isMethod(method) ? PARAMS[method] : [];
  const direction = indicator.direction ?? "higher";
  const showDirection = method === "ratio" || method === "peer";
  const hasDimensions = (dimensions?.length ?? 0) > 0;
  // A unit the schema does not know is the check's to report; the card just shows none.
  const unit = indicator.unit && indicator.unit in UNIT_KEY ? indicator.unit : undefined;
  const unitText = unit === undefined || unit === "%" ? undefined : t(UNIT_KEY[unit]);

  // Each problem beside the field it is about; what has no field of its own goes at the foot of the card.
  const shownSlots = new Set<Slot>(["method", "veto", ...params.map((p) => p.key)]);
  if (!indicator.bonus) shownSlots.add("weight");
  if (hasDimensions && !indicator.bonus) shownSlots.add("dimension");
  if (showDirection) shownSlots.add("direction");
  if (method === "linear") shownSlots.add("points");
  const slotOf = (problem: DraftProblem): Slot => {
    const rest = problem.path.slice(path.length);
    let slot: Slot = "card";
    if (rest[0] === "scoring") {
      if (rest.length === 1) slot = RULE_FIELD[problem.key] ?? "method";
      else slot = rest[1] === "method" ? "method" : String(rest[1]);
    } else if (typeof rest[0] === "string") slot = rest[0];
    return shownSlots.has(slot) ? slot : "card";
  };
  const bySlot = new Map<Slot, string[]>();
  for (const problem of problems) {
    if (!startsWith(problem.path, path)) continue;
    const slot = slotOf(problem);
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), problem.text]);
  }
  const validation = (slot: Slot) => {
    const texts = bySlot.get(slot);
    return texts
      ? {
          validationState: "error" as const,
          validationMessage: texts.join(" "),
        }
      : {};
  };

  const setScoring = (change: Record<string, unknown>) =>
    onChange({ scoring: { ...scoring, ...change } as DraftIndicator["scoring"] });
  // The unit after the number; a percentage also as HR reads it (0.03 → 即 3%).
  const after = (text: string | undefined) =>
    text === undefined ? undefined : <span className={styles.unit}>{text}</span>;
  const inIndicatorUnit = (value: unknown) =>
    after(
      unit === "%" && typeof value === "number"
        ? t("ui.editor.percentValue", { percent: `${roundTo15Significant(value * 100)}%` })
        : unitText
    );
  const unitAfter = (spec: ParamSpec, value: unknown) => {
    if (spec.unit === "score") return after(t("unit.score"));
    if (spec.unit === "times") return after(t("unit.times"));
    return inIndicatorUnit(value);
  };
  const efficacyWay =
    method === "efficacy" &&
    typeof scoring.floor === "number" &&
    typeof scoring.satisfactory === "number" &&
    scoring.floor !== scoring.satisfactory
      ? t(scoring.satisfactory > scoring.floor ? "ui.editor.efficacyUp" : "ui.editor.efficacyDown")
      : undefined;
  const veto = indicator.veto as Partial<Veto> | undefined;

  return (
    <div
      role="group"
      aria-labelledby={titleId}
      className={mergeClasses(styles.card, bySlot.size > 0 && styles.cardInvalid)}
    >
      <div className={styles.head}>
        <Body1Strong id={titleId} className={styles.name}>
          {label}
        </Body1Strong>
        {(indicator.bonus || veto) && (
          <span className={styles.badges}>
            {indicator.bonus && (
              <Badge className={styles.badge} appearance="tint" color="success">
                {t("ui.editor.bonusBadge")}
              </Badge>
            )}
            {veto && (
              <Badge className={styles.badge} appearance="tint" color="danger">
                {t("ui.editor.vetoBadge")}
              </Badge>
            )}
          </span>
        )}
      </div>
      {unit && (
        <Caption1 className={styles.muted}>
          {unit === "%"
            ? t("ui.editor.percentUnit")
            : t("ui.editor.unit", { unit: t(UNIT_KEY[unit]) })}
        </Caption1>
      )}

      <div className={styles.row}>
        {!indicator.bonus && (
          <Field className={styles.narrow} label={t("ui.col.weight")} {...validation("weight")}>
            <NumberInput
              className={styles.control}
              disabled={disabled}
              value={indicator.weight}
              onValue={(value) => onChange({ weight: value as number | undefined })}
            />
          </Field>
        )}
        <Field className={styles.field} label={labelOf("field.scoring")} {...validation("method")}>
          <Select
            className={styles.control}
            disabled={disabled}
            value={String(method)}
            onChange={(_, data) =>
              onChange({ scoring: scoringFor(data.value as ScoringMethod, indicator, fullScore) })
            }
          >
            {!isMethod(method) && <option value={String(method)}>{String(method ?? "")}</option>}
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`methodName.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {((hasDimensions && !indicator.bonus) || showDirection) && (
        <div className={styles.row}>
          {hasDimensions && !indicator.bonus && (
            <Field
              className={styles.field}
              label={t("ui.col.dimension")}
              {...validation("dimension")}
            >
              <Select
                className={styles.control}
                disabled={disabled}
                value={indicator.dimension ?? ""}
                onChange={(_, data) => onChange({ dimension: data.value || undefined })}
              >
                {!dimensions?.some((d) => d.id === indicator.dimension) && (
                  <option value={indicator.dimension ?? ""}>
                    {t("ui.editor.chooseDimension")}
                  </option>
                )}
                {dimensions?.map((d) => (
                  <option key={d.id} value={d.id}>
                    {locale === "en-US" ? (d.nameEn ?? d.name) : d.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {showDirection && (
            <Field
              className={styles.field}
              label={t("ui.editor.direction")}
              {...validation("direction")}
            >
              <Select
                className={styles.control}
                disabled={disabled}
                value={direction}
                onChange={(_, data) => onChange({ direction: data.value as "higher" | "lower" })}
              >
                <option value="higher">{t("ui.editor.higher")}</option>
                <option value="lower">{t("ui.editor.lower")}</option>
              </Select>
            </Field>
          )}
        </div>
      )}
      {isMethod(method) && (
        <Caption1 className={styles.muted}>
          {t(`methodHint.${method}`, { full: fullScore })}
          {efficacyWay ? ` ${efficacyWay}` : ""}
        </Caption1>
      )}

      {method === "linear" && (
        <Field
          className={styles.wide}
          label={labelOf("param.points")}
          hint={t("paramHint.points")}
          {...validation("points")}
        >
          <PointsEditor
            points={scoring.points}
            unit={unitText}
            disabled={disabled}
            invalid={bySlot.has("points")}
            onChange={(points) => setScoring({ points })}
          />
        </Field>
      )}
      {params.length > 0 && (
        <div className={styles.row}>
          {params.map((spec) => {
            const blank = spec.blank?.(fullScore);
            return (
              <Field
                key={spec.key}
                className={styles.field}
                label={labelOf(spec.label)}
                hint={t(spec.hint, { value: blank ?? "" })}
                required={blank === undefined}
                {...validation(spec.key)}
              >
                <NumberInput
                  className={styles.control}
                  disabled={disabled}
                  value={scoring[spec.key]}
                  placeholder={blank === undefined ? undefined : String(blank)}
                  contentAfter={unitAfter(spec, scoring[spec.key])}
                  onValue={(value) => setScoring({ [spec.key]: value })}
                />
              </Field>
            );
          })}
        </div>
      )}

      <Switch
        checked={Boolean(veto)}
        disabled={disabled}
        label={t("ui.editor.veto")}
        onChange={(_, data) => onChange({ veto: data.checked ? vetoFor(indicator) : undefined })}
      />
      {veto && (
        <>
          <div className={styles.row}>
            <Field className={styles.field} label={labelOf("field.vetoOp")}>
              <Select
                className={styles.control}
                disabled={disabled}
                value={veto.op ?? "<"}
                onChange={(_, data) =>
                  onChange({ veto: { ...veto, op: data.value as Veto["op"] } as Veto })
                }
              >
                {VETO_OPS.map((op) => (
                  <option key={op} value={op}>
                    {t(VETO_KEY[op])}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              className={styles.field}
              label={labelOf("field.vetoValue")}
              {...validation("veto")}
            >
              <NumberInput
                className={styles.control}
                disabled={disabled}
                value={veto.value}
                contentAfter={inIndicatorUnit(veto.value)}
                onValue={(value) => onChange({ veto: { ...veto, value } as Veto })}
              />
            </Field>
          </div>
          <Caption1 className={styles.muted}>{t("ui.editor.vetoHint")}</Caption1>
        </>
      )}

      {bySlot.get("card")?.map((text, k) => (
        <Caption1 key={k} className={styles.error}>
          {text}
        </Caption1>
      ))}
    </div>
  );
}
