import { formatMessage, type Locale } from "../core/i18n/messages";
import type { Command } from "./command";

/** `bank-assess --help`: what the tool is, every command with an example, the exit codes. */
export function generalHelp(commands: readonly Command[], lang: Locale): string {
  const say = (key: Parameters<typeof formatMessage>[1]) => formatMessage(lang, key);
  return [
    say("cli.help.intro"),
    `${say("cli.help.usage")}\n${commands.map((command) => say(command.help)).join("\n\n")}`,
    say("cli.help.version"),
    say("cli.help.footer"),
  ].join("\n\n");
}

/** `bank-assess rank --help`: that command's usage and example, the exit codes, where the rest is. */
export function commandHelp(command: Command, lang: Locale): string {
  const say = (key: Parameters<typeof formatMessage>[1]) => formatMessage(lang, key);
  return [
    `${say("cli.help.usage")}\n${say(command.help)}`,
    say("cli.help.footer"),
    say("cli.help.more"),
  ].join("\n\n");
}
