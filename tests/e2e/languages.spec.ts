import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dictionary } from '../../src/lib/i18n/dictionary';
import { dictionaryEntries } from '../../src/lib/i18n/keys';
import { SHARED_WORDS } from '../../src/lib/i18n/shared';
import { SMARTFREN, incident, readComponents, readIncidents } from './lib/content';
import { at } from './lib/site';

const english = dictionary('en');
const indonesian = dictionary('id');

const PAGES = [
  { name: 'home', path: '/id/', english: '/' },
  { name: 'Smartfren incident', path: `/id/incidents/${SMARTFREN}/`, english: `/incidents/${SMARTFREN}/` },
  { name: 'history', path: '/id/history/', english: '/history/' },
  { name: 'component', path: '/id/components/sms-smartfren/', english: '/components/sms-smartfren/' },
  { name: 'subscribe', path: '/id/subscribe/', english: '/subscribe/' },
  // Hosts show it for a missing address under /id/; its switch leads to the English home.
  { name: '404', path: '/id/404.html', english: '/' },
];

/**
 * English's words that Bahasa Indonesia words otherwise (every entry but the shared
 * ones, like "Status"), longest first: any of them on an Indonesian page was missed.
 */
const indonesianValues = new Map(dictionaryEntries(indonesian));
const ENGLISH_PHRASES = dictionaryEntries(english)
  .filter(([path, value]) => typeof value === 'string' && !SHARED_WORDS.has(path) && indonesianValues.get(path) !== value && /[A-Za-z]{2}/.test(value))
  .map(([, value]) => (value as string).trim())
  .sort((a, b) => b.length - a.length);

/** The page's words in its own language: text and accessible names outside any element marked as another language. */
async function ownLanguageText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const language = document.documentElement.lang;
    const inPageLanguage = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? language) === language;
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (inPageLanguage(node.parentElement) && node.textContent?.trim()) texts.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt]')) {
      if (!inPageLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

function englishPhrasesIn(texts: string[]): string[] {
  const text = texts.join('\n');
  return ENGLISH_PHRASES.filter((phrase) => new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}

test.describe('the Indonesian pages', () => {
  for (const { name, path, english: englishPath } of PAGES) {
    test(`${name} (${path}) is in Bahasa Indonesia, with a switch to the same page in English`, async ({ page }) => {
      await page.goto(at(path));
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(page.locator('h1')).toHaveCount(1);
      expect(englishPhrasesIn(await ownLanguageText(page)), `English words on ${path}`).toEqual([]);
      const toEnglish = page.getByRole('navigation', { name: indonesian.language.switchLabel }).getByRole('link', { name: english.language.readIn });
      await expect(toEnglish).toHaveAttribute('lang', 'en');
      await toEnglish.click();
      await expect(page).toHaveURL(new RegExp(`${at(englishPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      if (name !== '404') {
        await page.getByRole('navigation', { name: english.language.switchLabel }).getByRole('link', { name: indonesian.language.readIn }).click();
        await expect(page).toHaveURL(new RegExp(`${at(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
    });
  }

  test("the home page names groups and components as the operator translated them, and marks the rest as English", async ({ page }) => {
    await page.goto(at('/id/'));
    for (const group of readComponents().groups) {
      const name = group.translations?.id?.name;
      const heading = page.locator(`[data-group="${group.id}"] h3`);
      await expect(heading).toHaveText(name ?? group.name);
      if (name) await expect(heading).not.toHaveAttribute('lang', /./);
      else await expect(heading).toHaveAttribute('lang', 'en');
      for (const component of group.components) {
        const link = page.locator(`[data-component="${component.id}"] a`).first();
        await expect(link).toHaveText(component.translations?.id?.name ?? component.name);
        if (component.translations?.id?.name) await expect(link).not.toHaveAttribute('lang', /./);
        else await expect(link).toHaveAttribute('lang', 'en');
      }
    }
  });

  test('the home page speaks Indonesian: headline, sections, statuses and the feeds it advertises', async ({ page }) => {
    await page.goto(at('/id/'));
    const headlines = [...Object.values(indonesian.overallFromComponent), ...Object.values(indonesian.overallFromImpact)];
    expect(headlines).toContain((await page.locator('#overall-status').textContent())?.trim());
    await expect(page.getByRole('heading', { name: indonesian.section.components })).toBeVisible();
    const feeds = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) expect(feed).toContain('/id/');
  });

  test("the Smartfren incident shows the writer's translation, and an untranslated incident its English marked as English", async ({ page }) => {
    const smartfren = incident(SMARTFREN);
    await page.goto(at(`/id/incidents/${SMARTFREN}/`));
    await expect(page.locator('h1')).toHaveText(smartfren.translations.id!.title!);
    await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
    // What stays marked as English is only the operator's names left untranslated (product names).
    const untranslatedNames = readComponents().groups.flatMap((group) => group.components).filter((component) => !component.translations?.id?.name).map((component) => component.name);
    const marked = (await page.locator('main [lang="en"]').allTextContents()).map((text) => text.trim());
    expect(marked.filter((text) => !untranslatedNames.includes(text))).toEqual([]);
    await expect(page.getByRole('heading', { name: indonesian.section.updates })).toBeVisible();

    const untranslated = readIncidents().find((entry) => entry.translations.id === undefined)!;
    await page.goto(at(`/id/incidents/${untranslated.slug}/`));
    await expect(page.locator('h1')).toHaveText(untranslated.title);
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-timeline] .prose-status').first()).toHaveAttribute('lang', 'en');
  });
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe on the Indonesian pages at ${viewport.width} px, ${colorScheme} scheme`, () => {
      test.use({ viewport, colorScheme });
      for (const { name, path } of PAGES) {
        test(`${name} (${path}) has no serious or critical violations`, async ({ page }) => {
          test.skip(test.info().project.name !== 'desktop', 'the sub-path build serves the same pages');
          await page.goto(at(path));
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const blocking = results.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
          expect(blocking).toEqual([]);
        });
      }
    });
  }
}
