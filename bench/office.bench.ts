import { readFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate } from "../src/core/template/parse-template";
import {
  collectInto,
  validateAndRank,
  type Trips,
} from "../test/support/strict-excel/scale-scenario";
import { installExcelEnums } from "../test/support/strict-excel/strict-excel";

/**
 * Round trips of the Office adapter on the strict fake (no Excel here): how many syncs each job needs and the
 * largest request and response, against Excel on the web's 5 MB. Counts, not times: they do not depend on the
 * machine.
 */
export async function officeBench(): Promise<Trips[]> {
  installExcelEnums();
  const parsed = parseTemplate(
    JSON.parse(
      readFileSync(path.join(process.cwd(), "assets/samples/ops-2025.template.json"), "utf8")
    )
  );
  if (!parsed.ok) throw new Error("sample template");
  const figures: Trips[] = [];
  for (const rows of [500, 10_000, 100_000]) {
    for (const trips of await validateAndRank(parsed.value, rows))
      figures.push({ ...trips, job: `${trips.job}, ${rows.toLocaleString("en-US")} rows` });
  }
  figures.push(await collectInto(parsed.value, 50, 2_000));
  figures.push(await collectInto(parsed.value, 300, 200));
  return figures;
}

export const describeTrips = (t: Trips) =>
  `${t.job}\n  ${t.syncs} syncs · largest request ${(t.largestRequest / 1e6).toFixed(2)} MB · largest response ${(t.largestResponse / 1e6).toFixed(2)} MB`;
