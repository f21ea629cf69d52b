import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist';
import { copySite, type SiteCopy } from '../support/site-copy';

const TITLE = `<script>alert("title")</script> & "quoted" 'single' ]]> 🚨`;
const MESSAGE = `Delays <img src=x onerror=alert(1)> & <b>bold</b> ]]> 📉`;

/** Elements the hostile text would create if any of it were taken as markup. */
function injectedElements(html: string): string[] {
  const { document } = parseHTML(html);
  return [
    ...[...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert')).map(() => 'script'),
    ...[...document.querySelectorAll('img[src="x"]')].map(() => 'img'),
    ...[...document.querySelectorAll('b')].filter((bold) => bold.textContent === 'bold').map(() => 'b'),
  ];
}

describe('an incident whose title and messages hold markup', () => {
  let site: SiteCopy;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    site = await copySite();
    const yamlTitle = JSON.stringify(TITLE);
    await writeFile(
      join(site.root, 'content/incidents/2026-11-27-hostile.mdx'),
      `---\ntitle: ${yamlTitle}\nimpact: major\ncomponents:\n  - id: sms-smartfren\n    status: major_outage\nupdates:\n  - at: 2026-11-27T08:00:00Z\n    status: investigating\n    message: ${JSON.stringify(MESSAGE)}\n---\n\nBody.\n`,
    );
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    const dist = join(site.root, 'dist');
    for (const file of await listFiles(dist)) {
      if (file.endsWith('.html')) pages.set(file, await readFile(join(dist, file), 'utf8'));
    }
  }, 120_000);

  afterAll(() => site.remove());

  it('never lets the markup become elements on any page', () => {
    const leaks = [...pages].flatMap(([file, html]) => injectedElements(html).map((element) => `${file}: <${element}>`));
    expect(leaks).toEqual([]);
  });

  it('keeps the exact title as the text of the incident heading and the page title', () => {
    const { document } = parseHTML(pages.get('incidents/2026-11-27-hostile/index.html') ?? '');
    expect(document.querySelector('h1')?.textContent).toBe(TITLE);
    expect(document.querySelector('title')?.textContent?.startsWith(TITLE)).toBe(true);
  });

  it.each([
    'incidents/2026-11-27-hostile/index.html',
    'index.html',
    'history/index.html',
    'components/sms-smartfren/index.html',
  ])('shows the title as escaped text on %s', (file) => {
    const html = pages.get(file) ?? '';
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('🚨');
  });

  it('shows the message as escaped text, keeping the emoji', () => {
    const html = pages.get('incidents/2026-11-27-hostile/index.html') ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('📉');
  });
});
