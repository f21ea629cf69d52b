import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/outputs/csp';
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
  const logged = await watchViolations(page);
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const first = await page.evaluate(() => {
      const meta = document.head.firstElementChild;
      return { tag: meta?.tagName, httpEquiv: meta?.getAttribute('http-equiv'), content: meta?.getAttribute('content') };
    });
    expect(first, path).toEqual({ tag: 'META', httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY });
    expect(await violations(page, logged), path).toEqual([]);
    // The stylesheet still applies: the body takes Tailwind's colours, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).not.toBe('rgba(0, 0, 0, 0)');
  }
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
