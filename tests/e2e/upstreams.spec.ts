import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { at } from './lib/site';

// The sample's carrier (content/upstreams/nusantara-carrier.json), pulled at the pinned clock:
// Smartfren (Indonesia) degraded and followed by our Smartfren, Indosat under maintenance and not followed.
const CARRIER = 'Nusantara Carrier Exchange';
const CARRIER_URL = 'https://status.ncx-carrier.example';

test.describe('upstream providers', () => {
  test('home: a row says when its upstream is not operational, and only then', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('[data-upstream-notice]')).toHaveCount(2);
    const smartfren = page.locator('[data-component="sms-smartfren"] [data-upstream-notice]');
    await expect(smartfren).toHaveText(`Upstream: ${CARRIER} reports Smartfren (Indonesia) as degraded performance, as of 28 Nov 2026, 06:00 UTC (13:00 WIB).`);
    await expect(smartfren.locator('svg[data-tone="degraded"]')).toHaveCount(1);
    await expect(smartfren.locator('time')).toHaveAttribute('datetime', '2026-11-28T06:00:00.000Z');
    const indosat = page.locator('[data-component="sms-indosat"] [data-upstream-notice]');
    await expect(indosat).toHaveText(`Upstream: ${CARRIER} reports Indosat Ooredoo Hutchison (Indonesia) as under maintenance, as of 28 Nov 2026, 06:00 UTC (13:00 WIB).`);
    await expect(indosat.locator('svg[data-tone="maintenance"]')).toHaveCount(1);
    // Not followed: the upstream's maintenance never changes ours.
    await expect(page.locator('[data-component="sms-indosat"]')).toHaveAttribute('data-status', 'operational');
    // Followed, but ours (an active partial outage) is worse, so ours stands and no "from" is claimed.
    await expect(page.locator('[data-component="sms-smartfren"]')).toHaveAttribute('data-status', 'partial_outage');
    await expect(page.getByText('Status from')).toHaveCount(0);
  });

  test("home: the upstream's incidents never become ours", async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.getByText('Slow delivery to Smartfren numbers in Indonesia')).toHaveCount(0);
    await expect(page.getByText('Indosat SMSC link upgrade')).toHaveCount(0);
  });

  test('component page of a followed upstream: status, age and the open incident, linked to the provider', async ({ page }) => {
    await page.goto(at('/components/sms-smartfren/'));
    const section = page.locator('[data-upstreams]');
    await expect(section.getByRole('heading', { level: 2, name: 'Upstream providers' })).toBeVisible();
    const link = section.locator('[data-upstream="nusantara-carrier/ncx-id-sf"]');
    await expect(link).toHaveAttribute('data-upstream-state', 'listed');
    await expect(link.getByRole('link', { name: CARRIER })).toHaveAttribute('href', CARRIER_URL);
    await expect(link.locator('[data-status-label]')).toHaveText('Degraded performance');
    await expect(link).toContainText('Followed: our status is the worse of ours and this one. Fetched just now, 28 Nov 2026, 06:00 UTC (13:00 WIB).');
    const incident = link.locator('[data-upstream-event]');
    await expect(incident).toHaveCount(1);
    await expect(incident).toContainText('Incident: Slow delivery to Smartfren numbers in Indonesia, monitoring, updated 28 Nov 2026, 05:40 UTC');
    await expect(incident.getByRole('link')).toHaveAttribute('href', `${CARRIER_URL}/incidents/inc8h3m2v7sf`);
  });

  test('component page of an upstream that is not followed: shown for information, with its maintenance', async ({ page }) => {
    await page.goto(at('/components/sms-indosat/'));
    const link = page.locator('[data-upstream="nusantara-carrier/ncx-id-isat"]');
    await expect(link.locator('[data-status-label]')).toHaveText('Under maintenance');
    await expect(link).toContainText('Shown for information: it does not change our status.');
    await expect(link.locator('[data-upstream-event]')).toContainText('Maintenance: Indosat SMSC link upgrade, in progress');
    await expect(page.locator('main [data-status-label]').first()).toHaveText('Operational');
  });

  test('a component without upstreams has no such section', async ({ page }) => {
    await page.goto(at('/components/sms-telkomsel/'));
    await expect(page.locator('[data-upstreams]')).toHaveCount(0);
  });
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`upstreams at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      for (const path of ['/', '/components/sms-smartfren/', '/components/sms-indosat/']) {
        test(`${path}: fits the width, and axe finds nothing serious`, async ({ page }) => {
          await page.goto(at(path));
          const first = page.locator(path === '/' ? '[data-upstream-notice]' : '[data-upstreams]').first();
          await expect(first).toBeVisible();
          const box = await first.boundingBox();
          expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
          const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
          const report = (await new AxeBuilder({ page }).include(path === '/' ? '[data-component="sms-indosat"]' : '[data-upstreams]').analyze()).violations.filter(
            (violation) => violation.impact === 'serious' || violation.impact === 'critical',
          );
          expect(report).toEqual([]);
        });
      }
    });
  }
}
