import { expect, test, type Locator } from '@playwright/test';
import {
  COMPONENT_STATUS_LABEL,
  IMPACT_LABEL,
  INCIDENT_STATUS_LABEL,
  SMARTFREN,
  TEST_NOW,
  TONE_OF_COMPONENT_STATUS,
  XL_AXIATA,
  componentName,
  duration,
  expectedHistory,
  incident,
  messageText,
  readComponents,
  readIncidents,
  readMaintenance,
} from './lib/content';
import { at } from './lib/site';

/** Key facts at the pinned clock (2026-11-28T06:00:00Z), hard-coded so a regression fails loudly. */
const EXPECTED_STATUS: Record<string, string> = {
  'sms-telkomsel': 'operational',
  'sms-indosat': 'operational',
  'sms-xl-axiata': 'operational',
  'sms-smartfren': 'partial_outage',
  'messaging-api': 'operational',
  'verify-api': 'degraded_performance',
  webhooks: 'operational',
  voice: 'operational',
  dashboard: 'operational',
  'docs-site': 'operational',
};
const EXPECTED_DAYS = ['2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22'];
const UPCOMING_MAINTENANCE = ['2027-01-14-telkomsel-smpp-bind-migration', '2027-02-10-smartfren-domestic-route-cutover'];

async function datetimes(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
}

