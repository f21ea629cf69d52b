import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../support/chromium';
import { copySite, type DevServer, type SiteCopy } from '../support/site-copy';

// The clock follows real time here, as a writer's preview does: no SOURCE_DATE_EPOCH.
const LIVE_CLOCK = { SOURCE_DATE_EPOCH: '' };
// A loaded machine rebuilds slowly; each wait polls and only fails after this long.
const PATIENCE_MS = 30_000;

interface Answer {
  status: number;
  text: string;
}

/** Polls `read` until `done` holds or patience runs out; returns the last answer either way. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await delay(250);
  }
}

describe('npm run dev: a live preview of what the writer saves', () => {
  let site: SiteCopy;
  let dev: DevServer;
  let browser: Browser;
  let slug = '';
  let file = '';
  let written = 0;

  const get = async (path: string): Promise<Answer> => {
    const response = await fetch(`${dev.origin}${path}`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    site = await copySite();
    dev = await site.dev(LIVE_CLOCK);
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    await site?.remove();
  });

  it('serves an incident written with npm run new while it runs, at the current time', async () => {
    const created = await site.command(
      'new',
      ['incident', '--title', 'Preview follows the clock', '--impact', 'minor', '--components', 'sms-smartfren', '--message', 'Written while the preview runs.'],
      { env: LIVE_CLOCK },
    );
    written = Date.now();
    expect(created.code, created.output).toBe(0);
    file = created.output.trim();
    slug = file.split('/').at(-1)?.replace(/\.mdx$/, '') ?? '';
    const page = await until(() => get(`/incidents/${slug}/`), (answer) => answer.status === 200);
    expect(page.status, dev.output()).toBe(200);
    expect(page.text).toContain('Written while the preview runs.');
    const home = await get('/');
    expect(home.text).toContain('Preview follows the clock');
  }, 60_000);

  it('shows an update appended with npm run update while it runs', async () => {
    // npm run new stamped its update to the second; the next must be in a later second.
    await delay(Math.max(0, written + 1000 - Date.now()));
    const updated = await site.command('update', [slug, '--status', 'identified', '--message', 'A route was found and fixed.'], { env: LIVE_CLOCK });
    expect(updated.code, updated.output).toBe(0);
    const page = await until(() => get(`/incidents/${slug}/`), (answer) => answer.text.includes('A route was found and fixed.'));
    expect(page.text, dev.output()).toContain('A route was found and fixed.');
  }, 60_000);

  it('shows a broken file in the browser as npm run check prints it, and the page again once it is fixed', async () => {
    const path = join(site.root, file);
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.replace('impact: minor', 'impact: severe'));
    const check = await site.command('check', [], { env: LIVE_CLOCK });
    expect(check.code).toBe(1);
    const line = check.output.split('\n')[0] ?? '';
    expect(line).toBe(`${file}:3:1  impact  "severe" is not allowed  (use one of: none, minor, major, critical)`);

    const page = await browser.newPage();
    // What the browser shows: the overlay's message, or the page's heading. The dev server
    // reloads an open page when a file changes, which may cut a visit short: visit again.
    const shown = async () => {
      try {
        await page.goto(`${dev.origin}/incidents/${slug}/`);
        // The overlay arrives over Vite's socket a moment after the page.
        const overlay = await page
          .waitForFunction(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent, null, { timeout: 2_000 })
          .then((handle) => handle.jsonValue() as Promise<string>)
          .catch(() => null);
        return { overlay, heading: await page.locator('h1').first().textContent({ timeout: 1_000 }).catch(() => null) };
      } catch {
        return { overlay: null, heading: null };
      }
    };
    const broken = await until(shown, (view) => view.overlay === line);
    expect(broken.overlay, dev.output()).toBe(line);
    expect(dev.output()).toContain(line);
    expect(dev.output()).not.toContain('**');

    await writeFile(path, good);
    const fixed = await until(() => get(`/incidents/${slug}/`), (answer) => answer.status === 200);
    expect(fixed.status, dev.output()).toBe(200);
    expect(fixed.text).toContain('A route was found and fixed.');
    const again = await until(shown, (view) => view.overlay === null && view.heading === 'Preview follows the clock');
    expect(again).toEqual({ overlay: null, heading: 'Preview follows the clock' });
    await page.close();
  }, 90_000);

  it('prints a YAML slip in a saved file as npm run check does, and serves the page again once it is fixed', async () => {
    const path = join(site.root, file);
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.replace('impact: minor', 'impact: [minor'));
    const check = await site.command('check', [], { env: LIVE_CLOCK });
    expect(check.code).toBe(1);
    const line = check.output.split('\n')[0] ?? '';
    expect(line.startsWith(`${file}:`)).toBe(true);
    const reported = await until(async () => dev.output(), (output) => output.includes(line));
    expect(reported).toContain(line);

    await writeFile(path, good);
    const fixed = await until(() => get(`/incidents/${slug}/`), (answer) => answer.status === 200 && answer.text.includes('A route was found and fixed.'));
    expect(fixed.status, dev.output()).toBe(200);
  }, 90_000);

  it('styles the pages it serves under their own policy: the home page inline, the others linked', async () => {
    const page = await browser.newPage();
    for (const path of ['/', '/history/']) {
      await page.goto(`${dev.origin}${path}`);
      const styled = await page.evaluate(() => ({
        inline: document.querySelectorAll('style:not([data-vite-dev-id])').length,
        linked: document.querySelectorAll('link[rel="stylesheet"]').length,
        mainWidth: getComputedStyle(document.querySelector('main')!).maxWidth,
      }));
      expect(styled, path).toEqual({ inline: path === '/' ? 1 : 0, linked: path === '/' ? 0 : 1, mainWidth: '768px' });
    }
    await page.close();
  }, 60_000);
});
