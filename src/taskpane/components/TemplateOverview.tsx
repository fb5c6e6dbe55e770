import {
  Badge,
  Caption1,
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
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Post } from "../../core/template/schema";
import { describeScoring } from "../../core/template/describe-scoring";
import { useText } from "../use-text";

const useStyles = makeStyles({
  post: { marginTop: tokens.spacingVerticalL },
  weight: { textAlign: "right", width: "64px" },
  method: { color: tokens.colorNeutralForeground3 },
  meta: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    marginBottom: tokens.spacingVerticalS,
  },
});

/** Chinese name by default, the English one (where the template has it) in en-US. */
const nameIn = (locale: Locale, zh: string, en?: string) => (locale === "en-US" ? (en ?? zh) : zh);

/** A weight template as HR reads it: posts, dimensions, weights and how each indicator is scored. */
export function TemplateOverview({ loaded }: { loaded: LoadedTemplate }) {
  const { t, locale } = useText();
  const styles = useStyles();
  const { template } = loaded;
  return (
    <section aria-label={template.name}>
      <Subtitle2 as="h2">{template.name}</Subtitle2>
      <Caption1 className={styles.meta}>
        {t("ui.template.meta", {
          version: template.version,
          fingerprint: loaded.fingerprint.slice(0, 8),
          fullScore: template.fullScore,
          precision: template.precision,
        })}
      </Caption1>
      <Caption1 className={styles.meta}>
        {t("ui.grades", {
          bands: template.grades
            .map((band) => `${nameIn(locale, band.label, band.labelEn)} ≥ ${band.min}`)
            .join(" · "),
        })}
      </Caption1>
      {template.posts.map((post) => (
        <PostTable key={post.id} post={post} />
      ))}
    </section>
  );
}

function PostTable({ post }: { post: Post }) {
  const { t, locale } = useText();
  const styles = useStyles();
  const hasDimensions = (post.dimensions?.length ?? 0) > 0;
  const dimensionName = (id: string | undefined) => {
    const dimension = post.dimensions?.find((d) => d.id === id);
    return dimension
      ? `${nameIn(locale, dimension.name, dimension.nameEn)} ${dimension.weight}%`
      : "";
  };
  const title = nameIn(locale, post.name, post.nameEn);
  return (
    <div className={styles.post}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("ui.col.indicator")}</TableHeaderCell>
            {hasDimensions && <TableHeaderCell>{t("ui.col.dimension")}</TableHeaderCell>}
            <TableHeaderCell className={styles.weight}>{t("ui.col.weight")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {post.indicators.map((indicator) => (
            <TableRow key={indicator.id}>
              <TableCell>
                <div>{nameIn(locale, indicator.name, indicator.nameEn)}</div>
                <Caption1 className={styles.method}>{describeScoring(indicator, locale)}</Caption1>
              </TableCell>
              {hasDimensions && <TableCell>{dimensionName(indicator.dimension)}</TableCell>}
              <TableCell className={styles.weight}>
                {indicator.bonus ? (
                  <Badge appearance="tint" color="success">
                    {t("ui.bonus", { cap: post.bonusCap })}
                  </Badge>
                ) : (
                  `${indicator.weight}%`
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
