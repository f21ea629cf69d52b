import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';

/** content/site.yaml with only the required fields: no logo, no homepage, no time zone. */
const MINIMAL = `name: Acme Messaging
description: Status of Acme Messaging.
url: https://status.acme.example
contact: https://acme.example/support
`;

describe('a site configured with the required fields only', () => {
  let site: SiteCopy;
  let home: Document;
  let incident: Document;

  beforeAll(async () => {
    site = await copySite();
    await writeFile(join(site.root, 'content/site.yaml'), MINIMAL);
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    const page = async (path: string) => parseHTML(await readFile(join(site.root, 'dist', path), 'utf8')).document;
    home = await page('index.html');
    incident = await page('incidents/2026-01-12-smartfren-delivery-delays/index.html');
  }, 120_000);

  afterAll(() => site.remove());

  it('names the operator in the header and the title instead of showing a logo', () => {
    const brand = home.querySelector('header a[href="/"]');
    expect(brand?.querySelector('img')).toBeNull();
    expect(brand?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Acme Messaging Status');
    expect(home.title).toBe('Acme Messaging Status');
  });

  it('shows times in UTC only and says so', () => {
    const times = [...incident.querySelectorAll('main time')].map((time) => time.textContent ?? '');
    expect(times.length).toBeGreaterThan(0);
    for (const text of times) expect(text).not.toContain('(');
    expect(times).toContain('12 Jan 2026, 02:40 UTC');
    expect(home.querySelector('footer')?.textContent).toContain('Times are shown in UTC.');
  });

  it('links the contact page and names the operator without a link to a homepage', () => {
    const footer = home.querySelector('footer');
    expect([...(footer?.querySelectorAll('a') ?? [])].map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Contact support', 'https://acme.example/support'],
    ]);
    expect(footer?.textContent).toContain('Acme Messaging · Contact support');
  });
});
