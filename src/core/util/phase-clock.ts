/**
 * Where a long job spends its time, by phase (read, assess, build, XML, deflate, write): off unless asked
 * (`BANK_ASSESS_PHASES=1` for the command, which prints the phases on stderr as it exits; `npm run bench`
 * reads them). Costs one comparison a call when off. Phases may nest: each is timed on its own clock, so
 * "build" includes nothing of "XML" only where the callers keep them apart.
 */
const totals = new Map<string, number>();
let on = false;

const now = () =>
  typeof performance !== "undefined" && typeof performance.now === "function"
    ? performance.now()
    : Date.now();

export const phaseClock = {
  enable(enabled = true): void {
    on = enabled;
    totals.clear();
  },
  get enabled(): boolean {
    return on;
  },
  /** The time since `start` (a value `phaseClock.start()` gave) added to `phase`. */
  add(phase: string, start: number): void {
    if (on) totals.set(phase, (totals.get(phase) ?? 0) + (now() - start));
  },
  start(): number {
    return on ? now() : 0;
  },
  /** Runs `work`, its time added to `phase`. */
  time<T>(phase: string, work: () => T): T {
    if (!on) return work();
    const start = now();
    try {
      return work();
    } finally {
      phaseClock.add(phase, start);
    }
  },
  async timeAsync<T>(phase: string, work: () => Promise<T>): Promise<T> {
    if (!on) return work();
    const start = now();
    try {
      return await work();
    } finally {
      phaseClock.add(phase, start);
    }
  },
  /** Milliseconds by phase, in the order the phases were first timed. */
  totals(): Record<string, number> {
    return Object.fromEntries(totals);
  },
};
