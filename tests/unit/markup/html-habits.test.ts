import { dictionary } from '../../../src/lib/i18n/dictionary';
import { describe, expect, it } from 'vitest';
import { findHtmlHabits } from '../../../src/lib/markup/html-habits';
import { renderBody } from '../../../src/lib/markup/mdx-body';

const CALLOUTS = dictionary('en').callout;

const where = (body: string) => findHtmlHabits(body).habits.map(({ line, column, message }) => `${line}:${column} ${message}`);

describe('HTML habits in a body', () => {
  it('finds <br> in every spelling, <img> and <!-- -->, each at its line and column', () => {
    expect(where('a<br>b<BR/>c</br>\n\n<img src="/x.png">\n\n<!--\nnote\n--> and <br />')).toEqual([
      '1:2 <br> is an HTML line break, which a body does not take',
      '1:7 <br> is an HTML line break, which a body does not take',
      '1:13 <br> is an HTML line break, which a body does not take',
      '3:1 <img> is an HTML image, which a body does not take',
      '5:1 <!-- … --> is an HTML comment, which a body does not take',
      '7:9 <br> is an HTML line break, which a body does not take',
    ]);
  });

  it('leaves HTML written as code or escaped alone, which renders as text', () => {
    const body = 'Write `<br>` or ``<!-- x -->``.\n\n```html\n<img src="/x.png">\n<!-- x -->\n```\n\n~~~\n<br>\n~~~\n\nA literal \\<br> too.\n';
    expect(findHtmlHabits(body).habits).toEqual([]);
    const { html, problems } = renderBody(body, 1, CALLOUTS);
    expect(problems).toEqual([]);
    expect(html).toContain('<code>&#x3C;br></code>');
  });

  it('blanks each habit in place, so the parse reports the rest at their own columns', () => {
    const { rest } = findHtmlHabits('a<br>b\n<!--\nx\n-->c');
    expect(rest).toBe('a    b\n    \n \n   c');
  });

  it('offers the image in Markdown with its own alt text and path, or a pattern when the path is odd', () => {
    const fix = (tag: string) => findHtmlHabits(tag).habits[0]?.fix;
    expect(fix('<img alt=\'Delivery rate\' src="/graph.png" />')).toBe('write the image in Markdown: ![Delivery rate](/graph.png)');
    expect(fix('<img src="/a (1).png">')).toBe('write the image in Markdown: ![what it shows](/file.png)');
  });

  it('names at most 100 in one body, and stays fast on a body of nothing else', () => {
    const started = performance.now();
    const { habits } = findHtmlHabits('<!---->\n'.repeat(100_000));
    expect(habits).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
