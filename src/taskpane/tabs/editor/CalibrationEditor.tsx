import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Field,
} from "@fluentui/react-components";
import { CALIBRATION_DEFAULTS } from "../../../core/template/calibration-block";
import type { DraftProblem, TemplateDraft } from "../../template-source";
import { useText } from "../../use-text";
import { NumberInput } from "./NumberInput";
import { CALIBRATION_NUMBERS, setCalibration, type CalibrationNumber } from "./calibration-draft";
import { useEditorStyles, useSectionStyles } from "./editor-styles";
import { fieldValidation, startsWith } from "./paths";

type Props = {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** The draft's problems under `calibration`. */
  problems: DraftProblem[];
  disabled?: boolean;
};

const UNITS: Record<CalibrationNumber, "points" | "people"> = { gap: "points", minGroup: "people" };

/** The problems of one of the two numbers, as one message beside it; none: {}. */
const validation = (problems: DraftProblem[], key: CalibrationNumber) =>
  fieldValidation(problems, ["calibration", key]);

/**
 * The template's calibration settings (calibration.md §1), an accordion item after the reviews: 差距阈值 and
 * 最小组人数, each blank for its default (shown as the placeholder 默认 5). Typing a number adds the block,
 * clearing both removes it; each refusal is shown beside its number, anything else at the foot.
 */
export function CalibrationEditor({ draft, onChange, problems, disabled }: Props) {
  const { t } = useText();
  const styles = useSectionStyles();
  const cardStyles = useEditorStyles();
  const title = t("ui.editor.calibration.title");
  const block = (draft.calibration ?? {}) as Record<string, unknown>;
  const foot = problems.filter(
    (problem) => !CALIBRATION_NUMBERS.some((key) => startsWith(problem.path, ["calibration", key]))
  );
  return (
    <section className={styles.section} aria-label={title}>
      <AccordionItem value="calibration">
        <AccordionHeader as="h3" expandIconPosition="end">
          <span className={styles.title}>{title}</span>
          {problems.length > 0 && (
            <Badge className={cardStyles.badge} appearance="filled" color="danger">
              {t("ui.editor.problemCount", { count: problems.length })}
            </Badge>
          )}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1 className={cardStyles.muted}>{t("ui.editor.calibration.hint")}</Caption1>
          <div className={`${cardStyles.row} ${styles.part}`}>
            {CALIBRATION_NUMBERS.map((key) => (
              <Field
                key={key}
                className={cardStyles.field}
                label={t(`ui.editor.calibration.${key}`)}
                hint={t(`ui.editor.calibration.${key}Hint`, { value: CALIBRATION_DEFAULTS[key] })}
                {...validation(problems, key)}
              >
                <NumberInput
                  className={cardStyles.control}
                  disabled={disabled}
                  value={block[key]}
                  placeholder={t("ui.editor.calibration.default", {
                    value: CALIBRATION_DEFAULTS[key],
                  })}
                  contentAfter={t(`ui.editor.calibration.${UNITS[key]}`)}
                  onValue={(value) => onChange(setCalibration(draft, key, value))}
                />
              </Field>
            ))}
          </div>
          {foot.map((problem, k) => (
            <Caption1 key={k} className={cardStyles.error}>
              {problem.text}
            </Caption1>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </section>
  );
}
