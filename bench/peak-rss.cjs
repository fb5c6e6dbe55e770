// Preloaded into a command the bench runs: its peak memory (RSS, KiB) as the last line of its stderr.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
