/**
 * Preloaded into a benchmarked child (`node --require bench/child-usage.js …`): when the process
 * exits, writes its own CPU time and peak RSS (getrusage) as JSON to the file named by
 * BENCH_USAGE_FILE, so the parent gets them without an external `time` command.
 */
const { writeFileSync } = require('node:fs');

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssBytes: usage.maxRSS * 1024 }));
  });
}
