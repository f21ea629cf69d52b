import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { POSTMORTEM, SMARTFREN, UPCOMING_MAINTENANCE } from './lib/content';
import { at } from './lib/site';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'Smartfren incident', path: `/incidents/${SMARTFREN}/` },
  { name: 'postmortem incident', path: `/incidents/${POSTMORTEM}/` },
  { name: 'maintenance', path: `/maintenance/${UPCOMING_MAINTENANCE}/` },
  { name: 'component', path: '/components/sms-smartfren/' },
  { name: 'history', path: '/history/' },
  { name: '404', path: '/nope/' },
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${TAGS.join(', ')}), ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of PAGES) {
      test(`${name} (${path}) has no serious or critical violations`, async ({ page }) => {
        await page.goto(at(path));
        await expect(page.locator('main')).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        // One line per violation and affected node, so a failure says what to fix and where.
        const report = blocking.flatMap((v) =>
          v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`),
        );
        expect(report, `serious/critical axe violations on ${path} (${colorScheme})`).toEqual([]);
        // The scan really looked at colours: contrast was checked on many nodes, and nothing outside
        // an SVG was left undecided (axe cannot work out the background behind SVG <text>, e.g. chart axes).
        const contrast = results.passes.find((p) => p.id === 'color-contrast');
        expect(contrast?.nodes.length ?? 0, 'color-contrast nodes checked').toBeGreaterThan(5);
        const unsure = results.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes);
        const inSvg = await page.evaluate(
          (selectors) =>
            selectors.map((selector) => {
              try {
                return document.querySelector(selector)?.closest('svg') != null;
              } catch {
                return false;
              }
            }),
          unsure.map((node) => node.target.join(' ')),
        );
        const undecided = unsure
          .filter((_, index) => !inSvg[index])
          .map((node) => `${node.target.join(' ')}: ${node.any.map((check) => check.message).join('; ')}`);
        expect(undecided, 'color-contrast nodes axe could not decide').toEqual([]);
      });
    }
  });
}

test('pages are structured for assistive technology', async ({ page }) => {
  for (const { path } of PAGES) {
    await page.goto(at(path));
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();
    // Decorative status icons are hidden from screen readers; the label next to them says it in words.
    const exposed = await page.locator('svg[data-tone]').evaluateAll((els) => els.filter((el) => el.getAttribute('aria-hidden') !== 'true').length);
    expect(exposed, path).toBe(0);
  }
});
