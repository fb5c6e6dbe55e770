import { Caption1, mergeClasses, useId } from "@fluentui/react-components";
import type { DraftProblem } from "../../template-source";
import { DimensionDirectionRow } from "./card/DimensionDirectionRow";
import { IndicatorHead } from "./card/IndicatorHead";
import { MethodHint } from "./card/MethodHint";
import { ScoringParams } from "./card/ScoringParams";
import { VetoFields } from "./card/VetoFields";
import { WeightMethodRow } from "./card/WeightMethodRow";
import { cardFields, problemsBySlot } from "./card/card-fields";
import { useEditorStyles } from "./editor-styles";
import { isMethod, type DraftDimension, type DraftIndicator, type Path } from "./scoring-fields";

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
  const styles = useEditorStyles();
  const titleId = useId("indicator");
  const { scoring, method, params, showDirection, hasDimensions, slots } = cardFields(
    indicator,
    dimensions
  );
  const bySlot = problemsBySlot(problems, path, slots);
  const showDimension = hasDimensions && !indicator.bonus;
  const setScoring = (change: Record<string, unknown>) =>
    onChange({ scoring: { ...scoring, ...change } as DraftIndicator["scoring"] });
  const fieldProps = { indicator, bySlot, onChange, disabled };

  return (
    <div
      role="group"
      aria-labelledby={titleId}
      className={mergeClasses(styles.card, bySlot.size > 0 && styles.cardInvalid)}
    >
      <IndicatorHead indicator={indicator} titleId={titleId} />
      <WeightMethodRow {...fieldProps} method={method} fullScore={fullScore} />
      {(showDimension || showDirection) && (
        <DimensionDirectionRow
          {...fieldProps}
          dimensions={dimensions}
          showDimension={showDimension}
          showDirection={showDirection}
        />
      )}
      {isMethod(method) && <MethodHint method={method} scoring={scoring} fullScore={fullScore} />}
      <ScoringParams
        indicator={indicator}
        scoring={scoring}
        params={params}
        fullScore={fullScore}
        bySlot={bySlot}
        onScoring={setScoring}
        disabled={disabled}
      />
      <VetoFields {...fieldProps} />
      {bySlot.get("card")?.map((text, k) => (
        <Caption1 key={k} className={styles.error}>
          {text}
        </Caption1>
      ))}
    </div>
  );
}
