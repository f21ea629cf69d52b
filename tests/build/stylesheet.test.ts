import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/bench/budgets';
import { homeSize, pageStylesheets } from '../../scripts/lib/bench/home-size';
import { contentSecurityPolicy, styleHash } from '../../src/lib/outputs/csp';
import { securityHeaders } from '../../src/lib/outputs/hosting';
import { listFiles } from '../support/dist';
import { headerValues, parseHeadersFile } from '../support/headers-file';
import { copySite, type SiteCopy } from '../support/site-copy';

/** The sample's two languages: each home page inlines the stylesheet, every other page links it. */
const HOMES = ['index.html', 'id/index.html'];

const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('the stylesheet and the home pages of a build', () => {
  let site: SiteCopy;
  let dist: string;
  let pages: Map<string, string>;
  let inlined: string;

  beforeAll(async () => {
    site = await copySite();
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    dist = join(site.root, 'dist');
    const files = (await listFiles(dist)).filter((file) => file.endsWith('.html'));
    pages = new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(dist, file), 'utf8')] as const)));
    inlined = pageStylesheets(pages.get('index.html') ?? '').inline[0] ?? '';
  }, 120_000);

  afterAll(() => site.remove());

  it('is inlined in each home page, once and never linked', () => {
    for (const home of HOMES) {
      const styles = pageStylesheets(pages.get(home) ?? '');
      expect(styles, home).toEqual({ linked: [], inline: [inlined] });
    }
    expect(inlined.length).toBeGreaterThan(10_000);
  });

  it('is linked by every other page, once, with nothing inline', () => {
    const others = [...pages.keys()].filter((page) => !HOMES.includes(page));
    expect(others.length).toBeGreaterThanOrEqual(20);
    const links = new Set<string>();
    for (const page of others) {
      const styles = pageStylesheets(pages.get(page)!);
      expect(styles.inline, page).toEqual([]);
      expect(styles.linked, page).toHaveLength(1);
      links.add(styles.linked[0]!);
    }
    expect([...links]).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.css$/)]);
  });

  it('links a file with the very CSS the home pages inline', async () => {
    const [href] = pageStylesheets(pages.get('history/index.html')!).linked;
    const file = await readFile(join(dist, href!), 'utf8');
    expect(file.trimEnd()).toBe(inlined);
  });

  it('is allowed by its hash in every page policy and in the header, and nothing else inline', async () => {
    const policy = contentSecurityPolicy(styleHash(inlined));
    for (const [page, html] of pages) expect(metaPolicy(html), page).toBe(policy);
    const rules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8'));
    const header = securityHeaders(styleHash(inlined))['Content-Security-Policy'];
    for (const path of ['/', '/id/', '/history/']) expect(headerValues(rules, path, 'Content-Security-Policy'), path).toEqual([header]);
    expect(header).toContain(`style-src 'self' ${styleHash(inlined)};`);
  });

  it('is minified Tailwind output, with the classes the layout and components use', () => {
    expect(inlined).toMatch(/^\/\*! tailwindcss v4/);
    expect(inlined).not.toMatch(/\n\s*\n|@import|@theme|@apply/);
    // From the layout, a component and global.css's own layer, dark variants included.
    for (const rule of ['.max-w-3xl{', '.sm\\:text-2xl{', '.size-8{', '.prose-status', 'prefers-color-scheme:dark']) expect(inlined, rule).toContain(rule);
  });

  // Size, unlike time, is the same on every machine, so the bench's home page budget is held
  // here too: a change that bloats the page a reader loads during an outage fails at once.
  // The size is the bench's own measure: the HTML, with the stylesheet a home page inlines,
  // and any stylesheet it links, each gzipped; a page with neither is refused.
  it.each(HOMES)('keeps %s with its CSS within the budget, gzipped', async (home) => {
    const size = await homeSize(dist, home);
    expect(size.inlineCss.raw + size.linkedCss.raw).toBeGreaterThan(0);
    expect(size.gzipTotal).toBeLessThanOrEqual(BUDGETS.homeHtmlCssGzipSample);
  });
});
