import { expect, test, type Locator } from '@playwright/test';
import { SMARTFREN, TEST_NOW, UPCOMING_MAINTENANCE, expectedHistory, incident, maintenance } from './lib/content';
import { at } from './lib/site';

/** What a reader meets first, on a phone and on a desktop, at the pinned clock (the Smartfren incident is open). */
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [PHONE, { width: 1280, height: 900 }];

/** Slugs of the entries in the order they stand on the screen, top to bottom. */
async function onScreenOrder(entries: Locator): Promise<string[]> {
  const placed = await entries.evaluateAll((els) =>
    els.map((el) => ({ slug: el.getAttribute('data-incident') ?? el.getAttribute('data-maintenance') ?? '', top: el.getBoundingClientRect().top })),
  );
  return placed.sort((a, b) => a.top - b.top).map((entry) => entry.slug);
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('history opens with the ongoing incident, then upcoming maintenance, then the past', async ({ page }) => {
      await page.goto(at('/history/'));
      const expected = expectedHistory();
      expect(await onScreenOrder(page.locator('main article'))).toEqual(expected.map((item) => item.slug));
      expect(expected.slice(0, 3).map((item) => [item.slug, item.phase])).toEqual([
        [SMARTFREN, 'ongoing'],
        ['2027-01-14-telkomsel-smpp-bind-migration', 'upcoming'],
        [UPCOMING_MAINTENANCE, 'upcoming'],
      ]);
      const headings = page.locator('main [data-section] > :is(h2, h3)');
      await expect(headings.first()).toHaveText('Ongoing');
      await expect(headings.nth(1)).toHaveText('Upcoming');
      // The open incident is the first entry a reader sees.
      const first = page.locator(`main article[data-incident="${SMARTFREN}"]`);
      await expect(first.getByRole('link', { name: incident(SMARTFREN).title })).toBeVisible();
      expect((await first.boundingBox())!.y).toBeLessThan((await page.locator(`main article[data-maintenance="${UPCOMING_MAINTENANCE}"]`).boundingBox())!.y);
    });

    test('a component page lists its ongoing incident above its upcoming maintenance', async ({ page }) => {
      await page.goto(at('/components/sms-smartfren/'));
      expect(await onScreenOrder(page.locator('main article'))).toEqual([SMARTFREN, UPCOMING_MAINTENANCE]);
      expect(maintenance(UPCOMING_MAINTENANCE).window.start > TEST_NOW).toBe(true);
      const headings = page.locator('main [data-section] > :is(h2, h3)');
      await expect(headings).toHaveText(['Ongoing', 'Upcoming']);
    });

    test('past 7 days lists the open incident on each day it was active', async ({ page }) => {
      await page.goto(at('/'));
      const days = page.locator('section[aria-labelledby="recent-history"] [data-day]');
      await expect(days).toHaveCount(7);
      for (const day of await days.all()) {
        await expect(day.locator(`article[data-incident="${SMARTFREN}"]`)).toBeVisible();
        await expect(day).not.toContainText('No incidents reported.');
      }
    });
  });
}

test.describe('phone, 390 x 844', () => {
  test.use({ viewport: PHONE });

  test('the first component row starts within the first 1.5 screens', async ({ page }) => {
    await page.goto(at('/'));
    const top = await page.locator('[data-component]').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top, `first component row at ${top} px`).toBeLessThan(1.5 * PHONE.height);
    // Upcoming maintenance stays above it, compact: its details are on its own page.
    const maintenanceRows = page.locator('section[aria-labelledby="maintenance"] li[data-maintenance]');
    await expect(maintenanceRows).toHaveCount(2);
    await expect(maintenanceRows.locator('.prose-status')).toHaveCount(0);
    const list = (await page.locator('section[aria-labelledby="maintenance"] ul').boundingBox())!;
    expect(list.height, 'both windows take about a third of a screen at most').toBeLessThan(0.35 * PHONE.height);
  });
});
