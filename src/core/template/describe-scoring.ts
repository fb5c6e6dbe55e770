import { formatMessage, type Locale } from "../i18n/messages";
import type { Indicator } from "./schema";

/** "完成率法（目标 2，封顶 1.2）· 逆向": how an indicator is scored, in the user's words. */
export function describeScoring(indicator: Indicator, locale: Locale): string {
  const s = indicator.scoring;
  let text: string;
  switch (s.method) {
    case "direct":
      text = formatMessage(locale, "method.direct");
      break;
    case "ratio":
      text = formatMessage(locale, "method.ratio", { target: s.target, cap: s.cap });
      break;
    case "efficacy":
      text = formatMessage(locale, "method.efficacy", {
        floor: s.floor,
        satisfactory: s.satisfactory,
        base: s.base ?? "",
        span: s.span ?? "",
      });
      break;
    case "linear":
      text = formatMessage(locale, "method.linear", {
        points: s.points.map(([x, y]) => `${x}→${y}`).join(", "),
      });
      break;
    case "deduction":
      text = formatMessage(locale, "method.deduction", { per: s.per, floor: s.floor });
      break;
    case "peer":
      text = formatMessage(locale, "method.peer", { min: s.min });
      break;
  }
  // Direction matters to ratio and peer only (efficacy and linear carry it in their parameters).
  if (s.method === "ratio" || s.method === "peer")
    text += ` · ${formatMessage(locale, `direction.${indicator.direction}`)}`;
  if (indicator.veto)
    text += ` · ${formatMessage(locale, "veto.rule", { op: indicator.veto.op, value: indicator.veto.value })}`;
  return text;
}
