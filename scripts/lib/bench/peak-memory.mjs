// Preloaded into every Node process of a benchmarked build: records its peak resident
// memory (kilobytes) in BENCH_MEMORY_DIR when it exits.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

process.on('exit', () => {
  const directory = process.env.BENCH_MEMORY_DIR;
  if (directory) writeFileSync(join(directory, `${process.pid}.kb`), String(process.resourceUsage().maxRSS));
});
