/* Each request of a rank made to fail in turn, on the strict fake: see failEachRequest for what is checked
 * after each failure and after a rerun. (The collect's are in office-workbook.faults-collect.test.ts, so that
 * the two run side by side.) */
import { failEachRequest, rankScenario } from "../support/strict-excel/fail-each-request";
import { installExcelEnums } from "../support/strict-excel/strict-excel";

installExcelEnums();

describe("an interrupted rank, on the strict fake", () => {
  it("fails each request of a 10,000-row rank in turn (half its calls kept): nothing lost, a rerun ends as an uninterrupted run", async () => {
    const requests = await failEachRequest(await rankScenario(10_000), "half");
    expect(requests).toBeGreaterThan(3);
  }, 600_000);

  // Failures between requests (nothing of the failed one run) leave the same kinds of state at any size:
  // 3,000 rows (several requests) keep the suite's time down; the 10,000-row rank fails mid-request above.
  it("fails each request of a 3,000-row rank in turn before any of its calls", async () => {
    const requests = await failEachRequest(await rankScenario(3_000), 0);
    expect(requests).toBeGreaterThan(3);
  }, 600_000);
});
