import { expect, test, type Page } from '@playwright/test';
import { pageStylesheets } from '../../scripts/lib/bench/home-size';
import { contentSecurityPolicy, styleHash } from '../../src/lib/outputs/csp';
import { SMARTFREN } from './lib/content';
import { at } from './lib/site';

declare global {
  interface Window {
    /** Directives the page reported as violated, collected from before it loads. */
    __violations?: string[];
    __pwned?: number;
  }
}

/** Records every CSP violation the page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  // Playwright runs init scripts over the DevTools protocol, which the policy does not govern.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => (window.__violations ??= []).push(event.violatedDirective));
  });
  return logged;
}

async function violations(page: Page, logged: string[]): Promise<string[]> {
  return [...logged, ...((await page.evaluate(() => window.__violations)) ?? [])];
}

/** The home page of each language, which carries the stylesheet inline; every other page links it. */
const HOMES = ['/', '/id/'];

/** The page's stylesheets as the browser sees them: linked addresses and inline texts. */
async function stylesheets(page: Page): Promise<{ linked: string[]; inline: string[] }> {
  return page.evaluate(() => ({
    linked: [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? ''),
    inline: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
  }));
}

/** The policy every page must carry: it allows the text the home page inlines, by its hash. */
async function expectedPolicy(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const { inline } = pageStylesheets(await (await request.get(at('/'))).text());
  expect(inline, 'the home page inlines the stylesheet').toHaveLength(1);
  return contentSecurityPolicy(styleHash(inline[0]!));
}

/** Every page the sitemap lists, as a path on the test server (its base included), and the 404 page. */
async function allPages(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get(at('/sitemap-0.xml'))).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...paths, at('/nope/')];
}

test('every page carries the policy as the first element of its head, and breaks none of it', async ({ page, request }) => {
  // Every page of every language, each loaded until the network is idle: about 50 pages.
  test.setTimeout(120_000);
  const paths = await allPages(request);
  expect(paths.length).toBeGreaterThanOrEqual(20);
  const policy = await expectedPolicy(request);
  const homes = HOMES.map(at);
  const logged = await watchViolations(page);
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const first = await page.evaluate(() => {
      const meta = document.head.firstElementChild;
      return { tag: meta?.tagName, httpEquiv: meta?.getAttribute('http-equiv'), content: meta?.getAttribute('content') };
    });
    expect(first, path).toEqual({ tag: 'META', httpEquiv: 'Content-Security-Policy', content: policy });
    expect(await violations(page, logged), path).toEqual([]);
    const styles = await stylesheets(page);
    if (homes.includes(path)) expect({ linked: styles.linked, inline: styles.inline.length }, path).toEqual({ linked: [], inline: 1 });
    else expect({ linked: styles.linked.length, inline: styles.inline }, path).toEqual({ linked: 1, inline: [] });
    // The stylesheet still applies: the body takes Tailwind's colours, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).not.toBe('rgba(0, 0, 0, 0)');
  }
});

for (const home of HOMES) {
  test(`${home} paints styled from its own request, its inline stylesheet allowed by its hash`, async ({ page, request }) => {
    const policy = await expectedPolicy(request);
    const logged = await watchViolations(page);
    const stylesheetRequests: string[] = [];
    page.on('request', (sent) => {
      if (sent.resourceType() === 'stylesheet') stylesheetRequests.push(sent.url());
    });
    await page.goto(at(home), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const [inline = ''] = (await stylesheets(page)).inline;
    expect(policy).toContain(`style-src 'self' ${styleHash(inline)};`);
    expect(stylesheetRequests).toEqual([]);
    expect(await violations(page, logged)).toEqual([]);
    // Tailwind's layout and colours apply: the main column is capped, the body tinted.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).toBe('768px');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });
}

test('an injected inline style is refused: the policy allows only the stylesheet by its hash', async ({ page }) => {
  const logged = await watchViolations(page);
  await page.goto(at('/'));
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.evaluate(() => document.head.insertAdjacentHTML('beforeend', '<style>body { background-color: rgb(255, 0, 0) !important }</style>'));
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(before);
  expect(await violations(page, logged)).toContainEqual(expect.stringMatching(/^style-src/));
});

test.describe('on a page under the policy', () => {
  let logged: string[];

  test.beforeEach(async ({ page }) => {
    logged = await watchViolations(page);
    await page.goto(at(`/incidents/${SMARTFREN}/`));
  });

  test('an injected inline script does not run', async ({ page }) => {
    await page.addScriptTag({ content: 'window.__pwned = 1' }).catch(() => undefined);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await violations(page, logged)).toContainEqual(expect.stringMatching(/^script-src/));
  });

  test('an injected event handler does not run', async ({ page }) => {
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="window.__pwned = 2">');
    });
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await violations(page, logged)).toContainEqual(expect.stringMatching(/^script-src/));
  });

  test('an injected image, frame or script from another site is blocked before it leaves the browser', async ({ page, baseURL }) => {
    const host = new URL(baseURL!).host;
    const offsite: string[] = [];
    // Chromium names the reason a request was blocked: "csp" when the policy stopped it.
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).host !== host) offsite.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).host !== host) offsite.push(`${request.url()} answered`);
    });
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="https://tracker.example/pixel.png"><iframe src="https://evil.example/"></iframe>');
    });
    await page.addScriptTag({ url: 'https://evil.example/x.js' }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    expect(offsite.sort()).toEqual(['https://evil.example/x.js csp', 'https://tracker.example/pixel.png csp']);
    const violated = await violations(page, logged);
    for (const directive of [/^img-src/, /^frame-src/, /^script-src/]) expect(violated).toContainEqual(expect.stringMatching(directive));
  });
});
