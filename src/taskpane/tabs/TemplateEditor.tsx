import {
  Badge,
  Caption1,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { roundTo15Significant } from "../../core/util/excel-round";
import { formatParameters, parseParameters } from "../../jobs/sheets/template-sheet";
import type { TemplateDraft } from "../template-source";
import { useText } from "../use-text";

const useStyles = makeStyles({
  post: { marginTop: tokens.spacingVerticalL },
  head: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  weight: { width: "72px" },
  params: { width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Post = TemplateDraft["posts"][number];
type Indicator = Post["indicators"][number];

const nameIn = (locale: Locale, zh: string, en?: string) => (locale === "en-US" ? (en ?? zh) : zh);

/** The sums HR must get to 100: the post's weighted indicators, or each dimension and the dimensions. */
export function weightSums(post: Post): { label: string; sum: number }[] {
  const weighted = post.indicators.filter((i) => !i.bonus);
  const total = (items: { weight?: number }[]) =>
    roundTo15Significant(items.reduce((sum, item) => sum + (Number(item.weight) || 0), 0));
  if (!post.dimensions?.length) return [{ label: "", sum: total(weighted) }];
  return [
    { label: "", sum: total(post.dimensions) },
    ...post.dimensions.map((d) => ({
      label: d.name,
      sum: total(weighted.filter((i) => i.dimension === d.id)),
    })),
  ];
}

/** Posts, dimensions and weights in tables; weights and parameters editable, every sum shown as it changes. */
export function TemplateEditor({
  draft,
  onChange,
  disabled,
}: {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  disabled?: boolean;
}) {
  const { t, locale } = useText();
  const styles = useStyles();
  const update = (p: number, i: number, change: Partial<Indicator>) =>
    onChange({
      ...draft,
      posts: draft.posts.map((post, pi) =>
        pi !== p
          ? post
          : {
              ...post,
              indicators: post.indicators.map((ind, ii) =>
                ii !== i ? ind : { ...ind, ...change }
              ),
            }
      ),
    });
  return (
    <div>
      {draft.posts.map((post, p) => (
        <section
          key={`${post.id}-${p}`}
          className={styles.post}
          aria-label={nameIn(locale, post.name, post.nameEn)}
        >
          <div className={styles.head}>
            <Subtitle2 as="h3">{nameIn(locale, post.name, post.nameEn)}</Subtitle2>
            <span>
              {weightSums(post).map((s, k) => (
                <Badge
                  key={k}
                  appearance="tint"
                  color={Math.abs(s.sum - 100) <= 1e-9 ? "success" : "danger"}
                  aria-label={`${s.label} ${t("ui.template.sum", { sum: s.sum })}`}
                >
                  {s.label ? `${s.label} ` : ""}
                  {t("ui.template.sum", { sum: s.sum })}
                </Badge>
              ))}
            </span>
          </div>
          <Table size="small" aria-label={nameIn(locale, post.name, post.nameEn)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("ui.col.indicator")}</TableHeaderCell>
                <TableHeaderCell className={styles.weight}>{t("ui.col.weight")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {post.indicators.map((indicator, i) => {
                const label = nameIn(locale, indicator.name, indicator.nameEn);
                const dimension = post.dimensions?.find((d) => d.id === indicator.dimension);
                return (
                  <TableRow key={`${indicator.id}-${i}`}>
                    <TableCell>
                      <div>{label}</div>
                      <Caption1 className={styles.muted}>
                        {indicator.scoring.method}
                        {dimension ? ` · ${nameIn(locale, dimension.name, dimension.nameEn)}` : ""}
                      </Caption1>
                      <Input
                        className={styles.params}
                        size="small"
                        disabled={disabled}
                        aria-label={`${label} ${t("ui.template.params")}`}
                        value={formatParameters(indicator.scoring as never)}
                        onChange={(_, data) =>
                          update(p, i, {
                            scoring: {
                              method: indicator.scoring.method,
                              ...parseParameters(data.value),
                            } as Indicator["scoring"],
                          })
                        }
                      />
                    </TableCell>
                    <TableCell className={styles.weight}>
                      {indicator.bonus ? (
                        <Badge appearance="tint" color="success">
                          {t("ui.bonus", { cap: post.bonusCap ?? 5 })}
                        </Badge>
                      ) : (
                        <Input
                          type="number"
                          size="small"
                          disabled={disabled}
                          aria-label={`${label} ${t("ui.col.weight")}`}
                          value={indicator.weight === undefined ? "" : String(indicator.weight)}
                          onChange={(_, data) =>
                            update(p, i, {
                              weight: data.value === "" ? undefined : Number(data.value),
                            })
                          }
                        />
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
