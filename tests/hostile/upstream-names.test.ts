import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENTS_SHOWN } from '../../src/lib/upstream/view';
import { copySite, type SiteCopy } from '../support/site-copy';

// A provider's name inside the sentence "And N more on <name>'s page.", which is rendered
// as HTML to keep its apostrophe as written: the name alone must be escaped, as Astro would.
const HOSTILE_NAME = `Carrier <img src=x onerror="alert('x')"> & Co`;
const ESCAPED_NAME = 'Carrier &lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; Co';

describe('a hostile upstream provider name', () => {
  let site: SiteCopy;
  let html: string;

  beforeAll(async () => {
    site = await copySite();
    const config = join(site.root, 'content/upstreams.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('name: Nusantara Carrier Exchange', `name: '${HOSTILE_NAME.replace(/'/g, "''")}'`));
    const copy = join(site.root, 'content/upstreams/nusantara-carrier.json');
    const summary = JSON.parse(await readFile(copy, 'utf8'));
    const [incident] = summary.incidents;
    summary.incidents = Array.from({ length: MAX_EVENTS_SHOWN + 2 }, (_, index) => ({ ...incident, id: `${incident.id}${index}`, name: `${incident.name} ${index}` }));
    await writeFile(copy, JSON.stringify(summary));
    const pulled = await site.pullUpstreams();
    if (pulled.code !== 0) throw new Error(pulled.output);
    const built = await site.build();
    if (built.code !== 0) throw new Error(built.output);
    html = await readFile(join(site.root, 'dist/components/sms-smartfren/index.html'), 'utf8');
  }, 120_000);

  afterAll(async () => {
    await site.remove();
  });

  it('stays text in the sentence that holds an apostrophe', () => {
    expect(html).toContain(`And 2 more on <a href="https://status.ncx-carrier.example" rel="external noreferrer" class="underline underline-offset-4">${ESCAPED_NAME}'s page</a>.`);
    expect(html).not.toContain('<img src=x');
  });
});
