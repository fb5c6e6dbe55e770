import { phaseClock } from "../core/util/phase-clock";
import { run } from "./main";

// BANK_ASSESS_PHASES=1: where the time went, by phase, as the last line but one of stderr (npm run bench).
if (process.env.BANK_ASSESS_PHASES) {
  phaseClock.enable();
  const started = performance.now();
  process.on("exit", () => {
    const phases = Object.entries(phaseClock.totals())
      .map(([phase, ms]) => `${phase}=${ms.toFixed(0)}`)
      .join(" ");
    process.stderr.write(
      `\nBANK_ASSESS_PHASES ${phases} total=${(performance.now() - started).toFixed(0)}\n`
    );
  });
}

// stdout carries results (JSON with --json); messages go to stderr; progress only when a person watches.
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
