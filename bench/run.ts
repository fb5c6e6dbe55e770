import os from "node:os";
import { bundleSizes } from "./bundle.bench";
import { calibrateBench, describeCalibrate } from "./calibrate.bench";
import { cliBench } from "./cli.bench";
import { collectBench } from "./collect.bench";
import { hostileBench } from "./hostile.bench";
import { describeLibreOffice, libreOfficeBench } from "./libreoffice.bench";
import { resultsBench } from "./results.bench";
import { reviewsBench } from "./reviews.bench";
import type { CommandFigure } from "./command";
import { engineBench } from "./engine.bench";
import { functionsBench } from "./functions.bench";
import type { Figure } from "./measure";
import { describeTrips, officeBench } from "./office.bench";
import { describeWhatif, whatifBench } from "./whatif.bench";
import { describeScale, scaleBench } from "./scale.bench";

const command = (f: CommandFigure) =>
  `${f.name}\n  ${f.ms < 1000 ? `${f.ms.toFixed(0)} ms` : `${(f.ms / 1000).toFixed(1)} s`} · peak memory (RSS) ${f.peakRssMib.toFixed(0)} MiB`;

/** `npm run bench`: prints figures for the README. Not a test; nothing here fails on a slow machine. */
async function main() {
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`;
  console.log(`node ${process.version} · ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  for (const size of bundleSizes()) {
    console.log(
      `${size.name}\n  ${(size.bytes / 1024).toFixed(0)} KiB, ${(size.gzipped / 1024).toFixed(0)} KiB gzipped`
    );
  }
  for (const figure of await cliBench()) console.log(command(figure));
  console.log(describeScale(await scaleBench()));
  console.log(describeLibreOffice(await libreOfficeBench()));
  console.log(command(await collectBench()));
  console.log(command(await reviewsBench()));
  console.log(command(await resultsBench()));
  console.log(describeCalibrate(await calibrateBench()));
  console.log(describeWhatif(await whatifBench()));
  console.log("Hostile inputs (issue 15), each to its refusal or result within 2 GB and 120 s:");
  for (const figure of await hostileBench()) console.log(command(figure));
  console.log(
    "Office adapter on the strict Excel fake (requests, bytes per request and where they go; 5 MB limit per request and response):"
  );
  for (const trips of await officeBench()) console.log(describeTrips(trips));
  const figures: Figure[] = [...functionsBench(), ...engineBench()];
  for (const f of figures) {
    const timing =
      f.runs > 1
        ? `median ${f.medianMs.toFixed(2)} ms · best ${f.minMs.toFixed(2)} ms · ${f.runs} runs`
        : `${f.medianMs.toFixed(0)} ms`;
    console.log(`${f.name}\n  ${timing} · heap ${f.heapMb.toFixed(0)} MiB`);
  }
}

void main();
