import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { TemplateDraft } from "../../template-source";
import { useText } from "../../use-text";
import { useEditorStyles } from "./editor-styles";
import { reviewValidation, type PartProps } from "./review-problems";
import {
  addItem,
  addTarget,
  directIndicators,
  removeItem,
  removeTarget,
  retarget,
  reviewItemsOf,
  reviewTargetsOf,
  setItem,
  toggleTargetItem,
} from "./reviews-draft";

const useStyles = makeStyles({
  part: { marginTop: tokens.spacingVerticalM },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 2fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
  },
  head: { color: tokens.colorNeutralForeground3 },
  remove: { minWidth: "28px", paddingLeft: 0, paddingRight: 0 },
  add: { marginTop: tokens.spacingVerticalXS },
  target: {
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  targetHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/** 评价项目: one row per item (编号, 名称, ✕), and 添加评价项目. */
export function ReviewItems({ reviews, change, problems, disabled }: PartProps) {
  const { t } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  const items = reviewItemsOf(reviews);
  const label = t("ui.editor.reviews.items");
  return (
    <div className={styles.part} role="group" aria-label={label}>
      <Subtitle2 as="h4">{label}</Subtitle2>
      <Caption1 className={cardStyles.muted}>{t("ui.editor.reviews.itemsHint")}</Caption1>
      <Field {...reviewValidation(problems, "items")}>
        <div className={styles.grid}>
          <Caption1 className={styles.head} aria-hidden>
            {t("ui.editor.reviews.idHead")}
          </Caption1>
          <Caption1 className={styles.head} aria-hidden>
            {t("ui.editor.reviews.nameHead")}
          </Caption1>
          <span />
          {items.map((item, k) => (
            <div key={k} style={{ display: "contents" }}>
              <Input
                size="small"
                className={cardStyles.control}
                disabled={disabled}
                aria-label={t("ui.editor.reviews.itemId", { n: k + 1 })}
                value={item.id ?? ""}
                onChange={(_, data) => change((r) => setItem(r, k, { id: data.value }))}
              />
              <Input
                size="small"
                className={cardStyles.control}
                disabled={disabled}
                aria-label={t("ui.editor.reviews.itemName", { n: k + 1 })}
                value={item.name ?? ""}
                onChange={(_, data) => change((r) => setItem(r, k, { name: data.value }))}
              />
              <Button
                className={styles.remove}
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={t("ui.editor.reviews.removeItem", { n: k + 1 })}
                title={t("ui.editor.reviews.removeItem", { n: k + 1 })}
                onClick={() => change((r) => removeItem(r, k))}
              >
                ✕
              </Button>
            </div>
          ))}
        </div>
      </Field>
      <Button
        className={styles.add}
        size="small"
        disabled={disabled}
        onClick={() => change(addItem)}
      >
        {t("ui.editor.reviews.addItem")}
      </Button>
    </div>
  );
}

/** 填入的指标: per target, the indicator (of those scored directly) and the items whose mean it takes. */
export function ReviewTargets({
  draft,
  change,
  problems,
  disabled,
}: Omit<PartProps, "reviews"> & { draft: TemplateDraft }) {
  const { t, locale } = useText();
  const styles = useStyles();
  const cardStyles = useEditorStyles();
  const reviews = draft.reviews ?? { items: [], raters: {}, targets: {} };
  const items = reviewItemsOf(reviews);
  const targets = Object.entries(reviewTargetsOf(reviews));
  const choices = directIndicators(draft, locale);
  const nameOf = (id: string) => choices.find((choice) => choice.id === id)?.name ?? id;
  const label = t("ui.editor.reviews.targets");
  return (
    <div className={styles.part} role="group" aria-label={label}>
      <Subtitle2 as="h4">{label}</Subtitle2>
      <Caption1 className={cardStyles.muted}>{t("ui.editor.reviews.targetsHint")}</Caption1>
      {choices.length === 0 && (
        <Caption1 className={cardStyles.error}>{t("ui.editor.reviews.noDirect")}</Caption1>
      )}
      {targets.map(([indicator, chosen], n) => (
        <div key={`${indicator}-${n}`} className={styles.target}>
          <div className={styles.targetHead}>
            <Field
              className={cardStyles.field}
              label={t("ui.editor.reviews.target", { n: n + 1 })}
              {...reviewValidation(problems, "targets", indicator)}
            >
              <Select
                disabled={disabled}
                value={indicator}
                onChange={(_, data) => change((r) => retarget(r, indicator, data.value))}
              >
                {!choices.some((choice) => choice.id === indicator) && (
                  <option value={indicator}>{indicator}</option>
                )}
                {choices.map((choice) => (
                  <option
                    key={choice.id}
                    value={choice.id}
                    disabled={choice.id !== indicator && targets.some(([id]) => id === choice.id)}
                  >
                    {t("ui.editor.reviews.indicatorOption", { name: choice.name, id: choice.id })}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              className={styles.remove}
              appearance="subtle"
              disabled={disabled}
              aria-label={t("ui.editor.reviews.removeTarget", { n: n + 1 })}
              title={t("ui.editor.reviews.removeTarget", { n: n + 1 })}
              onClick={() => change((r) => removeTarget(r, indicator))}
            >
              ✕
            </Button>
          </div>
          <div
            className={styles.checks}
            role="group"
            aria-label={t("ui.editor.reviews.targetItems", { indicator: nameOf(indicator) })}
          >
            {[
              ...items.map((item) => item.id),
              ...chosen.filter((id) => !items.some((i) => i.id === id)),
            ]
              .filter((id, k, all) => all.indexOf(id) === k)
              .map((id) => (
                <Checkbox
                  key={id}
                  disabled={disabled}
                  label={items.find((item) => item.id === id)?.name || id}
                  checked={chosen.includes(id)}
                  onChange={(_, data) =>
                    change((r) => toggleTargetItem(r, indicator, id, data.checked === true))
                  }
                />
              ))}
          </div>
        </div>
      ))}
      <Button
        className={styles.add}
        size="small"
        disabled={disabled || targets.length >= choices.length}
        onClick={() =>
          change((r) =>
            addTarget(
              r,
              choices.map((choice) => choice.id)
            )
          )
        }
      >
        {t("ui.editor.reviews.addTarget")}
      </Button>
    </div>
  );
}
