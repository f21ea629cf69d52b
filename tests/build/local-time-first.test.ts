import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';

const SMARTFREN_CUTOVER = '2027-02-10-smartfren-domestic-route-cutover';

/** The sample built with `timeOrder: local-first`: an Indonesian reader meets the WIB date first. */
describe('a site that puts its time zone first', () => {
  let site: SiteCopy;
  let home: Document;
  let cutover: Document;

  beforeAll(async () => {
    site = await copySite();
    const config = join(site.root, 'content/site.yaml');
    await writeFile(config, `${await readFile(config, 'utf8')}\ntimeOrder: local-first\n`);
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    const page = async (path: string) => parseHTML(await readFile(join(site.root, 'dist', path), 'utf8')).document;
    home = await page('index.html');
    cutover = await page(`maintenance/${SMARTFREN_CUTOVER}/index.html`);
  }, 120_000);

  afterAll(() => site.remove());

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows the WIB date and time first and UTC in brackets, naming the UTC day when it differs', () => {
    const start = cutover.querySelector('main time[datetime="2027-02-09T18:00:00.000Z"]');
    expect(text(start)).toBe('10 Feb 2027, 01:00 WIB (9 Feb, 18:00 UTC)');
    const row = home.querySelector(`li[data-maintenance="${SMARTFREN_CUTOVER}"] time`);
    expect(text(row)).toBe('10 Feb 2027, 01:00 WIB (9 Feb, 18:00 UTC)');
  });

  it('says so in the footer', () => {
    expect(text(home.querySelector('footer'))).toContain('Last updated 28 Nov 2026, 13:00 WIB (06:00 UTC). Times are shown in Asia/Jakarta time, with UTC in brackets.');
  });

  it('keeps day headings on UTC days', () => {
    expect(text(home.querySelector('[data-day="2026-11-28"] h3 time'))).toBe('28 Nov 2026');
  });
});
