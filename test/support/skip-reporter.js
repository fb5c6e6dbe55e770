/* Makes skipped tests impossible to miss: lists them after the run (a user's laptop may lack LibreOffice
 * or Chromium; CI installs both and runs with BANK_ASSESS_REQUIRE_TOOLS=1, where nothing may skip), and
 * ends with one plain "N passed, N failed, N skipped" line that any CI can read. */
class SkipReporter {
  onRunComplete(_contexts, results) {
    const skipped = [];
    const missingTool = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === "pending" || test.status === "skipped") skipped.push(test.fullName);
        if (
          (test.status === "pending" || test.status === "skipped") &&
          test.fullName.includes("[skipped:")
        )
          missingTool.push(test.fullName);
      }
    }
    if (missingTool.length > 0) {
      process.stderr.write(
        `\n⚠ ${missingTool.length} test(s) SKIPPED because a tool they need is missing:\n`
      );
      for (const name of missingTool) process.stderr.write(`  - ${name}\n`);
    }
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed, ${skipped.length} skipped\n`
    );
  }
}
module.exports = SkipReporter;
