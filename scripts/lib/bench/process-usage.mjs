// Preloaded into every Node process of a benchmarked build: records, when it exits, its
// peak resident memory (kilobytes) and the CPU time it used (microseconds, user and
// system) in BENCH_USAGE_DIR. CPU time leaves out what other processes take, though on the
// bench VM it still moves with the host (machine-speed.ts says how fast it was).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

process.on('exit', () => {
  const directory = process.env.BENCH_USAGE_DIR;
  if (!directory) return;
  const usage = process.resourceUsage();
  writeFileSync(join(directory, `${process.pid}.json`), JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime }));
});
