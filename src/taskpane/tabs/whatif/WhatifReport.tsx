import { Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import type { ComparedRow, TemplateComparison } from "../../../core/whatif/compare-templates";
import { useText } from "../../use-text";
import { useWhatifStyles } from "./whatif-styles";

/** How many movers the pane lists (the sheet lists everyone). */
export const TOP_MOVERS = 10;

/**
 * A grade's label where a narrow cell may break it: in the middle of a Chinese label of four or more characters
 * (基本/合格, never 基本合/格) and after a ＼; the table keeps Chinese words whole otherwise.
 */
function breakable(label: string): (string | JSX.Element)[] {
  const slash = label.search(/[＼\\]/);
  if (slash >= 0) return [label.slice(0, slash + 1), <wbr key="wbr" />, label.slice(slash + 1)];
  if (!/^[\u3400-\u9fff]{4,}$/.test(label)) return [label];
  const middle = Math.ceil(label.length / 2);
  return [label.slice(0, middle), <wbr key="wbr" />, label.slice(middle)];
}

/** A move in words as well as colour: ↑3, ↓2, or – for none. */
const moveText = (delta: number) => (delta > 0 ? `↑${delta}` : delta < 0 ? `↓${-delta}` : "–");

/** What a comparison shows: how many moved up, down or stayed, the largest moves, and the grade transitions. */
export function WhatifReport({ comparison }: { comparison: TemplateComparison }) {
  const { t } = useText();
  const styles = useWhatifStyles();
  const { moved, onlyA, onlyB } = comparison;
  const movers = comparison.rows.filter((row) => row.deltaRank !== 0).slice(0, TOP_MOVERS);
  return (
    <>
      <section className={styles.section} aria-label={t("ui.whatif.moved")}>
        <Subtitle2 as="h3">{t("ui.whatif.moved")}</Subtitle2>
        <div className={styles.counts}>
          {(["up", "down", "stayed"] as const).map((key) => (
            <div key={key} className={styles.count}>
              <span className={styles.countValue}>{moved[key]}</span>
              <Text size={200}>{t(`ui.whatif.${key}`)}</Text>
            </div>
          ))}
        </div>
        {(onlyA.length > 0 || onlyB.length > 0) && (
          <Text block className={styles.note}>
            {t("ui.whatif.only", { a: onlyA.length, b: onlyB.length })}
          </Text>
        )}
      </section>
      {movers.length > 0 && <Movers rows={movers} />}
      <Transitions comparison={comparison} />
    </>
  );
}

/** The largest moves: 工号, 姓名, rank under A → under B, and the change with its arrow. */
function Movers({ rows }: { rows: ComparedRow[] }) {
  const { t } = useText();
  const styles = useWhatifStyles();
  const title = t("ui.whatif.movers", { count: rows.length });
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <div className={styles.box}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("ui.whatif.col.id")}</th>
              <th scope="col">{t("ui.whatif.col.name")}</th>
              <th scope="col">{t("ui.whatif.col.rank")}</th>
              <th scope="col" style={{ textAlign: "end" }}>
                {t("ui.whatif.col.delta")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.id}</td>
                <td>{row.name ?? ""}</td>
                <td>
                  {row.a.rank.overall}→{row.b.rank.overall}
                </td>
                <td
                  className={row.deltaRank > 0 ? styles.up : styles.down}
                  style={{ textAlign: "end" }}
                >
                  {moveText(row.deltaRank)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The grade transition table: grades under A down, under B across, people in the cells (blank: none). */
function Transitions({ comparison }: { comparison: TemplateComparison }) {
  const { t } = useText();
  const styles = useWhatifStyles();
  const gradesA = comparison.gradesA.counts.map((c) => c.label);
  const gradesB = comparison.gradesB.counts.map((c) => c.label);
  const cell = new Map(comparison.transitions.map(([a, b, n]) => [`${a}\u0000${b}`, n]));
  return (
    <section className={styles.section} aria-label={t("ui.whatif.transitions")}>
      <Subtitle2 as="h3">{t("ui.whatif.transitions")}</Subtitle2>
      <Text block className={styles.note}>
        {t("ui.whatif.transitionsHint")}
      </Text>
      <div className={styles.box}>
        <table className={mergeClasses(styles.table, styles.grades)}>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                {breakable(t("ui.whatif.gradeA"))}
              </th>
              {gradesB.map((grade) => (
                <th key={grade} scope="col" style={{ textAlign: "center" }}>
                  {breakable(grade)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gradesA.map((a) => (
              <tr key={a}>
                <th scope="row">{breakable(a)}</th>
                {gradesB.map((b) => (
                  <td
                    key={b}
                    className={mergeClasses(a === b && styles.same)}
                    style={{ textAlign: "center" }}
                  >
                    {cell.get(`${a}\u0000${b}`) ?? ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
