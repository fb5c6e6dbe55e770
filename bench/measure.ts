import { performance } from "node:perf_hooks";

export type Figure = {
  name: string;
  medianMs: number;
  minMs: number;
  runs: number;
  heapMb: number;
};

/** Median and best of a few runs after one warm-up, and the heap in use after them. Prints, never asserts:
 *  shared machines are noisy, so figures are read by people, not by tests. */
export function measure(name: string, run: () => void, runs = 5): Figure {
  // Start each figure from a collected heap (npm run bench passes --expose-gc), so one figure's garbage
  // is not billed to the next.
  (globalThis as { gc?: () => void }).gc?.();
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  return { name, medianMs: times[Math.floor(runs / 2)], minMs: times[0], runs, heapMb };
}
