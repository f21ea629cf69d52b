import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { unlistedComponentWarnings } from '../../../src/lib/upstream/check';
import type { UpstreamCopy } from '../../../src/lib/upstream/store';
import { checkSummary, type UpstreamSummary } from '../../../src/lib/upstream/summary';
import { TEST_NOW } from '../../support/clock';
import { sampleCarrierSummary } from '../../support/upstreams';
import { contentRoot } from '../../support/content-root';

const checked = checkSummary(sampleCarrierSummary());
const SUMMARY = (checked.ok ? checked.summary : null) as UpstreamSummary;

let root: string;
beforeEach(async () => {
  root = await contentRoot('statuswire-upstreams-check-');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const upstreams = (components: string) =>
  writeFile(join(root, 'content/upstreams.yaml'), `pages:\n  - id: carrier\n    name: Carrier\n    url: https://status.carrier.example\ncomponents:\n${components}`);
const problems = async () => (await loadContent(root, TEST_NOW)).problems.map(formatProblem);

describe('checking content/upstreams.yaml', () => {
  it('is optional: without it there are no upstreams', async () => {
    const content = await loadContent(root, TEST_NOW);
    expect(content.problems).toEqual([]);
    expect(content.upstreams).toEqual({ pages: [], components: [], staleAfterMinutes: 180 });
  });

  it('takes pages and links, follow off unless set', async () => {
    await upstreams('  - id: sms-smartfren\n    upstream:\n      - { page: carrier, component: ncx-id-sf }\n');
    const content = await loadContent(root, TEST_NOW);
    expect(content.problems).toEqual([]);
    expect(content.upstreams?.components[0]?.upstream[0]).toEqual({ page: 'carrier', component: 'ncx-id-sf', follow: false });
    expect(content.upstreams?.pages[0]?.timeoutSeconds).toBe(10);
  });

  it('names an unknown upstream page id at its line', async () => {
    await upstreams('  - id: sms-smartfren\n    upstream:\n      - { page: carier, component: ncx-id-sf, follow: true }\n');
    expect(await problems()).toEqual([
      'content/upstreams.yaml:8:11  components[0].upstream[0].page  unknown upstream page "carier"  (use one of the ids under pages: carrier)',
    ]);
  });

  it('names an unknown component of ours at its line', async () => {
    await upstreams('  - id: sms-smartfern\n    upstream:\n      - { page: carrier, component: ncx-id-sf, follow: true }\n');
    expect(await problems()).toEqual([
      'content/upstreams.yaml:6:5  components[0].id  unknown component "sms-smartfern"  (use one of the ids in content/components.yaml: sms-smartfren, sms-telkomsel, verify-api)',
    ]);
  });

  it('refuses an address with a query, and a stored copy outside content/', async () => {
    await writeFile(join(root, 'content/upstreams.yaml'), 'pages:\n  - { id: a, name: A, url: "https://status.a.example/?token=x", snapshot: ../secrets.json }\n');
    const lines = await problems();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('pages[0].url  is not a status page address');
    expect(lines[1]).toContain('pages[0].snapshot  is not a JSON file under content/');
  });
});

describe('the check warnings about the last fetched copies', () => {
  it('name a linked component the last copy does not list, at its line', async () => {
    await upstreams('  - id: sms-smartfren\n    upstream:\n      - { page: carrier, component: ncx-id-sf }\n      - { page: carrier, component: ncx-id-gone }\n');
    const content = await loadContent(root, TEST_NOW);
    const copies = new Map<string, UpstreamCopy>([['carrier', { summary: SUMMARY, fetchedAt: TEST_NOW, report: null, problems: [] }]]);
    expect(unlistedComponentWarnings(content.upstreams!, content.upstreamsParsed, copies).map(formatProblem)).toEqual([
      'content/upstreams.yaml:9:26  components[0].upstream[1].component  upstream page "carrier" does not list component "ncx-id-gone" in its last fetched copy  (run npm run upstream -- carrier to list its component ids)',
    ]);
  });

  it('say nothing before a page was ever fetched', async () => {
    await upstreams('  - id: sms-smartfren\n    upstream:\n      - { page: carrier, component: anything }\n');
    const content = await loadContent(root, TEST_NOW);
    expect(unlistedComponentWarnings(content.upstreams!, content.upstreamsParsed, new Map())).toEqual([]);
  });
});
