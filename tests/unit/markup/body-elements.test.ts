import { dictionary } from '../../../src/lib/i18n/dictionary';
import { describe, expect, it } from 'vitest';
import { headingLevel } from '../../../src/lib/markup/body-elements';
import { renderBody } from '../../../src/lib/markup/mdx-body';

const CALLOUTS = dictionary('en').callout;

const html = (body: string) => renderBody(body, 1, CALLOUTS).html;

describe('body headings', () => {
  it('sit below the page section they are in: ## becomes h3, and so on down to h6', () => {
    expect([1, 2, 3, 4, 5, 6].map(headingLevel)).toEqual([3, 3, 4, 5, 6, 6]);
    expect(html('# Title\n\n## Summary\n\n### Detail\n\n###### Deepest\n')).toBe(
      '<h3>Title</h3>\n<h3>Summary</h3>\n<h4>Detail</h4>\n<h6>Deepest</h6>',
    );
  });

  it('are shifted inside a callout too', () => {
    expect(html('<Callout>\n## Inside\n</Callout>\n')).toContain('<h3>Inside</h3>');
  });
});

describe('body tables', () => {
  const table = '| Period | Whole day | Evening peak, 19:00 to 22:00 WIB |\n| --- | ---: | :---: |\n| December 2025 | 97.8% | 97.1 % |\n| May | n/a | **−3 ms** |\n';

  it('scroll in their own box, which the keyboard can reach and which is named by its columns', () => {
    const rendered = html(table);
    expect(rendered).toMatch(/^<div class="table-scroll" role="region" aria-label="Table: Period; Whole day; Evening peak, 19:00 to 22:00 WIB" tabindex="0"><table>/);
    expect(rendered).toMatch(/<\/table><\/div>$/);
  });

  it('mark figures, so a figure and its unit are never split across lines', () => {
    const rendered = html(table);
    expect(rendered).toContain('<td class="text-right figure">97.8%</td>');
    expect(rendered).toContain('<td class="text-center figure">97.1 %</td>');
    expect(rendered).toContain('<td class="text-center figure"><strong>−3 ms</strong></td>');
    expect(rendered).toContain('<td>December 2025</td>');
    expect(rendered).toContain('<td class="text-right">n/a</td>');
  });

  it('align columns with classes, never a style attribute the pages\' CSP would refuse', () => {
    expect(html(table)).not.toContain('style=');
  });

  it('name a table without headings plainly, and a long name shortened', () => {
    expect(html('| |\n| --- |\n| 1 |\n')).toContain('aria-label="Table"');
    const long = `| ${'a'.repeat(200)} |\n| --- |\n| 1 |\n`;
    const label = /aria-label="([^"]*)"/.exec(html(long))?.[1] ?? '';
    expect(label.length).toBeLessThanOrEqual(120);
    expect(label.endsWith('…')).toBe(true);
  });
});
