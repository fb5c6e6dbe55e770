import {
  collectInto,
  validateAndRank,
  type Trips,
} from "../test/support/strict-excel/scale-scenario";
import { installExcelEnums } from "../test/support/strict-excel/strict-excel";
import { sampleTemplate } from "./scale-input";

/**
 * Round trips of the Office adapter on the strict fake (no Excel here): how many syncs each job needs and the
 * largest request and response, against Excel on the web's 5 MB. Counts, not times: they do not depend on the
 * machine.
 */
export async function officeBench(): Promise<Trips[]> {
  installExcelEnums();
  const template = sampleTemplate();
  const figures: Trips[] = [];
  for (const rows of [500, 10_000, 100_000]) {
    // Results writes a printed feedback page per person: at 100,000 rows, minutes on the fake.
    for (const trips of await validateAndRank(template, rows, { results: rows <= 10_000 }))
      figures.push({ ...trips, job: `${trips.job}, ${rows.toLocaleString("en-US")} rows` });
  }
  figures.push(await collectInto(template, 50, 2_000));
  figures.push(await collectInto(template, 300, 200));
  return figures;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** A job's requests (syncs), bytes per request (largest, mean), largest response, and where the bytes went. */
export function describeTrips(t: Trips): string {
  const lines = [
    `${t.job}`,
    `  ${t.syncs} requests · per request largest ${mb(t.largestRequest)}, mean ${mb(t.meanRequest)} · largest response ${mb(t.largestResponse)}`,
  ];
  const kinds = [...t.requestBytesByKind.entries()]
    .filter(([, { bytes }]) => bytes >= 10_000)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 5);
  if (kinds.length > 0)
    lines.push(
      `  by call: ${kinds.map(([kind, { calls, bytes }]) => `${kind} ${mb(bytes)} (${calls.toLocaleString("en-US")})`).join(", ")}`
    );
  return lines.join("\n");
}
