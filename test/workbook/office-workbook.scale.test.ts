/* 100,000 rows through the Office adapter on the strict fake: every request and response under Excel on the
 * web's 5 MB (the fake fails the sync otherwise), in a bounded number of round trips. */
import { collectInto, validateAndRank } from "../support/strict-excel/scale-scenario";
import { installExcelEnums, PAYLOAD_LIMIT } from "../support/strict-excel/strict-excel";
import { sampleTemplate } from "../support/samples";

installExcelEnums();

describe("OfficeWorkbook at 100,000 rows", () => {
  it("validates (with highlights) and ranks within the limits", async () => {
    const [template, validate, rank] = await validateAndRank(sampleTemplate(), 100_000);
    for (const job of [template, validate, rank]) {
      expect(job.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
      expect(job.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    }
    // Bounded by the data's size (about 4 MB a round trip), not by rows or cells.
    expect(validate.syncs).toBeLessThan(60);
    expect(rank.syncs).toBeLessThan(80);
    // Issue 27: formats per rectangle, not per cell, and reads that load no valueTypes.
    expect(validate.syncs).toBeLessThanOrEqual(20);
    expect(rank.syncs).toBeLessThanOrEqual(25);
    expect(rank.requestBytesByKind.get("numberFormat")!.bytes).toBeLessThan(2_000_000);
  }, 300_000);

  it("collects 50 files of 2,000 rows into the open workbook within the limits", async () => {
    const collect = await collectInto(sampleTemplate(), 50, 2_000);
    expect(collect.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(collect.syncs).toBeLessThan(80);
  }, 300_000);
});
