import { expect, test } from '@playwright/test';
import {
  COMPONENT_STATUS_LABEL,
  IMPACT_LABEL,
  INCIDENT_STATUS_LABEL,
  POSTMORTEM,
  SMARTFREN,
  TEST_NOW,
  componentName,
  duration,
  incident,
  mdxHeadings,
  messageText,
  readIncidents,
} from './lib/content';
import { at } from './lib/site';

test.describe('Smartfren incident page (active)', () => {
  const smartfren = incident(SMARTFREN);

  test.beforeEach(async ({ page }) => {
    const response = await page.goto(at(`/incidents/${SMARTFREN}/`));
    expect(response?.status()).toBe(200);
  });

  test('title, latest status, impact and how long it has been going on', async ({ page }) => {
    await expect(page).toHaveTitle(`${smartfren.title} · Kabar Cloud Status`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(smartfren.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delayed SMS delivery to Smartfren numbers');

    // The first status label on the page is the incident's own status: its latest update's.
    const status = page.locator('main [data-status-label]').first();
    await expect(status).toHaveText(INCIDENT_STATUS_LABEL[smartfren.latest.status]!);
    await expect(status).toHaveText('Monitoring');
    await expect(status.locator('svg[data-tone="partial"]')).toHaveCount(1);
    await expect(page.locator('main')).toContainText(`Impact: ${IMPACT_LABEL[smartfren.impact]}`);

    const facts = page.locator('main dl');
    await expect(facts.locator('dt')).toHaveText(['Started', 'Ongoing for']);
    await expect(facts.locator('dd').nth(0).locator('time')).toHaveAttribute('datetime', '2026-01-12T02:40:00.000Z');
    await expect(facts.locator('dd').nth(0)).toHaveText('12 Jan 2026, 02:40 UTC (09:40 WIB)');
    await expect(facts.locator('dd').nth(1)).toHaveText(duration(TEST_NOW.getTime() - smartfren.startedAt.getTime()));
    await expect(facts.locator('dd').nth(1)).toHaveText('320 d 3 h');
    await expect(facts).not.toContainText('Resolved');
  });

  test('affected components: Smartfren and Verify (OTP) API with their statuses', async ({ page }) => {
    const section = page.locator('section[aria-labelledby="affected"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Affected components');
    const rows = section.locator('li');
    await expect(rows).toHaveCount(smartfren.components.length);
    await expect(rows).toHaveCount(2);
    await expect(rows.getByRole('link')).toHaveText(['Smartfren', 'Verify (OTP) API']);
    await expect(rows.getByRole('link')).toHaveText(smartfren.components.map((c) => componentName(c.id)));
    await expect(rows.locator('[data-status-label]')).toHaveText(['Partial outage', 'Degraded performance']);
    await expect(rows.locator('[data-status-label]')).toHaveText(smartfren.components.map((c) => COMPONENT_STATUS_LABEL[c.status]!));
    await expect(rows.getByRole('link').first()).toHaveAttribute('href', at('/components/sms-smartfren/'));
    await expect(rows.getByRole('link').last()).toHaveAttribute('href', at('/components/verify-api/'));
  });

  test('updates timeline: one entry per update, newest first, with the gap to the previous one', async ({ page }) => {
    const entries = page.locator('[data-timeline] > li[data-update-status]');
    await expect(entries).toHaveCount(smartfren.updates.length);
    await expect(entries).toHaveCount(7);

    const stamps = await entries.evaluateAll((els) => els.map((el) => el.querySelector('time')?.getAttribute('datetime') ?? ''));
    const times = stamps.map((s) => new Date(s).getTime());
    for (let i = 1; i < times.length; i++) {
      expect(times[i - 1], `entry ${i - 1} (${stamps[i - 1]}) is newer than entry ${i} (${stamps[i]})`).toBeGreaterThan(times[i]!);
    }
    const newestFirst = [...smartfren.updates].reverse();
    expect(stamps).toEqual(newestFirst.map((u) => u.at.toISOString()));
    expect(await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-update-status')))).toEqual(newestFirst.map((u) => u.status));
    await expect(entries.locator(':scope > p:first-child')).toHaveText(newestFirst.map((u) => INCIDENT_STATUS_LABEL[u.status]!));
    await expect(entries.locator('.prose-status')).toHaveText(newestFirst.map((u) => messageText(u.message)));
    // Markdown in a message is rendered, not shown raw.
    await expect(entries.first().locator('.prose-status strong')).toHaveText('10 February 2027');

    const count = newestFirst.length;
    for (let i = 0; i < count; i++) {
      const meta = entries.nth(i).locator('p', { has: page.locator('time') });
      if (i < count - 1) {
        const gap = duration(newestFirst[i]!.at.getTime() - newestFirst[i + 1]!.at.getTime());
        await expect(meta, `entry ${i}`).toContainText(`· ${gap} after the previous update`);
      } else {
        await expect(meta, 'the first update has nothing before it').not.toContainText('after the previous update');
      }
    }
    await expect(entries.first()).toContainText('157 d 20 h after the previous update');
  });

  test('analysis body is rendered from the MDX, with its headings, table and callout', async ({ page }) => {
    const analysis = page.locator('section[aria-labelledby="analysis"]');
    await expect(analysis.getByRole('heading', { level: 2, name: 'Analysis', exact: true })).toBeVisible();
    const headings = mdxHeadings(smartfren.body);
    expect(headings).toContain('Summary');
    await expect(analysis.locator('.prose-status > h3')).toHaveText(headings);
    await expect(analysis.getByRole('heading', { name: 'What you and your users may notice' })).toBeVisible();

    const tableRows = smartfren.body.split('\n').filter((line) => line.startsWith('| ')).length - 2; // minus the header and |---| rows
    expect(tableRows).toBe(7);
    await expect(analysis.locator('table tbody tr')).toHaveCount(tableRows);

    const callout = analysis.locator('aside');
    await expect(callout).toHaveCount(1);
    await expect(callout).toHaveAttribute('aria-label', 'Workaround');
    await expect(callout.locator('p').first()).toHaveText('Workaround');
    await expect(callout.locator('svg[data-tone="degraded"]')).toHaveCount(1);
    const calloutText = /<Callout[^>]*>([\s\S]*?)<\/Callout>/.exec(smartfren.body)?.[1];
    expect(calloutText).toBeTruthy();
    await expect(callout.locator('.prose-status')).toHaveText(messageText(calloutText!));
    // No MDX source leaks onto the page.
    await expect(analysis).not.toContainText('<Callout');
    await expect(analysis).not.toContainText('## ');
  });

  test('breadcrumb links back to the status page and history', async ({ page }) => {
    const crumbs = page.locator('main > p').first().getByRole('link');
    await expect(crumbs).toHaveText(['Current status', 'History']);
    await expect(crumbs.first()).toHaveAttribute('href', at('/'));
    await expect(crumbs.last()).toHaveAttribute('href', at('/history/'));
  });
});

test.describe('resolved incident page (9 Sep postmortem)', () => {
  const outage = incident(POSTMORTEM);

  test('shows "Resolved", when, and how long it lasted', async ({ page }) => {
    await page.goto(at(`/incidents/${POSTMORTEM}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outage.title);
    expect(outage.latest.status).toBe('resolved');
    const status = page.locator('main [data-status-label]').first();
    await expect(status).toHaveText('Resolved');
    await expect(status.locator('svg[data-tone="operational"]')).toHaveCount(1);
    await expect(page.locator('main')).toContainText('Impact: Critical');

    const facts = page.locator('main dl');
    await expect(facts.locator('dt')).toHaveText(['Started', 'Resolved']);
    await expect(facts.locator('dd').nth(0).locator('time')).toHaveAttribute('datetime', outage.startedAt.toISOString());
    const resolved = facts.locator('dd').nth(1);
    await expect(resolved.locator('time')).toHaveAttribute('datetime', outage.latest.at.toISOString());
    await expect(resolved.locator('time')).toHaveAttribute('datetime', '2026-09-09T03:48:00.000Z');
    await expect(resolved).toContainText(`after ${duration(outage.latest.at.getTime() - outage.startedAt.getTime())}`);
    await expect(resolved).toContainText('after 1 h 34 min');
    await expect(facts).not.toContainText('Ongoing for');

    await expect(page.locator('section[aria-labelledby="affected"] li')).toHaveCount(4);
    await expect(page.locator('section[aria-labelledby="affected"] [data-status-label]')).toHaveText(
      outage.components.map((c) => COMPONENT_STATUS_LABEL[c.status]!),
    );
    const entries = page.locator('[data-timeline] > li[data-update-status]');
    await expect(entries).toHaveCount(outage.updates.length);
    await expect(entries.first()).toHaveAttribute('data-update-status', 'resolved');
    await expect(page.getByRole('heading', { level: 2, name: 'Analysis and postmortem' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="analysis"] .prose-status > h3')).toHaveText(mdxHeadings(outage.body));
  });
});

test('every incident file has a page with its title, status and full timeline', async ({ page }) => {
  const incidents = readIncidents();
  expect(incidents).toHaveLength(8);
  for (const item of incidents) {
    const response = await page.goto(at(`/incidents/${item.slug}/`));
    expect(response?.status(), item.slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), item.slug).toHaveText(item.title);
    await expect(page.locator('main [data-status-label]').first(), item.slug).toHaveText(INCIDENT_STATUS_LABEL[item.latest.status]!);
    await expect(page.locator('main dl dt').nth(1), item.slug).toHaveText(item.active ? 'Ongoing for' : 'Resolved');
    await expect(page.locator('[data-timeline] > li[data-update-status]'), item.slug).toHaveCount(item.updates.length);
    await expect(page.locator('[data-timeline] > li time').first(), item.slug).toHaveAttribute('datetime', item.latest.at.toISOString());
    if (item.components.length === 0) {
      await expect(page.locator('section[aria-labelledby="affected"]'), item.slug).toHaveCount(0);
    } else {
      await expect(page.locator('section[aria-labelledby="affected"] li'), item.slug).toHaveCount(item.components.length);
    }
  }
});

test('the page description (search results, link previews) is the latest update as plain text', async ({ page }) => {
  for (const item of readIncidents()) {
    await page.goto(at(`/incidents/${item.slug}/`));
    await expect(page.locator('meta[name="description"]'), item.slug).toHaveAttribute('content', messageText(item.latest.message));
  }
});
