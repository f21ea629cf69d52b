import { dictionary } from '../../src/lib/i18n/dictionary';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { bodyProblems, renderBody } from '../../src/lib/markup/mdx-body';
import { incidentSchema } from '../../src/lib/content/schemas';
import { image, link, MARKDOWN_REFUSED, LINK_FIX, OTHER_SITE, type Refusal } from '../support/refusals';

const CALLOUTS = dictionary('en').callout;

/** Markdown a writer could type, each putting a script or an outside request on the page. */
const REFUSED: [string, string, Refusal][] = [
  ...MARKDOWN_REFUSED,
  ['a newline as an entity', '[x](java&#10;script:alert(1))', link('javascript')],
  ['a hex entity', '[x](&#x6A;avascript:alert(1))', link('javascript')],
  ['a leading space as an entity', '[x](&#32;javascript:alert(1))', link('javascript')],
  ['a title', '[x](javascript:alert(1) "Docs")', link('javascript')],
  ['a collapsed reference', '[docs][]\n\n[docs]: JAVASCRIPT:alert(1)', link('javascript')],
  ['a shortcut reference', '[docs]\n\n[docs]: <java&#x09;script:alert(1)>', link('javascript')],
  ['an image inside the link', '[![Status](/status.png)](javascript:alert(1))', link('javascript')],
  ['an image entity trick', '![x](&#106;ava&#x09;script:alert(1))', image('javascript')],
  ['a reference image from another site', '![x][pixel]\n\n[pixel]: http://tracker.example/pixel.png', OTHER_SITE],
];

describe('a body link or image whose URL the link policy refuses', () => {
  it.each(REFUSED)('is a content problem: %s', (_, markdown, refusal) => {
    expect(bodyProblems(`Intro.\n\n${markdown}\n`, 8)).toEqual([{ line: 10, column: 1, field: '(mdx)', ...refusal }]);
  });

  it.each(REFUSED)('leaves the page without any HTML: %s', (_, markdown) => {
    expect(renderBody(`${markdown}\n\n[fine](https://kabar.example)\n`, 1, CALLOUTS).html).toBe('');
  });

  it('reports every refused URL at once, each at its own line and column in the file', () => {
    const body = [
      'See [the dashboard](https://kabar.example) and [this](javascript:alert(1)).',
      '',
      '- ![chart](/chart.png) ![pixel](https://tracker.example/p.png)',
      '- [also][ref]',
      '',
      '[ref]: vbscript:msgbox(1)',
    ].join('\n');
    expect(bodyProblems(body, 12).map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      `12:48 ${link('javascript').message}`,
      `14:24 ${OTHER_SITE.message}`,
      `15:3 ${link('vbscript').message}`,
    ]);
  });

  it('is named with its file by the content check', () => {
    const source = '---\ntitle: Hostile\nimpact: minor\nupdates:\n  - at: 2026-11-01T08:00:00Z\n    status: investigating\n    message: Looking.\n---\n\nRead [the notes](javascript:alert(document.cookie)).\n';
    const { problems } = checkEntry('content/incidents/hostile.mdx', source, incidentSchema({ componentIds: [], now: new Date('2026-11-28T00:00:00Z') }));
    expect(problems.map(formatProblem)).toEqual([
      `content/incidents/hostile.mdx:10:6  (mdx)  ${link('javascript').message}  (${LINK_FIX})`,
    ]);
  });
});

describe('a body that looks like a script URL but is not a link', () => {
  it('refuses an autolink <javascript:…>, which MDX reads as a broken tag', () => {
    const { html, problems } = renderBody('Go to <javascript:alert(1)>.\n', 1, CALLOUTS);
    expect(html).toBe('');
    expect(problems[0]?.message).toMatch(/^MDX syntax error: Unexpected character/);
  });

  it('keeps a bare javascript: as text: only http(s), www. and email addresses become links', () => {
    const { html, problems } = renderBody('Typed javascript:alert(1) and vbscript:x here.\n', 1, CALLOUTS);
    expect(problems).toEqual([]);
    expect(html).toBe('<p>Typed javascript:alert(1) and vbscript:x here.</p>');
  });
});

describe('a body link or image the policy allows', () => {
  it('renders with its URL as written', () => {
    const body = [
      '[docs](https://kabar.example/docs?a=1&b=2), [plain](http://kabar.example), [mail](mailto:support@kabar.example),',
      '[history](/history/), [section](#what-happened), [other](//kabar.example/x), [path](%6aavascript:alert(1)),',
      'www.kabar.example, support@kabar.example and ![chart](/chart.png).',
    ].join('\n');
    const { html, problems } = renderBody(`${body}\n`, 1, CALLOUTS);
    expect(problems).toEqual([]);
    for (const url of [
      'https://kabar.example/docs?a=1&#x26;b=2',
      'http://kabar.example',
      'mailto:support@kabar.example',
      '/history/',
      '#what-happened',
      '//kabar.example/x',
      '%6aavascript:alert(1)',
      'http://www.kabar.example',
    ]) {
      expect(html).toContain(`href="${url}"`);
    }
    expect(html).toContain('<img src="/chart.png" alt="chart">');
  });
});
