import { expect, test } from '@playwright/test';
import { SMARTFREN } from './lib/content';
import { at } from './lib/site';

const analysis = 'section[aria-labelledby="analysis"]';

test.describe('a body on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a table scrolls sideways in its own box, not the page, and the keyboard can scroll it', async ({ page }) => {
    await page.goto(at(`/incidents/${SMARTFREN}/`));
    const box = page.locator(`${analysis} .prose-status > [role="region"]`);
    await expect(box).toHaveCount(1);
    await expect(box).toHaveAccessibleName('Table: Period; Whole day; Evening peak, 19:00 to 22:00 WIB');
    await expect(box.locator('table')).toHaveCount(1);
    const sizes = await box.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(sizes.scrollWidth, 'the table is wider than its box').toBeGreaterThan(sizes.clientWidth);
    expect(sizes.page, 'the page itself does not scroll sideways').toBeLessThanOrEqual(sizes.viewport);
    await box.focus();
    await expect(box).toBeFocused();
    for (let presses = 0; presses < 5; presses++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  test('no word and no figure in a table is split across lines', async ({ page }) => {
    await page.goto(at(`/incidents/${SMARTFREN}/`));
    const split = await page.locator(`${analysis} table`).evaluate((table) => {
      // A stretch of text on two lines has client rects at two heights.
      const lines = (range: Range) => new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
      const found: string[] = [];
      for (const cell of table.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            if (lines(range) > 1) found.push(`word "${word[0]}"`);
          }
        }
        const whole = document.createRange();
        whole.selectNodeContents(cell);
        if (/^[\d.,]+\s?%$/.test(cell.textContent!.trim()) && lines(whole) > 1) found.push(`figure "${cell.textContent}"`);
      }
      return found;
    });
    expect(split).toEqual([]);
    const figures = page.locator(`${analysis} td`, { hasText: /^\d+\.\d%$/ });
    await expect(figures).toHaveCount(14);
    for (const figure of await figures.all()) await expect(figure).toHaveCSS('white-space', 'nowrap');
  });
});

for (const width of [390, 1280]) {
  test.describe(`body headings at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('sit below the page\'s "Analysis" heading in level and in size', async ({ page }) => {
      await page.goto(at(`/incidents/${SMARTFREN}/`));
      const section = page.locator(analysis);
      const title = section.getByRole('heading', { level: 2, name: 'Analysis', exact: true });
      await expect(title).toBeVisible();
      const body = section.locator('.prose-status').first();
      await expect(body.locator('h1, h2')).toHaveCount(0);
      const headings = body.locator('h3, h4, h5, h6');
      await expect(headings.first()).toHaveText('Summary');
      expect(await headings.count()).toBeGreaterThan(5);
      const size = (locator: typeof title) => locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      const titleSize = await size(title);
      for (const heading of await headings.all()) {
        expect(await size(heading), `"${await heading.textContent()}" is smaller than "Analysis"`).toBeLessThan(titleSize);
      }
    });
  });
}
