import type { ServerResponse } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_EPOCH } from '../support/clock';
import { copySite, type SiteCopy } from '../support/site-copy';
import { sampleCarrierSummary } from '../support/upstreams';
import { startLocalServer, type LocalServer } from '../support/local-server';

type Mode = 'good' | 'dead' | 'slow' | 'huge' | 'html' | 'malformed' | '401' | 'renamed';
const TWO_HOURS_EARLIER = String(Number(TEST_EPOCH) - 2 * 3600);

/** The sample carrier, with an incident title that must stay text. */
function hostileCarrier() {
  const summary = sampleCarrierSummary() as ReturnType<typeof sampleCarrierSummary> & { incidents: { name: string }[] };
  summary.incidents[0]!.name = 'Slow delivery <script>alert(1)</script> & "quotes"';
  return summary;
}

const json = (response: ServerResponse, document: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));

/**
 * Two upstream pages on 127.0.0.1: a Statuspage-shaped carrier and another StatusWire
 * site's built API, each failing the way its current mode says.
 */
function upstreams(modes: Record<'carrier' | 'kabar', Mode>, kabarSummary: () => Promise<string>): Promise<LocalServer> {
  return startLocalServer(async (request, response) => {
    const page = request.url?.startsWith('/carrier/') ? 'carrier' : request.url?.startsWith('/kabar/') ? 'kabar' : null;
    if (page === null || !request.url?.endsWith('/api/v2/summary.json')) return response.writeHead(404).end();
    const good = page === 'carrier' ? hostileCarrier() : JSON.parse(await kabarSummary());
    switch (modes[page]) {
      case 'good':
        return json(response, good);
      case 'dead':
        return request.socket.destroy();
      case 'slow':
        return; // never answers: the page's time limit must end it
      case 'huge': {
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = ' '.repeat(64 * 1024);
        for (let sent = 0; sent < 5 * 1024 * 1024 && !response.destroyed; sent += chunk.length) response.write(chunk);
        return response.end('{}');
      }
      case 'html':
        return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Status</title><p>We are fine.</p>');
      case 'malformed':
        return json(response, { ...good, components: [{ id: 'x', name: 'X', status: 'on_fire' }] });
      case '401':
        return response.writeHead(401, { 'www-authenticate': 'Basic' }).end('sign in');
      case 'renamed':
        return json(response, { ...good, components: good.components.map((row: { id: string }) => (row.id === 'sms-smartfren' ? { ...row, id: 'smartfren-v2' } : row)) });
    }
  });
}

