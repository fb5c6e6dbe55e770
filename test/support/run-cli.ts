import { run } from "../../src/cli/main";

/** Runs `bank-assess` in this process, as a user would from a terminal, and keeps what it printed. */
export async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    progress: false,
  });
  return { code, out, err };
}
