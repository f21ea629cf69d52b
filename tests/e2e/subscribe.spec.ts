import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { at } from './lib/site';

// The sample's host: the sub-path project builds the site for a path on it.
const SITE = 'https://status.kabar.example';
const COMPONENT_IDS = (
  parse(readFileSync(new URL('../../content/components.yaml', import.meta.url), 'utf8')) as { groups: { components: { id: string }[] }[] }
).groups.flatMap((group) => group.components.map((component) => component.id));

/** Every address the issue asks for, written out here so the page cannot leave one out unnoticed. */
const EXPECTED = [
  '/history.rss',
  '/history.atom',
  '/updates.rss',
  '/updates.atom',
  '/maintenance.ics',
  '/api/v2/summary.json',
  '/api/v2/status.json',
  '/api/v2/components.json',
  '/api/v2/incidents/unresolved.json',
  '/api/v2/incidents.json',
  '/api/v2/scheduled-maintenances/upcoming.json',
  '/api/v2/scheduled-maintenances/active.json',
  '/api/v2/scheduled-maintenances.json',
  '/badges/status.svg',
  '/badges/status.json',
  ...COMPONENT_IDS.flatMap((id) => [
    `/components/${id}/history.rss`,
    `/components/${id}/history.atom`,
    `/components/${id}/updates.rss`,
    `/components/${id}/updates.atom`,
    `/components/${id}/maintenance.ics`,
    `/badges/components/${id}.svg`,
    `/badges/components/${id}.json`,
  ]),
];

test.describe('subscribe page', () => {
  test('is linked from the main navigation', async ({ page }) => {
    await page.goto(at('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(/\/subscribe\/$/);
    await expect(page.locator('h1')).toHaveText('Subscribe');
  });

  test('lists every feed, calendar, badge and API address as an absolute URL that the site serves', async ({ page, request }) => {
    await page.goto(at('/subscribe/'));
    const listed = await page.locator('[data-subscription-url]').allTextContents();
    expect(listed.map((url) => url.trim())).toEqual(expect.arrayContaining(EXPECTED.map((path) => `${SITE}${at(path)}`)));
    expect(new Set(listed).size).toBe(listed.length);
    for (const url of listed) {
      const response = await request.get(new URL(url.trim()).pathname);
      expect(response.status(), url).toBe(200);
      expect((await response.body()).length, url).toBeGreaterThan(0);
    }
  });

  test('shows each URL in full at phone width, without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(at('/subscribe/'));
    await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const summary = page.locator('[data-subscription-url]', { hasText: '/api/v2/summary.json' });
    await expect(summary).toBeVisible();
    await expect(summary).toHaveText(`${SITE}${at('/api/v2/summary.json')}`);
  });

  test('lists the operator\'s mailing list from the site settings, first', async ({ page }) => {
    await page.goto(at('/subscribe/'));
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Notifications' }) });
    await expect(section.getByRole('link', { name: 'sign up for announcements' })).toHaveAttribute('href', 'https://lists.kabar.example/status-announce');
    await expect(page.locator('h2').first()).toHaveText('Notifications');
    await expect(section.locator('p')).toHaveText('Get each new incident update and maintenance notice by e-mail: sign up for announcements.');
  });

  test('opens a component\'s addresses from its name, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/subscribe/'));
    const smartfren = page.locator('details[data-component="sms-smartfren"]');
    await smartfren.locator('summary').click();
    await expect(smartfren.locator('[data-subscription-url]').first()).toBeVisible();
    await expect(smartfren.getByRole('link', { name: 'RSS', exact: true })).toHaveAttribute('href', at('/components/sms-smartfren/history.rss'));
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(at('/subscribe/'));
      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
      expect(blocking).toEqual([]);
    });
  }
});

test('the home page and a component page advertise their feeds', async ({ page }) => {
  await page.goto(at('/'));
  const alternates = page.locator('head link[rel="alternate"][type]');
  await expect(alternates).toHaveCount(4);
  await expect(alternates.nth(0)).toHaveAttribute('type', 'application/rss+xml');
  await expect(alternates.nth(0)).toHaveAttribute('href', `${SITE}${at('/history.rss')}`);
  await expect(alternates.nth(1)).toHaveAttribute('type', 'application/atom+xml');
  await expect(alternates.nth(1)).toHaveAttribute('href', `${SITE}${at('/history.atom')}`);
  await expect(alternates.nth(2)).toHaveAttribute('href', `${SITE}${at('/updates.rss')}`);
  await expect(alternates.nth(3)).toHaveAttribute('href', `${SITE}${at('/updates.atom')}`);

  await page.goto(at('/components/sms-smartfren/'));
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').last()).toHaveAttribute(
    'href',
    `${SITE}${at('/components/sms-smartfren/updates.atom')}`,
  );
});

test('the status API answers with JSON that names the same headline as the home page', async ({ page, request }) => {
  const summary = await (await request.get(at('/api/v2/summary.json'))).json();
  await page.goto(at('/'));
  await expect(page.locator('h1')).toHaveText(summary.status.description);
});
