// The benchmark's upstream pull: Statuspage-shaped pages served from 127.0.0.1 and
// pulled by scripts/pull-upstreams.ts in a copy of the site, timed from the outside.
import { spawn } from 'node:child_process';
import { writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { copySiteFiles } from '../site-copy.ts';
import { statuspageSummary } from './upstream-pages.ts';

export const UPSTREAM_PAGES = 10;
export const UPSTREAM_COMPONENTS = 300;

/**
 * The upstream pull alone: 10 Statuspage-shaped pages of 300 components each, served
 * from 127.0.0.1, every page linked from a component, timed as `npm run build` runs it.
 */
export async function upstreamPullBench(env: Record<string, string>) {
  const bodies = Array.from({ length: UPSTREAM_PAGES }, (_, index) => JSON.stringify(statuspageSummary(UPSTREAM_COMPONENTS, `p${index}-`)));
  const server = createServer((request, response) => {
    const index = Number(/^\/(\d+)\/api\/v2\/summary\.json$/.exec(request.url ?? '')?.[1] ?? -1);
    const body = bodies[index];
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const root = await copySiteFiles('statuswire-bench-upstreams-');
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pages = bodies.map((_, index) => `  - { id: p${index}, name: Provider ${index}, url: "${base}/${index}" }`);
    const links = bodies.map((_, index) => `      - { page: p${index}, component: p${index}-000007, follow: true }`);
    await writeFile(join(root, 'content/upstreams.yaml'), ['pages:', ...pages, 'components:', '  - id: sms-smartfren', '    upstream:', ...links, ''].join('\n'));
    const started = performance.now();
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, ['scripts/pull-upstreams.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
      child.on('error', fail);
      child.on('close', done);
    });
    if (code !== 0) throw new Error(`the upstream pull exited with ${code}`);
    return { pages: UPSTREAM_PAGES, components: UPSTREAM_COMPONENTS, pageBytes: Buffer.byteLength(bodies[0]!), seconds: (performance.now() - started) / 1000 };
  } finally {
    server.close();
    await rm(root, { recursive: true, force: true });
  }
}
