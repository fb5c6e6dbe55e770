import os from "node:os";
import { engineBench } from "./engine.bench";
import { functionsBench } from "./functions.bench";
import type { Figure } from "./measure";

/** `npm run bench`: prints figures for the README. Not a test; nothing here fails on a slow machine. */
const figures: Figure[] = [...functionsBench(), ...engineBench()];

console.log(
  `node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`
);
for (const f of figures) {
  console.log(
    `${f.name}\n  median ${f.medianMs.toFixed(2)} ms · best ${f.minMs.toFixed(2)} ms · ${f.runs} runs · heap ${f.heapMb.toFixed(0)} MB`
  );
}