test.describe('home page', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(at('/'));
    expect(response?.status()).toBe(200);
  });

  test('title and overall banner say "Partial System Outage"', async ({ page }) => {
    await expect(page).toHaveTitle('Kabar Cloud Status');
    const banner = page.locator('[data-indicator]');
    await expect(banner).toHaveCount(1);
    await expect(banner).toHaveAttribute('data-indicator', 'major');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(banner.locator('h1')).toHaveText('Partial System Outage');
    // The banner carries a shape as well as a colour.
    await expect(banner.locator('svg[data-tone="partial"]')).toHaveCount(1);
  });

  test('active incidents: only the unresolved Smartfren incident, with its latest update', async ({ page }) => {
    const active = readIncidents().filter((i) => i.active);
    expect(active.map((i) => i.slug), 'content/incidents: unresolved incidents').toEqual([SMARTFREN]);

    const section = page.locator('section[aria-labelledby="active-incidents"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Active incidents');
    await expect(section.locator('article[data-incident]')).toHaveCount(1);

    const smartfren = incident(SMARTFREN);
    const article = section.locator(`article[data-incident="${SMARTFREN}"]`);
    await expect(article.getByRole('link', { name: smartfren.title })).toHaveAttribute('href', at(`/incidents/${SMARTFREN}/`));
    await expect(article.locator('[data-status-label]')).toHaveText(`${IMPACT_LABEL[smartfren.impact]} impact`);
    await expect(article.locator('[data-status-label]')).toHaveText('Major impact');

    // Latest update: its status word, "posted N days ago" from the pinned clock, its time and message.
    const latest = smartfren.latest;
    const days = Math.floor((TEST_NOW.getTime() - latest.at.getTime()) / 86_400_000);
    expect(days).toBe(8);
    const posted = article.locator('p', { hasText: 'posted' });
    await expect(posted.locator('strong')).toHaveText(INCIDENT_STATUS_LABEL[latest.status]!);
    await expect(posted.locator('strong')).toHaveText('Monitoring');
    await expect(posted).toContainText(`posted ${days} days ago`);
    await expect(posted.locator('time')).toHaveAttribute('datetime', latest.at.toISOString());
    await expect(posted.locator('time')).toHaveText('20 Nov 2026, 03:00 UTC (10:00 WIB)');
    await expect(article.locator('.prose-status')).toHaveText(messageText(latest.message));

    // Started, ongoing-for and the affected components' names.
    const started = article.locator('p', { hasText: 'Started' });
    await expect(started.locator('time')).toHaveText('12 Jan 2026, 02:40 UTC (09:40 WIB)');
    await expect(started.locator('time')).toHaveAttribute('datetime', smartfren.startedAt.toISOString());
    await expect(started).toContainText(`ongoing for ${duration(TEST_NOW.getTime() - smartfren.startedAt.getTime())}.`);
    await expect(started).toContainText('Affects Smartfren, Verify (OTP) API.');
  });

  test('scheduled maintenance lists the two upcoming windows, soonest first, one compact row each', async ({ page }) => {
    const upcoming = readMaintenance()
      .filter((m) => m.window.start > TEST_NOW)
      .sort((a, b) => a.window.start.getTime() - b.window.start.getTime());
    expect(upcoming.map((m) => m.slug), 'content/maintenance: windows after the pinned clock').toEqual(UPCOMING_MAINTENANCE);

    const section = page.locator('section[aria-labelledby="maintenance"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Scheduled maintenance');
    const rows = section.getByRole('listitem');
    await expect(rows).toHaveCount(2);
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-maintenance')))).toEqual(UPCOMING_MAINTENANCE);

    for (const window of upcoming) {
      const row = section.locator(`li[data-maintenance="${window.slug}"]`);
      await expect(row.getByRole('link', { name: window.title })).toHaveAttribute('href', at(`/maintenance/${window.slug}/`));
      await expect(row.locator('[data-status-label]')).toHaveText('Upcoming');
      expect(await datetimes(row.locator('time'))).toEqual([window.window.start.toISOString()]);
      await expect(row).toContainText(`for ${duration(window.window.end.getTime() - window.window.start.getTime())}`);
      await expect(row).toContainText(`Affects ${window.components.map(componentName).join(', ')}`);
      // The latest update and the details stay on the window's own page.
      await expect(row.locator('.prose-status')).toHaveCount(0);
      await expect(row).not.toContainText(messageText(window.updates.at(-1)!.message).slice(0, 40));
    }
    // The completed October window is not "scheduled".
    await expect(page.locator('[data-maintenance="2026-10-18-messaging-database-maintenance"]')).toHaveCount(0);
  });

  test('components: three groups in file order, ten components with the expected statuses', async ({ page }) => {
    const file = readComponents();
    const groups = page.locator('[data-group]');
    await expect(groups).toHaveCount(3);
    expect(await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')))).toEqual(file.groups.map((g) => g.id));
    await expect(groups.getByRole('heading', { level: 3 })).toHaveText(file.groups.map((g) => g.name));

    const components = page.locator('[data-component][data-status]');
    await expect(components).toHaveCount(10);
    const fileOrder = file.groups.flatMap((g) => g.components.map((c) => c.id));
    expect(await components.evaluateAll((els) => els.map((el) => el.getAttribute('data-component')))).toEqual(fileOrder);
    expect(fileOrder.sort()).toEqual(Object.keys(EXPECTED_STATUS).sort());

    for (const group of file.groups) {
      const rows = page.locator(`[data-group="${group.id}"] [data-component]`);
      expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-component')))).toEqual(group.components.map((c) => c.id));
    }

    for (const [id, status] of Object.entries(EXPECTED_STATUS)) {
      const row = page.locator(`[data-component="${id}"]`);
      await expect(row, id).toHaveAttribute('data-status', status);
      // The component's name links to its page.
      await expect(row.getByRole('link', { name: componentName(id), exact: true })).toHaveAttribute('href', at(`/components/${id}/`));
      // Status is never shown by colour alone: a text label and a shaped icon with its tone.
      const label = row.locator('[data-status-label]');
      await expect(label).toHaveCount(1);
      await expect(label, `${id} label`).toHaveText(COMPONENT_STATUS_LABEL[status]!);
      const icon = label.locator('svg[data-tone]');
      await expect(icon).toHaveCount(1);
      await expect(icon).toHaveAttribute('data-tone', TONE_OF_COMPONENT_STATUS[status]!);
      await expect(icon).toHaveAttribute('aria-hidden', 'true');
    }
  });

  test('component statuses follow the active incidents in content/', async ({ page }) => {
    const fromContent: Record<string, string> = {};
    for (const i of readIncidents().filter((i) => i.active)) {
      for (const c of i.components) fromContent[c.id] = c.status;
    }
    expect(fromContent).toEqual({ 'sms-smartfren': 'partial_outage', 'verify-api': 'degraded_performance' });
    for (const [id, status] of Object.entries(fromContent)) {
      await expect(page.locator(`[data-component="${id}"]`)).toHaveAttribute('data-status', status);
    }
    await expect(page.locator('[data-component][data-status="operational"]')).toHaveCount(8);
  });

  test('past 7 days: 28 Nov down to 22 Nov, the open Smartfren incident on every day and XL Axiata on 25 Nov', async ({ page }) => {
    const section = page.locator('section[aria-labelledby="recent-history"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Past 7 days');
    const days = section.locator('[data-day]');
    await expect(days).toHaveCount(7);
    expect(await days.evaluateAll((els) => els.map((el) => el.getAttribute('data-day')))).toEqual(EXPECTED_DAYS);
    await expect(days.locator('h3 time')).toHaveText(['28 Nov 2026', '27 Nov 2026', '26 Nov 2026', '25 Nov 2026', '24 Nov 2026', '23 Nov 2026', '22 Nov 2026']);

    // Which days have something, from content: anything active on that UTC day, in history's order.
    const activeOn = (day: string) => {
      const dayStart = new Date(`${day}T00:00:00Z`).getTime();
      const dayEnd = dayStart + 86_400_000;
      const spans = new Map([
        ...readIncidents().map((i) => [i.slug, [i.startedAt, i.active ? TEST_NOW : i.latest.at]] as const),
        ...readMaintenance().map((m) => [m.slug, [m.window.start, m.updates.at(-1)?.status === 'completed' ? m.updates.at(-1)!.at : m.window.end]] as const),
      ]);
      return expectedHistory()
        .filter((e) => e.start <= TEST_NOW)
        .filter((e) => {
          const [start, end] = spans.get(e.slug)!;
          return start.getTime() < dayEnd && Math.max(start.getTime(), end.getTime() - 1) >= dayStart;
        })
        .map((e) => e.slug);
    };
    for (const day of EXPECTED_DAYS) {
      const item = section.locator(`[data-day="${day}"]`);
      const expected = activeOn(day);
      await expect(item, day).not.toContainText('No incidents reported.');
      expect(await item.locator('article').evaluateAll((els) => els.map((el) => el.getAttribute('data-incident') ?? el.getAttribute('data-maintenance')))).toEqual(expected);
      expect(expected, `${day}: the open Smartfren incident is listed first`).toContain(SMARTFREN);
      expect(expected[0]).toBe(SMARTFREN);
    }
    expect(activeOn('2026-11-25')).toEqual([SMARTFREN, XL_AXIATA]);
    await expect(section.locator(`article[data-incident="${SMARTFREN}"]`)).toHaveCount(7);
    await expect(section).not.toContainText('No incidents reported.');

    const xl = incident(XL_AXIATA);
    const article = section.locator(`[data-day="2026-11-25"] article[data-incident="${XL_AXIATA}"]`);
    await expect(article.getByRole('link', { name: xl.title })).toHaveAttribute('href', at(`/incidents/${XL_AXIATA}/`));
    await expect(article.locator('[data-status-label]')).toHaveText('Resolved · Minor');
    await expect(article).toContainText(`lasted ${duration(xl.latest.at.getTime() - xl.startedAt.getTime())}`);
    await expect(article).toContainText('lasted 2 h 30 min');

    await expect(section.getByRole('link', { name: 'Full incident history' })).toHaveAttribute('href', at('/history/'));
  });

  test('footer shows when the page was last updated (the build clock), and which zones times are in', async ({ page }) => {
    const footer = page.locator('footer');
    await expect(footer).toContainText('Last updated 28 Nov 2026, 06:00 UTC (13:00 WIB). Times are shown in UTC, with Asia/Jakarta time in brackets.');
    await expect(footer.locator('time')).toHaveAttribute('datetime', TEST_NOW.toISOString());
    await expect(footer.locator('time')).toHaveAttribute('datetime', '2026-11-28T06:00:00.000Z');
  });
});

test.describe('home page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('banner and components are all there', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('[data-indicator] h1')).toHaveText('Partial System Outage');
    await expect(page.locator('[data-indicator] h1')).toBeVisible();
    await expect(page.locator('[data-group]')).toHaveCount(3);
    const components = page.locator('[data-component][data-status]');
    await expect(components).toHaveCount(10);
    for (const row of await components.all()) await expect(row).toBeVisible();
    await expect(page.locator('[data-component="sms-smartfren"] [data-status-label]')).toHaveText('Partial outage');
    await expect(page.locator(`section[aria-labelledby="active-incidents"] [data-incident="${SMARTFREN}"]`)).toBeVisible();
  });

  test('the home HTML has no <script> at all', async ({ request }) => {
    const response = await request.get(at('/'));
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('Partial System Outage');
    expect(html.match(/<script\b[^>]*>/gi) ?? [], '<script> tags in the home HTML').toEqual([]);
    // Nor anything else that would need JavaScript to work.
    expect(html.match(/<[^>]+\son[a-z]+\s*=[^>]*>/gi) ?? [], 'inline event handlers').toEqual([]);
    expect(html.match(/javascript:[^"']*/gi) ?? [], 'javascript: URLs').toEqual([]);
  });
});
