import { formatMessage, type MessageKey } from "../core/i18n/messages";
import type { CliError } from "./args";

/** What a command can be missing, each named in the catalogues as its --help names it. */
type Argument =
  "scores" | "template" | "workbook" | "ranking" | "quarters" | "submissions" | "duties";

/**
 * The file a command needs and was not given, named in the user's language: 缺少评分表文件（<评分表.xlsx>）。
 * / Missing the score workbook (<scores.xlsx>). — then where that command's help is.
 */
export function missingArgument(command: string, what: Argument): { error: CliError } {
  const key = `cli.arg.${what}` as MessageKey;
  return {
    error: {
      key: "cli.missingArg",
      params: {
        command,
        what: { "zh-CN": formatMessage("zh-CN", key), "en-US": formatMessage("en-US", key) },
      },
    },
  };
}

/** No --out: what to give and an example of it (缺少 --out：请用 --out <排名.xlsx> 指定…). */
export const missingOut = (
  command:
    | "template"
    | "rank"
    | "collect"
    | "annual"
    | "results"
    | "appeals"
    | "duties"
    | "calibrate"
    | "whatif"
): { error: CliError } => ({ error: { key: `cli.missingOut.${command}`, params: {} } });
