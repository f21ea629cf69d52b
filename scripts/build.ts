// npm run build: Astro's build, with the metrics and upstream pulls inside it
// (src/integrations/pulls.ts says when they run and why there).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pullDuringBuild } from '../src/integrations/pulls.ts';
import { holdHeapGrowth } from './lib/heap-growth.ts';
import { pullBoth } from './lib/pull/both.ts';

holdHeapGrowth(process.cwd());

pullDuringBuild((content, now) => pullBoth(content, process.cwd(), now, process.env));

// Astro's own command line, in this process: the same flags, messages and exit codes as `astro build`.
const manifest = createRequire(import.meta.url).resolve('astro/package.json');
const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { astro: string } };
const astro = join(dirname(manifest), bin.astro);
process.argv = [process.execPath, astro, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astro).href);
