import { dictionary } from '../../../src/lib/i18n/dictionary';
import { describe, expect, it } from 'vitest';
import { bodyProblems, renderBody } from '../../../src/lib/markup/mdx-body';
import { BODY_COMPONENTS, everyTagBody } from '../../../src/lib/markup/mdx-components';

const CALLOUTS = dictionary('en').callout;

describe('renderBody', () => {
  it('renders Markdown to HTML', () => {
    expect(renderBody('## What happened\n\nDelivery to *Smartfren* slowed. See [the dashboard](https://example.com).\n', 1, CALLOUTS)).toEqual({
      html: '<h3>What happened</h3>\n<p>Delivery to <em>Smartfren</em> slowed. See <a href="https://example.com">the dashboard</a>.</p>',
      problems: [],
    });
  });

  it('renders a callout with its title, tone icon and Markdown inside', () => {
    const { html, problems } = renderBody('<Callout type="warning" title="Workaround">\nTurn on **fallback**.\n</Callout>\n', 1, CALLOUTS);
    expect(problems).toEqual([]);
    expect(html).toContain('<aside class="my-5 rounded-md border-l-4 p-4 border-amber-600');
    expect(html).toContain('aria-label="Workaround"');
    expect(html).toContain('data-tone="degraded"');
    expect(html).toContain('<p>Turn on <strong>fallback</strong>.</p>');
  });

  it('gives a callout without attributes the note style and label', () => {
    const { html } = renderBody('<Callout>Plain.</Callout>\n', 1, CALLOUTS);
    expect(html).toContain('aria-label="Note"');
    expect(html).toContain('data-tone="maintenance"');
  });

  it('keeps the plain HTML tags it allows', () => {
    expect(renderBody('<details open><summary>Log</summary>Lines</details>\n', 1, CALLOUTS).html).toBe(
      '<details open><summary>Log</summary>Lines</details>',
    );
  });

  it('escapes text, drops comments and never emits markup a writer escaped', () => {
    const { html, problems } = renderBody('{/* internal note */}\n\nA \\<script> & "quotes" \\{braces\\}\n', 1, CALLOUTS);
    expect(problems).toEqual([]);
    expect(html.trim()).toBe('<p>A &#x3C;script> &#x26; "quotes" {braces}</p>');
  });

  it('reports what it cannot render at its line in the whole file', () => {
    const body = 'Intro {count}\n\n<Status level="x" />\n\n<Callout type="danger" tone="red">x</Callout>\n\nexport const a = 1\n';
    expect(renderBody(body, 9, CALLOUTS).problems.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      '9:7 a { … } expression runs code, and a status page body cannot',
      '11:1 unknown tag <Status>',
      '13:1 <Callout> type="danger" is not one of note, warning, success',
      '13:1 <Callout> has no attribute "tone"',
      '15:1 import and export lines are not read here',
    ]);
  });

  it('names the fix for each problem', () => {
    const [unknown, attribute, quoted] = renderBody('<Badge />\n\n<kbd class="x">K</kbd>\n\n<abbr title={x}>A</abbr>\n', 1, CALLOUTS).problems;
    expect(unknown?.fix).toBe('use one of <Callout>, <details>, <summary>, <abbr>, <kbd>, <sub>, <sup>, or write a literal < as \\<');
    expect(attribute).toMatchObject({ message: '<kbd> has no attribute "class"', fix: 'remove it: it takes no attributes' });
    expect(quoted).toMatchObject({ message: '<abbr> title must be written in quotes', fix: 'write title="…"' });
  });

  it('reports a syntax error with positions in the whole file and renders nothing', () => {
    expect(renderBody('See <Callout type="note">the note.\n', 12, CALLOUTS)).toEqual({
      html: '',
      problems: [
        {
          line: 12,
          column: 5,
          field: '(mdx)',
          message: 'MDX syntax error: Expected a closing tag for `<Callout>` (12:5) before the end of `paragraph`',
          fix: 'close every tag you open, like <Callout>…</Callout>, and write a literal <, { or } as \\<, \\{ or \\}',
        },
      ],
    });
  });

  it('reports the same problems without writing HTML for the content check', () => {
    const body = 'Intro {count}\n\n<Status />\n';
    expect(bodyProblems(body, 4)).toEqual(renderBody(body, 4, CALLOUTS).problems);
    expect(bodyProblems('See <Callout>x\n', 4)).toEqual(renderBody('See <Callout>x\n', 4, CALLOUTS).problems);
  });
});

describe('everyTagBody', () => {
  it('uses every tag, with each listed value, and renders without a problem', () => {
    const body = everyTagBody();
    for (const name of Object.keys(BODY_COMPONENTS)) expect(body).toContain(`<${name}`);
    for (const type of ['note', 'warning', 'success']) expect(body).toContain(`<Callout type="${type}" title="T">`);
    expect(body).toContain('<details open>');
    expect(renderBody(body, 1, CALLOUTS).problems).toEqual([]);
  });
});
