import type { MessageKey } from "../core/i18n/messages";
import type { ParsedArgs } from "./args";
import type { Io, Outcome } from "./io";

/** One command of `bank-assess`: its name, its help in the catalogues (usage, what it does, an example), its run. */
export type Command = {
  name: string;
  help: MessageKey;
  run: (args: ParsedArgs, io: Io) => Promise<Outcome>;
};
