import { expect, test } from '@playwright/test';
import { at } from './lib/site';

test.describe('uptime bars and metrics', () => {
  // The days of a bar are tested in uptime.spec.ts.
  test('home shows a 90-day bar and a headline chart for every component', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('[data-uptime]')).toHaveCount(10);
    await expect(page.locator('[data-uptime="sms-smartfren"]')).toContainText('70.00 % uptime');
    await expect(page.locator('[data-uptime="sms-telkomsel"]')).toContainText('100.00 % uptime');
    await expect(page.locator('section[aria-labelledby="metrics"] [data-chart]')).toHaveCount(10);
    await expect(page.locator('[data-metrics-state="fresh"]')).toHaveText('Metrics as of 28 Nov 2026, 06:00 UTC (13:00 WIB).');
    const chart = page.locator('[data-chart="sms-smartfren/delivery_rate"] svg[role="img"]');
    await expect(chart).toHaveAccessibleName(/Delivered within 60 s/);
    await expect(chart).toHaveAccessibleDescription(/latest 9\d\.\d+ %.*lowest .*highest .*Thresholds: Degraded performance below 95 %, Partial outage below 85 %/);
  });

  test('a component page charts every metric over 90 days and the last 24 hours', async ({ page }) => {
    await page.goto(at('/components/sms-smartfren/'));
    await expect(page.locator('#metrics ~ div [data-chart]')).toHaveCount(4);
    await expect(page.getByRole('img', { name: 'Delivered within 60 s, last 24 hours' })).toBeVisible();
    await expect(page.locator('[data-chart="sms-smartfren/delivery_rate"] [data-threshold]').first()).toBeAttached();
  });

  test('an incident page charts the affected components around its time', async ({ page }) => {
    await page.goto(at('/incidents/2026-11-25-xl-axiata-delivery-receipts-delayed/'));
    const section = page.locator('section[aria-labelledby="incident-metrics"]');
    await expect(section.getByRole('heading', { name: 'Metrics during this incident' })).toBeVisible();
    await expect(section.locator('[data-chart^="sms-xl-axiata/"]')).toHaveCount(2);
    await expect(section.getByRole('img').first()).toHaveAccessibleName(/day by day around the incident/);
  });
});
