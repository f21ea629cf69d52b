import { expect, test, type Page } from '@playwright/test';
import { incident, XL_AXIATA, SMARTFREN } from './lib/content';
import { at } from './lib/site';

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Whether an element lies wholly inside the viewport's width. */
async function insideViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
  });
}

test.describe('uptime, day by day', () => {
  test('the home rows and the component page use one bar: 90 dated days, each with its uptime and what happened', async ({ page }) => {
    for (const [path, bars] of [['/', 10], ['/components/sms-xl-axiata/', 1]] as const) {
      await page.goto(at(path));
      const bar = page.locator('[data-uptime-days="sms-xl-axiata"]');
      await expect(page.locator('[data-uptime-days]'), path).toHaveCount(bars);
      await expect(bar.locator('li[data-day]'), path).toHaveCount(90);
      await expect(bar.locator('li[data-day] > [data-day-popup]'), path).toHaveCount(90);
      await expect(bar.locator('li[data-day]').first()).toHaveAttribute('data-day', '2026-08-31');
      await expect(bar.locator('li[data-day]').last()).toHaveAttribute('data-day', '2026-11-28');
      await expect(bar.locator('[data-uptime-ends]'), path).toHaveText(/^31 Aug 2026\s*100\.00 % uptime\s*Today$/);

      const troubled = bar.locator('li[data-day="2026-11-25"] [data-day-popup]');
      await expect(troubled).toContainText('25 Nov 2026');
      await expect(troubled).toContainText('Degraded performance');
      await expect(troubled.locator('[data-day-uptime]')).toHaveText(/^100\.00 % uptime · Degraded performance for \d+ h/);
      await expect(troubled.locator('[data-day-events] a')).toHaveText(incident(XL_AXIATA).title);
      await expect(troubled.locator('[data-day-events] a')).toHaveAttribute('href', at(`/incidents/${XL_AXIATA}/`));
      await expect(troubled).toContainText(/Delivered within 60 s:\s*\d/);
      // The home page names the headline metric only; the component page names every metric.
      await expect(troubled.locator('[data-day-figures]'), path).toHaveText(path === '/' ? /^Delivered within 60 s: [\d.]+ %$/ : /^Delivered within 60 s: [\d.]+ % · .+: [\d.]+/);

      const quiet = bar.locator('li[data-day="2026-11-20"] [data-day-popup]');
      await expect(quiet).toContainText('20 Nov 2026');
      await expect(quiet.locator('[data-day-events]')).toHaveText('No incidents');
      await expect(bar.locator('li[data-day="2026-11-28"] [data-day-popup]')).toContainText('28 Nov 2026, so far');
    }
  });

  test.describe('on a wide screen', () => {
    test.use({ viewport: WIDE });

    test('hovering a day of a home row shows its details, and they fit on the page', async ({ page }) => {
      await page.goto(at('/'));
      const day = page.locator('[data-uptime-days="sms-smartfren"] li[data-day="2026-11-25"]');
      const popup = day.locator('[data-day-popup]');
      await expect(popup).toBeHidden();
      await day.hover();
      await expect(popup).toBeVisible();
      await expect(popup).toContainText('70.00 % uptime · Partial outage for 1 d');
      // The home bar is hidden from assistive technology (its uptime link speaks for it), so no role here.
      await expect(popup.locator('a', { hasText: incident(SMARTFREN).title })).toBeVisible();
      expect(await insideViewport(page, '[data-uptime-days="sms-smartfren"] li[data-day="2026-11-25"] [data-day-popup]')).toBe(true);
      // The first and last days open towards the middle rather than off the page.
      for (const key of ['2026-08-31', '2026-11-28']) {
        await page.locator(`[data-uptime-days="sms-smartfren"] li[data-day="${key}"]`).hover();
        expect(await insideViewport(page, `[data-uptime-days="sms-smartfren"] li[data-day="${key}"] [data-day-popup]`), key).toBe(true);
      }
    });

    test('on the component page a day is reached from the keyboard, and focus shows its details', async ({ page }) => {
      await page.goto(at('/components/sms-xl-axiata/'));
      const day = page.locator('[data-uptime-days] li[data-day="2026-11-25"] > a');
      await expect(day).toHaveAccessibleName('25 Nov 2026: Degraded performance, 100.00 % uptime, 1 incident or maintenance');
      for (let presses = 0; presses < 120; presses++) {
        await page.keyboard.press('Tab');
        if (await day.evaluate((element) => element === document.activeElement)) break;
      }
      await expect(day).toBeFocused();
      const popup = page.locator('[data-uptime-days] li[data-day="2026-11-25"] [data-day-popup]');
      await expect(popup).toBeVisible();
      await expect(popup.getByRole('link', { name: incident(XL_AXIATA).title })).toBeVisible();
      // The incident in the pop-up is the next stop, and the pop-up stays open while it has focus.
      await page.keyboard.press('Tab');
      await expect(popup.getByRole('link', { name: incident(XL_AXIATA).title })).toBeFocused();
      await expect(popup).toBeVisible();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#day-2026-11-25$/);
      await expect(page.locator('#day-2026-11-25')).toBeInViewport();
    });

    test('the home page gives each bar one tab stop, not one per day', async ({ page }) => {
      await page.goto(at('/'));
      const stops = page.locator('[data-uptime-days] a:not([tabindex="-1"])');
      await expect(stops).toHaveCount(10);
      await expect(page.locator('[data-uptime="sms-smartfren"]')).toHaveText('70.00 % uptime');
      await expect(page.locator('[data-uptime="sms-smartfren"]')).toHaveAccessibleName(/^Smartfren: 70\.00 % uptime over the last 90 days; 90 days with incidents/);
      await expect(page.locator('[data-uptime="sms-smartfren"]')).toHaveAttribute('href', at('/components/sms-smartfren/#uptime'));
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE, hasTouch: true });

    test('a tap on a day of a home row opens that day in the component page list', async ({ page }) => {
      await page.goto(at('/'));
      const day = page.locator('[data-uptime-days="sms-xl-axiata"] li[data-day="2026-11-25"]');
      await expect(day.locator('[data-day-popup]')).toBeHidden();
      await day.locator('> a').tap();
      await expect(page).toHaveURL(new RegExp(`${at('/components/sms-xl-axiata/')}#day-2026-11-25$`));
      const row = page.locator('#day-2026-11-25');
      await expect(row).toBeInViewport();
      await expect(row).toContainText('25 Nov 2026');
      await expect(row).toContainText('Degraded performance');
      await expect(row).toContainText('100.00 % uptime');
      await expect(row.getByRole('link', { name: incident(XL_AXIATA).title })).toBeVisible();
    });

    test('the component page lists every day newest first, in rows of one width', async ({ page }) => {
      await page.goto(at('/components/sms-telkomsel/'));
      const rows = page.locator('[data-uptime-list="sms-telkomsel"] > li');
      await expect(rows).toHaveCount(90);
      await expect(rows.first()).toHaveAttribute('id', 'day-2026-11-28');
      await expect(rows.last()).toHaveAttribute('id', 'day-2026-08-31');
      await expect(page.locator('#day-2026-11-20')).toContainText('No incidents');
      const boxes = await rows.evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map(({ left, width }) => `${left}/${width}`));
      expect(new Set(boxes).size).toBe(1);
      expect(await insideViewport(page, '[data-uptime-list="sms-telkomsel"]')).toBe(true);
    });
  });
});
