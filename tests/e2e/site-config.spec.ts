import { expect, test } from '@playwright/test';
import { readSite } from './lib/content';

const site = readSite();

test.describe('the operator\'s settings (content/site.yaml)', () => {
  test('the header shows the logo in place of the name, linking home', async ({ page }) => {
    expect(site.logo, 'the sample configures a logo').toBeDefined();
    await page.goto('/');
    const home = page.locator('header').getByRole('link', { name: `${site.logo!.alt} Status` });
    await expect(home).toHaveAttribute('href', '/');
    const logo = home.locator('img');
    await expect(logo).toHaveAttribute('src', site.logo!.src);
    await expect(logo).toHaveAttribute('alt', site.logo!.alt);
    // Loaded and drawn at the header's height, not a broken-image box.
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect((await logo.boundingBox())?.height).toBe(32);
  });

  test('header and footer link to the contact address, and the footer to the operator\'s site', async ({ page }) => {
    await page.goto('/history/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', site.contact);
    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', site.contact);
    await expect(footer.getByRole('link', { name: site.name })).toHaveAttribute('href', site.homepage!);
  });
});
