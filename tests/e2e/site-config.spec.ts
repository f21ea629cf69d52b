import { expect, test } from '@playwright/test';
import { POSTMORTEM, readSite, SAMPLE_ZONE } from './lib/content';
import { at } from './lib/site';

const site = readSite();

test.describe('the operator\'s settings (content/site.yaml)', () => {
  test('the header shows the logo in place of the name, linking home', async ({ page }) => {
    expect(site.logo, 'the sample configures a logo').toBeDefined();
    await page.goto(at('/'));
    const home = page.locator('header').getByRole('link', { name: `${site.logo!.alt} Status` });
    await expect(home).toHaveAttribute('href', at('/'));
    const logo = home.locator('img');
    await expect(logo).toHaveAttribute('src', at(site.logo!.src));
    await expect(logo).toHaveAttribute('alt', site.logo!.alt);
    // Loaded and drawn at the header's height, not a broken-image box.
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect((await logo.boundingBox())?.height).toBe(32);
    // Its width is reserved before it loads, so the header never shifts: the sample is 164 x 32.
    await expect(logo).toHaveAttribute('width', '164');
  });

  test('header and footer link to the contact address, and the footer to the operator\'s site', async ({ page }) => {
    await page.goto(at('/history/'));
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', site.contact);
    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', site.contact);
    await expect(footer.getByRole('link', { name: site.name })).toHaveAttribute('href', site.homepage!);
  });

  test('a timeline time shows UTC, then the time in the configured zone', async ({ page }) => {
    expect(site.timeZone, 'the sample names the zone these expectations work out by hand').toBe(SAMPLE_ZONE.timeZone);
    await page.goto(at(`/incidents/${POSTMORTEM}/`));
    const first = page.locator('[data-timeline] > li').last().locator('time');
    await expect(first).toHaveText('9 Sep 2026, 02:14 UTC (09:14 WIB)');
    await expect(first).toHaveAttribute('datetime', '2026-09-09T02:14:00.000Z');
  });
});
