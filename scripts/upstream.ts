// npm run upstream -- <page id or status page URL>: lists an upstream page's groups and
// components with their ids and current status, to write content/upstreams.yaml
// without reading raw JSON. A page id from content/upstreams.yaml is pulled as the build
// pulls it (a stored copy stays offline); a URL is fetched with the same limits.
import { buildClock } from '../src/lib/status/clock.ts';
import { loadContent } from '../src/lib/content/check.ts';
import { upstreamsFileSchema } from '../src/lib/content/schemas.ts';
import { readTextFile } from '../src/lib/metrics/bounded-read.ts';
import { fetchText } from '../src/lib/metrics/http.ts';
import { upstreamListing } from '../src/lib/upstream/listing.ts';
import { describePage, pullUpstream } from '../src/lib/upstream/pull.ts';

const USAGE = 'npm run upstream -- <page id from content/upstreams.yaml, or a status page URL like https://status.example.com>';

async function main(argument: string | undefined): Promise<string[]> {
  if (argument === undefined || argument === '--help' || argument === '-h') return [USAGE];
  const root = process.cwd();
  const configured = (await loadContent(root, buildClock(), 'none')).upstreams?.pages.find((page) => page.id === argument);
  const given = configured ?? upstreamsFileSchema.safeParse({ pages: [{ id: 'page', name: 'page', url: argument }] }).data?.pages[0];
  if (!given) throw new Error(`"${argument}" is neither a page id in content/upstreams.yaml nor a status page URL  (give one like https://status.example.com)`);
  const outcome = await pullUpstream(given, root, { fetchText, readText: readTextFile });
  if (!outcome.ok) throw new Error(`${describePage(given)} ${outcome.detail}`);
  return upstreamListing(outcome.summary);
}

try {
  console.log((await main(process.argv[2])).join('\n'));
} catch (error) {
  console.error(`upstream: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