describe('pulling upstream pages', () => {
  let site: SiteCopy;
  let server: LocalServer | undefined;
  const modes: Record<'carrier' | 'kabar', Mode> = { carrier: 'good', kabar: 'good' };
  const kept = (page: string) => join(site.root, '.statuswire/upstreams', `${page}.json`);
  const pull = (env: Record<string, string> = {}) => site.pullUpstreams(env);
  let base = '';
  /** The pages' time limit: long enough for a busy machine, short only where a silent page is tested. */
  const configure = (timeoutSeconds: number) =>
    writeFile(join(site.root, 'content/upstreams.yaml'), [
      'pages:',
      `  - { id: carrier, name: Nusantara Carrier Exchange, url: "${base}/carrier", timeoutSeconds: ${timeoutSeconds} }`,
      `  - { id: kabar, name: Kabar Cloud, url: "${base}/kabar/", timeoutSeconds: ${timeoutSeconds} }`,
      'components:',
      '  - id: voice',
      '    upstream: [{ page: carrier, component: ncx-id-sf, follow: true }]',
      '  - id: dashboard',
      '    upstream: [{ page: kabar, component: sms-smartfren }, { page: kabar, component: verify-api, follow: true }]',
      '',
    ].join('\n'));

  beforeAll(async () => {
    site = await copySite();
    // The copy's own build is the StatusWire page another site depends on.
    const first = await site.build();
    if (first.code !== 0) throw new Error(first.output);
    server = await upstreams(modes, () => readFile(join(site.root, 'dist/api/v2/summary.json'), 'utf8'));
    base = server.origin;
    await configure(10);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await site?.remove();
  });

  it('reads a Statuspage page and a StatusWire site, both at once, and keeps each copy', async () => {
    const result = await pull({ SOURCE_DATE_EPOCH: TWO_HOURS_EARLIER });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/upstream carrier \(http:\/\/127\.0\.0\.1:\d+\): 12 components, "Minor Service Outage"/);
    expect(result.output).toMatch(/upstream kabar \(http:\/\/127\.0\.0\.1:\d+\): 13 components/);
    expect(JSON.parse(await readFile(kept('kabar'), 'utf8')).summary.components.map((row: { id: string }) => row.id)).toContain('sms-smartfren');
  }, 30_000);

  it('lists a page\'s components with ids and status for the writer, by URL or by page id', async () => {
    const byUrl = await site.command('upstream', [`${base}/carrier`]);
    expect(byUrl.code, byUrl.output).toBe(0);
    expect(byUrl.output).toContain('Indonesia (group grp-id0001aa, degraded performance)');
    expect(byUrl.output).toContain('  ncx-id-sf    Smartfren (Indonesia) (degraded performance)');
    const byId = await site.command('upstream', ['kabar']);
    expect(byId.output).toMatch(/^ {2}sms-smartfren +Smartfren \(partial outage\)$/m);
    const unknown = await site.command('upstream', ['nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('upstream: "nowhere" is neither a page id in content/upstreams.yaml nor a status page URL');
  }, 30_000);

  it.each([
    ['a dead page', 'dead', 'could not be reached'],
    ['a slow page', 'slow', 'no answer within 1 s'],
    ['a huge answer', 'huge', 'sent more than 4 MiB'],
    ['an HTML page', 'html', 'sent something that is not JSON'],
    ['a malformed summary', 'malformed', 'wrong shape at components[0].status'],
    ['HTTP 401', '401', 'answered HTTP 401'],
  ] as const)('%s: one line names it, the build goes on, the last good copy stays', async (_, mode, problem) => {
    const before = await readFile(kept('carrier'), 'utf8');
    modes.carrier = mode;
    await configure(mode === 'slow' ? 1 : 10);
    const result = await pull();
    await configure(10);
    expect(result.code).toBe(0);
    const lines = result.output.trim().split('\n').filter((line) => line.includes('upstream carrier'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(problem);
    expect(lines[0]).toContain('keeping the copy from 2 hours ago');
    expect(lines[0]).not.toContain('/carrier/api');
    expect(await readFile(kept('carrier'), 'utf8')).toBe(before);
  }, 30_000);

  it('says when a page no longer lists a component it was linked by', async () => {
    modes.kabar = 'renamed';
    const result = await pull();
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('it no longer lists sms-smartfren (linked from dashboard)');
    const check = await site.command('check', []);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toMatch(/^warning: content\/upstreams\.yaml:8:\d+  components\[1\]\.upstream\[0\]\.component  upstream page "kabar" does not list component "sms-smartfren" in its last fetched copy  \(run npm run upstream -- kabar to list its component ids\)$/m);
    expect(check.output).toMatch(/content OK: .*, 1 warning, checked in/);
  }, 30_000);

  it('fails instead with UPSTREAM_STRICT=1', async () => {
    const result = await pull({ UPSTREAM_STRICT: '1' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('answered HTTP 401');
    expect(result.output).toContain('UPSTREAM_STRICT=1, so the build stops here');
  }, 30_000);

  it('builds a site with the last good copies, their age, a followed status and an unlisted component', async () => {
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    const home = await readFile(join(site.root, 'dist/index.html'), 'utf8');
    // Followed: voice takes the carrier's degraded Smartfren, named as the reason, from the 2-hour-old copy.
    expect(home).toMatch(/data-component="voice" data-status="degraded_performance"/);
    expect(home).toContain('Status from Nusantara Carrier Exchange: it reports Smartfren (Indonesia) as degraded performance, as of <time datetime="2026-11-28T04:00:00.000Z">');
    const voice = await readFile(join(site.root, 'dist/components/voice/index.html'), 'utf8');
    expect(voice).toContain('data-followed="carrier/ncx-id-sf"');
    expect(voice).toMatch(/Fetched 2 hours ago, <time datetime="2026-11-28T04:00:00.000Z">.*?<\/time>; the last pull failed: the page answered HTTP 401\./);
    expect(voice).toContain('Slow delivery &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(voice).not.toContain('<script>alert(1)');
    const dashboard = await readFile(join(site.root, 'dist/components/dashboard/index.html'), 'utf8');
    expect(dashboard).toContain('data-upstream="kabar/sms-smartfren" data-upstream-state="unlisted"');
    expect(dashboard).toContain('The provider no longer lists component sms-smartfren.');
    // The API and the badges say the followed status too; the upstream's incidents stay out of ours.
    const api = JSON.parse(await readFile(join(site.root, 'dist/api/v2/summary.json'), 'utf8'));
    expect(api.components.find((row: { id: string }) => row.id === 'voice').status).toBe('degraded_performance');
    expect(JSON.stringify(api.incidents)).not.toContain('Slow delivery');
    expect(await readFile(join(site.root, 'dist/badges/components/voice.json'), 'utf8')).toContain('degraded');
  }, 120_000);
});
