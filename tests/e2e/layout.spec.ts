import { expect, test, type Page } from '@playwright/test';
import { POSTMORTEM, SMARTFREN } from './lib/content';
import { at } from './lib/site';

const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
];
const RESPONSIVE_PAGES = ['/', `/incidents/${SMARTFREN}/`, `/incidents/${POSTMORTEM}/`, '/history/', '/components/sms-smartfren/'];

test.describe('responsive: no horizontal overflow', () => {
  for (const viewport of VIEWPORTS) {
    test.describe(`${viewport.width}x${viewport.height}`, () => {
      test.use({ viewport });
      for (const path of RESPONSIVE_PAGES) {
        test(path, async ({ page }) => {
          await page.goto(at(path));
          const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          expect(size.innerWidth).toBe(viewport.width);
          expect(size.scrollWidth, `page is ${size.scrollWidth}px wide in a ${size.innerWidth}px viewport`).toBeLessThanOrEqual(size.innerWidth);
          // And no single element sticks out past the right edge, but inside a box that scrolls
          // or clips sideways (a body's table), which is checked as a whole.
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter((el) => {
                for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
                  if (getComputedStyle(box).overflowX !== 'visible') return false;
                }
                return true;
              })
              .filter((el) => getComputedStyle(el).position !== 'absolute' || el.getBoundingClientRect().width > 1)
              .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].slice(0, 3).join('.')}`),
          );
          expect(wide, 'elements wider than the viewport').toEqual([]);
        });
      }
    });
  }
});

/** WCAG relative luminance (0 black … 1 white) of any CSS colour the browser can paint, oklch included. */
async function luminances(page: Page, selector: string): Promise<{ background: number; text: number; raw: string }> {
  return page.locator(selector).first().evaluate((el) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const toLuminance = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = '#000';
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(el);
    return { background: toLuminance(style.backgroundColor), text: toLuminance(style.color), raw: `${style.backgroundColor} / ${style.color}` };
  });
}

test.describe('colour schemes', () => {
  test.describe('dark', () => {
    test.use({ colorScheme: 'dark' });
    for (const path of ['/', `/incidents/${SMARTFREN}/`]) {
      test(`${path}: dark background, light text`, async ({ page }) => {
        await page.goto(at(path));
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        const body = await luminances(page, 'body');
        expect(body.background, body.raw).toBeLessThan(0.05);
        expect(body.text, body.raw).toBeGreaterThan(0.7);
        // Cards follow the scheme too (no white boxes on a dark page).
        const card = await luminances(page, 'main article, main section[aria-labelledby="affected"]');
        expect(card.background, card.raw).toBeLessThan(0.05);
      });
    }
  });

  test.describe('light', () => {
    test.use({ colorScheme: 'light' });
    for (const path of ['/', `/incidents/${SMARTFREN}/`]) {
      test(`${path}: light background, dark text`, async ({ page }) => {
        await page.goto(at(path));
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
        const body = await luminances(page, 'body');
        expect(body.background, body.raw).toBeGreaterThan(0.85);
        expect(body.text, body.raw).toBeLessThan(0.05);
        const card = await luminances(page, 'main article, main section[aria-labelledby="affected"]');
        expect(card.background, card.raw).toBeGreaterThan(0.85);
      });
    }
  });
});

/** How the focused element shows focus: a real outline, or a box-shadow ring. */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      element: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" href=${el.getAttribute('href')}`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

function isVisibleFocus(indicator: Awaited<ReturnType<typeof focusIndicator>>): boolean {
  // A transparent outline (Tailwind's outline-hidden) draws nothing, so it does not count.
  const transparent = /^transparent$|,\s*0\)$|\/\s*0\)$/.test(indicator.outlineColor.trim());
  const outline = indicator.outlineStyle !== 'none' && indicator.outlineStyle !== 'hidden' && indicator.outlineWidth >= 1 && !transparent;
  // A box-shadow ring counts if any of its shadows is drawn: not transparent, and some offset, blur or spread.
  const shadows = indicator.boxShadow === 'none' ? [] : indicator.boxShadow.split(/,(?![^(]*\))/);
  const ring = shadows.some((shadow) => {
    const color = /(rgba?|oklch|oklab|hsla?|color)\([^)]*\)|transparent/.exec(shadow)?.[0] ?? 'currentcolor';
    const drawn = /[1-9]\d*(\.\d+)?px/.test(shadow.replace(color, ''));
    return drawn && color !== 'transparent' && !/,\s*0\)$|\/\s*0\)$/.test(color);
  });
  return outline || ring;
}

test.describe('keyboard only', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });

      test('Tab shows "Skip to content" first; Enter jumps to #main', async ({ page }) => {
        await page.goto(at('/'));
        const skip = page.getByRole('link', { name: 'Skip to content' });
        await expect(skip).toHaveAttribute('href', '#main');
        // Hidden until focused (screen-reader only: a 1px clipped box).
        const hidden = await skip.boundingBox();
        expect(hidden!.width * hidden!.height).toBeLessThanOrEqual(1);

        await page.keyboard.press('Tab');
        await expect(skip).toBeFocused();
        const shown = await skip.boundingBox();
        expect(shown!.width, 'skip link is visible once focused').toBeGreaterThan(40);
        expect(shown!.height).toBeGreaterThan(16);
        await expect(skip).toBeInViewport();
        expect(await skip.evaluate((el) => getComputedStyle(el).clipPath + '|' + getComputedStyle(el).getPropertyValue('clip'))).not.toMatch(/inset\(50%\)|rect\(0px, 0px, 0px, 0px\)/);
        const indicator = await focusIndicator(page);
        expect(isVisibleFocus(indicator), JSON.stringify(indicator)).toBe(true);

        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(/\/#main$/);
        await expect(page.locator('main#main')).toBeInViewport();
        // The next Tab continues from the main content, past the header links.
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        await expect(focused).toHaveCount(1);
        expect(await focused.evaluate((el) => el.closest('main') !== null), 'focus moved into <main>').toBe(true);
        await expect(focused).toHaveAttribute('href', at(`/incidents/${SMARTFREN}/`));
      });

      test('Tab reaches the first component link, and every stop shows a visible focus indicator', async ({ page }) => {
        await page.goto(at('/'));
        const firstComponent = page.locator('[data-component]').first().getByRole('link', { name: 'Telkomsel', exact: true });
        await expect(firstComponent).toHaveAttribute('href', at('/components/sms-telkomsel/'));
        const invisible: string[] = [];
        let reached = false;
        for (let presses = 0; presses < 30 && !reached; presses++) {
          await page.keyboard.press('Tab');
          const indicator = await focusIndicator(page);
          if (!isVisibleFocus(indicator) || !indicator.focusVisible) invisible.push(JSON.stringify(indicator));
          reached = await firstComponent.evaluate((el) => el === document.activeElement);
        }
        expect(reached, 'Tab reached the first component link within 30 presses').toBe(true);
        await expect(firstComponent).toBeFocused();
        expect(invisible, 'focused elements without a visible outline or ring').toEqual([]);
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(at('/components/sms-telkomsel/'));
      });
    });
  }
});
