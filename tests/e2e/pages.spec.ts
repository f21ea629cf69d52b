import { expect, test } from '@playwright/test';
import {
  COMPLETED_MAINTENANCE,
  POSTMORTEM,
  SMARTFREN,
  UPCOMING_MAINTENANCE,
  componentName,
  expectedHistory,
  incident,
  maintenance,
  mdxHeadings,
  messageText,
  monthKey,
  readComponents,
  readIncidents,
  readMaintenance,
  timeTextPattern,
} from './lib/content';
import { at } from './lib/site';


/** One of each kind of page, used by the network and link checks. */
const SAMPLE_PAGES = [
  '/',
  `/incidents/${SMARTFREN}/`,
  `/maintenance/${UPCOMING_MAINTENANCE}/`,
  '/components/sms-smartfren/',
  '/history/',
  '/nope/',
];


test.describe('navigation', () => {
  test('home → active incident → affected component → history', async ({ page }) => {
    const smartfren = incident(SMARTFREN);
    await page.goto(at('/'));
    await page.locator(`section[aria-labelledby="active-incidents"] [data-incident="${SMARTFREN}"]`).getByRole('link', { name: smartfren.title }).click();
    await expect(page).toHaveURL(at(`/incidents/${SMARTFREN}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(smartfren.title);

    await page.locator('section[aria-labelledby="affected"]').getByRole('link', { name: 'Smartfren' }).click();
    await expect(page).toHaveURL(at('/components/sms-smartfren/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smartfren');
    await expect(page.locator(`article[data-incident="${SMARTFREN}"]`)).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await expect(page).toHaveURL(at('/history/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident history');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  });

  test('home → component in the list → its page lists its incident', async ({ page }) => {
    await page.goto(at('/'));
    await page.locator('[data-component="verify-api"]').getByRole('link', { name: 'Verify (OTP) API', exact: true }).click();
    await expect(page).toHaveURL(at('/components/verify-api/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verify (OTP) API');
    await expect(page.locator('main [data-status-label]').first()).toHaveText('Degraded performance');
    const listed = page.locator(`article[data-incident="${SMARTFREN}"]`);
    await expect(listed.getByRole('link', { name: incident(SMARTFREN).title })).toHaveAttribute('href', at(`/incidents/${SMARTFREN}/`));
    await listed.getByRole('link').click();
    await expect(page).toHaveURL(at(`/incidents/${SMARTFREN}/`));
  });

  test('"Full incident history" link on home → history lists all 11 items: ongoing, upcoming, then the past by month', async ({ page }) => {
    await page.goto(at('/'));
    await page.getByRole('link', { name: 'Full incident history' }).click();
    await expect(page).toHaveURL(at('/history/'));
    await expect(page).toHaveTitle('Incident history · Kabar Cloud Status');

    const expected = expectedHistory();
    expect(expected).toHaveLength(11);
    expect(expected[0]?.slug, 'the Smartfren incident is open at the pinned clock').toBe(SMARTFREN);
    const items = page.locator('[data-section] article');
    await expect(items).toHaveCount(11);
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-incident') ?? el.getAttribute('data-maintenance')))).toEqual(
      expected.map((e) => e.slug),
    );
    await expect(page.locator('[data-section] article[data-incident]')).toHaveCount(readIncidents().length);
    await expect(page.locator('[data-section] article[data-maintenance]')).toHaveCount(readMaintenance().length);

    // "Ongoing", "Upcoming", then the past by month, newest first, each holding exactly its items.
    const past = expected.filter((e) => e.phase === 'past');
    const months = [...new Set(past.map((e) => monthKey(e.start)))];
    const sections = page.locator('[data-section]');
    expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-section')))).toEqual(['ongoing', 'upcoming', ...months]);
    expect([...months].sort().reverse()).toEqual(months);
    expect(months[0]).toBe('2026-11');
    expect(months.at(-1)).toBe('2026-06');
    await expect(page.locator('[data-section="ongoing"]').getByRole('heading', { level: 2 })).toHaveText('Ongoing');
    await expect(page.locator('[data-section="upcoming"]').getByRole('heading', { level: 2 })).toHaveText('Upcoming');
    for (const phase of ['ongoing', 'upcoming'] as const) {
      await expect(page.locator(`[data-section="${phase}"] article`)).toHaveCount(expected.filter((e) => e.phase === phase).length);
    }
    for (const key of months) {
      const section = page.locator(`[data-month="${key}"]`);
      const name = new Date(`${key}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(name);
      await expect(section.locator('article')).toHaveCount(past.filter((e) => monthKey(e.start) === key).length);
    }

    // Each entry starts with its start time.
    const starts = await items.evaluateAll((els) => els.map((el) => el.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(starts).toEqual(expected.map((e) => e.start.toISOString()));

    // 11 items fit on one page: no pagination.
    await expect(page.getByRole('navigation', { name: 'History pages' })).toHaveCount(0);
    const page2 = await page.request.get(at('/history/2/'));
    expect(page2.status()).toBe(404);
  });

  test('history entries link to their pages and show status and impact', async ({ page }) => {
    await page.goto(at('/history/'));
    const smartfren = page.locator(`[data-section] article[data-incident="${SMARTFREN}"]`);
    await expect(smartfren.locator('[data-status-label]')).toHaveText('Monitoring · Major');
    await expect(smartfren).toContainText('· ongoing');
    const completed = page.locator(`[data-section] article[data-maintenance="${COMPLETED_MAINTENANCE}"]`);
    await expect(completed.locator('[data-status-label]')).toHaveText('Maintenance · Completed');
    const upcoming = page.locator(`[data-section] article[data-maintenance="${UPCOMING_MAINTENANCE}"]`);
    await expect(upcoming.locator('[data-status-label]')).toHaveText('Maintenance · Upcoming');
    for (const item of expectedHistory()) {
      const link = page.locator(`[data-${item.kind}="${item.slug}"] h3 a`);
      await expect(link).toHaveAttribute('href', at(`/${item.kind === 'incident' ? 'incidents' : 'maintenance'}/${item.slug}/`));
    }
  });
});

test.describe('maintenance pages', () => {
  test('upcoming window: title, state, window times, affected components, details and callout', async ({ page }) => {
    const window = maintenance(UPCOMING_MAINTENANCE);
    const response = await page.goto(at(`/maintenance/${UPCOMING_MAINTENANCE}/`));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(window.title);
    await expect(page.locator('main [data-status-label]').first()).toHaveText('Maintenance · Upcoming');
    const facts = page.locator('main dl');
    await expect(facts.locator('dt')).toHaveText(['Window', 'Affects']);
    const times = facts.locator('dd').first().locator('time');
    await expect(times).toHaveCount(2);
    await expect(times.first()).toHaveAttribute('datetime', window.window.start.toISOString());
    await expect(times.last()).toHaveAttribute('datetime', window.window.end.toISOString());
    await expect(times).toHaveText(['9 Feb 2027, 18:00 UTC (10 Feb, 01:00 WIB)', '9 Feb 2027, 21:00 UTC (10 Feb, 04:00 WIB)']);
    const affects = facts.locator('dd').last().getByRole('link');
    await expect(affects).toHaveText(window.components.map(componentName));
    await expect(affects.first()).toHaveAttribute('href', at(`/components/${window.components[0]}/`));

    await expect(page.locator('[data-timeline] > li')).toHaveCount(window.updates.length);
    await expect(page.locator('[data-timeline] .prose-status').first()).toHaveText(messageText(window.updates.at(-1)!.message));
    const details = page.locator('section[aria-labelledby="details"]');
    await expect(details.locator('.prose-status > h3')).toHaveText(mdxHeadings(window.body));
    await expect(details.locator('aside')).toHaveAttribute('aria-label', 'Before 27 January 2027');
  });

  test('completed window: state and a newest-first timeline', async ({ page }) => {
    const window = maintenance(COMPLETED_MAINTENANCE);
    await page.goto(at(`/maintenance/${COMPLETED_MAINTENANCE}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(window.title);
    await expect(page.locator('main [data-status-label]').first()).toHaveText('Maintenance · Completed');
    const entries = page.locator('[data-timeline] > li[data-update-status]');
    await expect(entries).toHaveCount(window.updates.length);
    expect(await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-update-status')))).toEqual(
      [...window.updates].reverse().map((u) => u.status),
    );
    await expect(entries.locator(':scope > p:first-child')).toHaveText(['Completed', 'Verifying', 'In progress', 'Scheduled']);
    await expect(entries.last()).not.toContainText('after the previous update');
  });

  test('every maintenance file has a page', async ({ page }) => {
    const windows = readMaintenance();
    expect(windows).toHaveLength(3);
    for (const window of windows) {
      const response = await page.goto(at(`/maintenance/${window.slug}/`));
      expect(response?.status(), window.slug).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), window.slug).toHaveText(window.title);
    }
  });
});

test.describe('component pages', () => {
  test('Smartfren: name, status, description and its incidents and maintenance, ongoing first', async ({ page }) => {
    const response = await page.goto(at('/components/sms-smartfren/'));
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Smartfren · Kabar Cloud Status');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smartfren');
    await expect(page.locator('main [data-status-label]').first()).toHaveText('Partial outage');
    const group = readComponents().groups.find((g) => g.components.some((c) => c.id === 'sms-smartfren'))!;
    await expect(page.locator('main > p').first()).toContainText(group.name);
    await expect(page.locator('main')).toContainText(group.components.find((c) => c.id === 'sms-smartfren')!.description!);

    const related = expectedHistory().filter((item) =>
      item.kind === 'incident'
        ? incident(item.slug).components.some((c) => c.id === 'sms-smartfren')
        : maintenance(item.slug).components.includes('sms-smartfren'),
    );
    const items = page.locator('[data-section] article');
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-incident') ?? el.getAttribute('data-maintenance')))).toEqual(
      related.map((r) => r.slug),
    );
    expect(related.map((r) => r.slug)).toEqual([SMARTFREN, UPCOMING_MAINTENANCE]);
    expect(await page.locator('[data-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')))).toEqual(['ongoing', 'upcoming']);
  });

  test('a component that never had an incident says so', async ({ page }) => {
    await page.goto(at('/components/docs-site/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documentation');
    await expect(page.locator('main [data-status-label]').first()).toHaveText('Operational');
    await expect(page.locator('[data-section]')).toHaveCount(0);
    await expect(page.locator('main')).toContainText('No incidents or maintenance recorded for Documentation.');
  });

  test('every component in components.yaml has a page with its status', async ({ page }) => {
    await page.goto(at('/'));
    const statuses = Object.fromEntries(
      await page.locator('[data-component]').evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-component'), el.querySelector('[data-status-label]')?.textContent?.trim()]),
      ),
    );
    for (const group of readComponents().groups) {
      for (const component of group.components) {
        const response = await page.goto(at(`/components/${component.id}/`));
        expect(response?.status(), component.id).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(component.name);
        await expect(page.locator('main [data-status-label]').first(), component.id).toHaveText(statuses[component.id]);
      }
    }
  });
});

test.describe('404', () => {
  test('an unknown URL returns 404 with the friendly page and links home', async ({ page }) => {
    const response = await page.goto(at('/nope/'));
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle('Page not found · Kabar Cloud Status');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    // It still tells the reader the current status.
    await expect(page.locator('[data-indicator] h2')).toHaveText('Partial System Outage');
    // Served at any missing address, it names no canonical one and asks not to be indexed.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('main').getByRole('link', { name: 'Current status of every component' })).toHaveAttribute('href', at('/'));
    await expect(page.locator('main').getByRole('link', { name: 'Incident history' })).toHaveAttribute('href', at('/history/'));
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Status' })).toHaveAttribute('href', at('/'));

    await page.locator('main').getByRole('link', { name: 'Current status of every component' }).click();
    await expect(page).toHaveURL(at('/'));
    await expect(page.locator('[data-indicator] h1')).toHaveText('Partial System Outage');
  });

  test('unknown incident, component and deep paths are 404 too', async ({ request }) => {
    for (const path of ['/incidents/does-not-exist/', '/components/nope/', '/maintenance/nope/', '/a/b/c/']) {
      const response = await request.get(at(path));
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('This page does not exist');
    }
  });
});

test.describe('no request leaves the site', () => {
  for (const path of SAMPLE_PAGES) {
    test(`${path} loads only from the site itself`, async ({ page, baseURL }) => {
      const host = new URL(baseURL!).host;
      expect(host).toMatch(/^127\.0\.0\.1:\d+$/);
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      await page.goto(at(path), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      // The home page carries its stylesheet inline; every other page asks for the file.
      const linksStylesheet = path !== '/';
      expect(urls.length).toBeGreaterThanOrEqual(2); // the document and at least its stylesheet or logo
      expect(urls.some((url) => /\/_astro\/.+\.css$/.test(url)), 'the stylesheet was requested').toBe(linksStylesheet);
      const offsite = urls.filter((url) => {
        if (url.startsWith('data:')) return false;
        return new URL(url).host !== host;
      });
      expect(offsite, `requests that left ${host}`).toEqual([]);
    });
  }
});

test('every internal link on the site resolves', async ({ request, baseURL }) => {
  const host = new URL(baseURL!).host;
  const seen = new Set<string>();
  const notFound = at('/nope/');
  const queue = [at('/'), at('/history/'), notFound];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    if (path !== notFound && response.status() !== 200) broken.push(`${path} → ${response.status()}`);
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = match[1]!;
      if (/^(https?:|mailto:)/.test(target)) continue;
      const url = new URL(target, new URL(path, baseURL));
      if (url.host !== host) continue;
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  expect(broken).toEqual([]);
  // Home, history, 404, 8 incidents, 3 maintenance windows, 10 components, plus the CSS and favicon.
  expect(seen.size).toBeGreaterThanOrEqual(3 + 8 + 3 + 10);
});

const TIME_PAGES = [...SAMPLE_PAGES, `/incidents/${POSTMORTEM}/`, `/maintenance/${COMPLETED_MAINTENANCE}/`];

test('every <time> has an ISO datetime and shows that instant in UTC, then in WIB', async ({ page }) => {
  for (const path of TIME_PAGES) {
    await page.goto(at(path));
    const times = await page.locator('time').evaluateAll((els) =>
      els.map((el) => ({ datetime: el.getAttribute('datetime'), text: (el.textContent ?? '').trim(), dateOnly: !/\d{2}:\d{2}/.test(el.textContent ?? '') && (el.getAttribute('datetime') ?? '').includes('T00:00:00') })),
    );
    expect(times.length, `${path} shows at least the footer time`).toBeGreaterThanOrEqual(1);
    for (const time of times) {
      expect(time.datetime, `${path}: <time>${time.text}</time> has an ISO datetime in UTC`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      expect(time.text, `${path}: datetime=${time.datetime}`).toMatch(timeTextPattern(new Date(time.datetime!), time.dateOnly));
    }
  }
  // The home page alone has 7 day headings, the active incident's 2 times, 9 more in the
  // past 7 days (the open incident's start on each day, XL Axiata's start and end), 2
  // maintenance starts and the footer's.
  await page.goto(at('/'));
  expect(await page.locator('time').count()).toBeGreaterThanOrEqual(21);
});

test('no visible date or time is shown outside a <time datetime> element', async ({ page }) => {
  const stray: string[] = [];
  for (const path of TIME_PAGES) {
    await page.goto(at(path));
    const found = await page.locator('main, footer').evaluateAll((roots) => {
      const texts: string[] = [];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          // Update messages and analyses are prose: writers quote local (WIB) times there on purpose.
          // SVG text (chart axes) cannot hold a <time>; charts describe themselves in <desc>.
          if (!parent || parent.closest('time, .prose-status, svg')) continue;
          if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
          if (/\d{1,2}:\d{2}\s*UTC|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}/.test(node.textContent ?? '')) {
            texts.push(node.textContent!.trim());
          }
        }
      }
      return texts;
    });
    stray.push(...found.map((text) => `${path}: "${text}"`));
  }
  expect(stray, 'visible timestamps that are not in a <time datetime> element').toEqual([]);
});
