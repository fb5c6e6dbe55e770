import { run } from "./main";

// stdout carries results (JSON with --json); messages go to stderr; progress only when a person watches.
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
