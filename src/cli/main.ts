import { version as VERSION } from "../../package.json";
import { SheetTooLarge, WorkbookDamaged } from "../workbook/port";
import { ZipError } from "../workbook/xlsx/zip/zip-directory";
import { parseArgs, type CliError } from "./args";
import { COMMANDS } from "./command-table";
import { commandHelp, generalHelp } from "./help";
import { EXIT, printable, sayTo, type Io } from "./io";

export type { Io };

/** `bank-assess <command> …`: the arguments parsed, the command looked up in the table and run. */
export async function run(argv: readonly string[], rawIo: Io): Promise<number> {
  const io: Io = {
    out: (text) => rawIo.out(printable(text)),
    err: (text) => rawIo.err(printable(text)),
    progress: rawIo.progress,
  };
  const { args, error } = parseArgs(argv);
  const say = sayTo(io, args.lang);
  const fail = (e: CliError) => {
    say(e.key, e.params);
    for (const line of e.details ?? []) io.err(`  - ${line}\n`);
    return EXIT.cannotRun;
  };
  if (error) return fail(error);
  if (args.version) {
    io.out(`bank-assess ${VERSION}\n`);
    return EXIT.ok;
  }
  // `bank-assess help rank` asks for the same as `bank-assess rank --help`.
  const asked = args.command === "help" ? (args.files[0] ?? null) : args.command;
  const command = COMMANDS.find((c) => c.name === asked);
  if (args.help || args.command === null || args.command === "help") {
    if (asked !== null && !command)
      return fail({ key: "cli.unknownCommand", params: { command: asked } });
    io.out(`${command ? commandHelp(command, args.lang) : generalHelp(COMMANDS, args.lang)}\n`);
    return args.command === null && !args.help ? EXIT.cannotRun : EXIT.ok;
  }
  if (!command) return fail({ key: "cli.unknownCommand", params: { command: args.command } });
  try {
    const outcome = await command.run(args, io);
    return "error" in outcome ? fail(outcome.error) : outcome.code;
  } catch (unexpected) {
    // A file that opened but whose sheets cannot be parsed is damaged, not a bug.
    if (unexpected instanceof ZipError || unexpected instanceof WorkbookDamaged)
      return fail({ key: "cli.damaged", params: { file: args.files.join("、") } });
    if (unexpected instanceof SheetTooLarge)
      return fail({
        key: "cli.tooManyRows",
        params: { file: args.files.join("、"), limit: unexpected.limit },
      });
    // A bug, not the user's fault: say so in one line, without a stack trace.
    return fail({ key: "cli.failed", params: { reason: (unexpected as Error).message } });
  }
}
