/* Each request of a 50-file collect made to fail in turn, on the strict fake: see failEachRequest for what is
 * checked after each failure and after a rerun. */
import { collectScenario, failEachRequest } from "../support/strict-excel/fail-each-request";
import { installExcelEnums } from "../support/strict-excel/strict-excel";

installExcelEnums();

describe("an interrupted collect, on the strict fake", () => {
  it("fails each request of a 50-file collect in turn (half its calls kept)", async () => {
    const requests = await failEachRequest(await collectScenario(50, 40), "half");
    expect(requests).toBeGreaterThan(1);
  }, 600_000);

  it("fails each request of a 50-file collect in turn before any of its calls", async () => {
    await failEachRequest(await collectScenario(50, 40), 0);
  }, 600_000);
});
