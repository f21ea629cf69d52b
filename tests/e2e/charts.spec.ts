import { expect, test, type Page } from '@playwright/test';
import { SMARTFREN } from './lib/content';
import { at } from './lib/site';

/** Pages that set metric cards side by side: the headline charts, a component's, an incident's. */
const PAGES = ['/', '/components/sms-smartfren/', `/incidents/${SMARTFREN}/`];

interface Box {
  left: number;
  top: number;
  bottom: number;
  height: number;
}

/** Where each card's header lines, header and plot sit, in page pixels. */
function cardBoxes(page: Page) {
  return page.locator('[data-chart]').evaluateAll((figures) =>
    figures.map((figure) => {
      const box = (element: Element): Box => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY, height: rect.height };
      };
      const header = figure.querySelector('[data-chart-header]');
      const plot = figure.querySelector('[data-plot]');
      return {
        name: figure.getAttribute('data-chart'),
        card: box(figure),
        header: header ? box(header) : null,
        lines: header ? [...header.children].map(box) : [],
        plot: plot ? box(plot) : null,
      };
    }),
  );
}

for (const width of [390, 1280]) {
  test.describe(`metric cards at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of PAGES) {
      test(`on ${path} share one header layout and one plot height`, async ({ page }) => {
        await page.goto(at(path));
        const cards = await cardBoxes(page);
        expect(cards.length).toBeGreaterThan(1);
        // The same lines in every card, stacked one under the other from the same left edge.
        expect(new Set(cards.map((card) => card.lines.length)).size, 'header lines per card').toBe(1);
        for (const card of cards) {
          expect(card.header, `${card.name} has a header`).not.toBeNull();
          expect(card.plot, `${card.name} has a plot`).not.toBeNull();
          card.lines.forEach((line, index) => {
            expect(Math.abs(line.left - card.lines[0]!.left), `${card.name} line ${index} starts at the left`).toBeLessThan(1);
            if (index > 0) expect(line.top, `${card.name} line ${index} is under the one before`).toBeGreaterThanOrEqual(card.lines[index - 1]!.bottom - 1);
          });
          expect(card.plot!.top, `${card.name}: plot under the header`).toBeGreaterThanOrEqual(card.header!.bottom);
          expect(card.plot!.bottom, `${card.name}: plot inside the card`).toBeLessThanOrEqual(card.card.bottom);
        }
        const heights = cards.map((card) => card.plot!.height);
        expect(Math.max(...heights) - Math.min(...heights), `plot heights ${heights.join(', ')}`).toBeLessThan(1);
        // Cards side by side are as tall as each other, with their plots level.
        const rows = Map.groupBy(cards, (card) => Math.round(card.card.top));
        for (const row of rows.values()) {
          for (const card of row) {
            expect(Math.abs(card.card.bottom - row[0]!.card.bottom), `${card.name} ends level with ${row[0]!.name}`).toBeLessThan(1);
            expect(Math.abs(card.plot!.top - row[0]!.plot!.top), `${card.name}'s plot is level with ${row[0]!.name}'s`).toBeLessThan(1);
          }
        }
      });
    }

    test('threshold lines carry visible words, and the text alternative says them too', async ({ page }) => {
      await page.goto(at('/components/sms-smartfren/'));
      const chart = page.locator('[data-chart="sms-smartfren/delivery_rate"]').first();
      const svg = chart.locator('svg[role="img"]');
      const lines = chart.locator('line[data-threshold]');
      const labels = chart.locator('text[data-threshold-label]');
      await expect(lines).toHaveCount(2);
      await expect(labels).toHaveText(['Degraded performance below 95 %', 'Partial outage below 85 %']);
      const frame = (await svg.boundingBox())!;
      const boxes = [];
      for (const label of await labels.all()) {
        await expect(label).toBeVisible();
        const box = (await label.boundingBox())!;
        expect(box.height, 'words tall enough to read').toBeGreaterThanOrEqual(8);
        expect(box.x).toBeGreaterThanOrEqual(frame.x);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(box.y).toBeGreaterThanOrEqual(frame.y - 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
        boxes.push(box);
      }
      expect(boxes[0]!.y + boxes[0]!.height <= boxes[1]!.y || boxes[1]!.y + boxes[1]!.height <= boxes[0]!.y, 'labels apart').toBe(true);
      await expect(svg).toHaveAccessibleDescription(/Thresholds: Degraded performance below 95 %, Partial outage below 85 %\./);
    });

    test('an axis of a percentage near 100 spans at least a percentage point', async ({ page }) => {
      await page.goto(at('/components/verify-api/'));
      const ticks = await page
        .locator('[data-chart="verify-api/availability"] svg[role="img"]')
        .first()
        .locator('g text[text-anchor="end"]')
        .allTextContents();
      const values = ticks.map((tick) => Number.parseFloat(tick));
      expect(Math.max(...values) - Math.min(...values), `ticks ${ticks.join(', ')}`).toBeGreaterThanOrEqual(1);
      expect(Math.max(...values)).toBeLessThanOrEqual(100);
    });
  });
}

test.describe('metrics during an incident', () => {
  test('an incident older than the figures kept says from when its charts show', async ({ page }) => {
    await page.goto(at(`/incidents/${SMARTFREN}/`));
    const section = page.locator('section[aria-labelledby="incident-metrics"]');
    const note = section.locator('[data-metrics-shown-from]');
    await expect(note).toHaveText(
      /^This incident began 12 Jan 2026, 02:40 UTC \(09:40 WIB\), before the oldest figures kept: the charts show only from \d{1,2} [A-Z][a-z]{2} 2026, not the whole incident\.$/,
    );
    const from = /show only from (\d{1,2} [A-Z][a-z]{2}) 2026/.exec((await note.textContent()) ?? '')![1]!;
    const charts = section.locator('[data-chart]');
    await expect(charts).toHaveCount(4);
    await expect(note.locator('time')).toHaveCount(2);
    for (const chart of await charts.all()) {
      await expect(chart.locator('[data-chart-header]')).toContainText(`day by day from ${from} 2026`);
      // The time axis starts where the note says.
      await expect(chart.locator('svg text[text-anchor="start"]')).toHaveText(from);
      await expect(chart.getByRole('img')).toHaveAccessibleName(new RegExp(`day by day from ${from} 2026`));
    }
  });

  test('an incident inside the figures kept is charted around its time without that note', async ({ page }) => {
    await page.goto(at('/incidents/2026-11-25-xl-axiata-delivery-receipts-delayed/'));
    const section = page.locator('section[aria-labelledby="incident-metrics"]');
    await expect(section.locator('[data-metrics-shown-from]')).toHaveCount(0);
    await expect(section.locator('[data-chart-header]').first()).toContainText('around the incident');
  });
});
