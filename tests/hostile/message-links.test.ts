import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { plainText, renderMessage } from '../../src/lib/markup/markdown';
import { incidentSchema } from '../../src/lib/content/schemas';
import { link, MARKDOWN_REFUSED, OTHER_SITE, type Refusal } from '../support/refusals';

/** Update message Markdown a writer could type, each putting a script or an outside request on the page. */
const REFUSED: [string, string, Refusal][] = [
  ...MARKDOWN_REFUSED,
  ['an ftp: URL', '[x](ftp://files.example/a)', link('ftp')],
  ['an autolink', 'See <javascript:alert(1)>', link('javascript')],
  ['an autolink in capitals', 'See <JAVASCRIPT:alert(1)>', link('javascript')],
];

const NOW = new Date('2026-11-28T00:00:00Z');

function incident(messages: string[]): string {
  const updates = messages.map((message, index) => `  - at: 2026-11-0${index + 1}T08:00:00Z\n    status: investigating\n    message: ${JSON.stringify(message)}\n`);
  return `---\ntitle: Hostile\nimpact: minor\nupdates:\n${updates.join('')}---\n\nBody.\n`;
}

function check(messages: string[]): string[] {
  return checkEntry('content/incidents/hostile.mdx', incident(messages), incidentSchema({ componentIds: [], now: NOW })).problems.map(formatProblem);
}

describe('an update message whose link or image URL the link policy refuses', () => {
  it.each(REFUSED)('is a content problem at the message field: %s', (_, markdown, refusal) => {
    expect(check(['Looking into it.', markdown])).toEqual([`content/incidents/hostile.mdx:10:5  updates[1].message  ${refusal.message}  (${refusal.fix})`]);
  });

  it.each(REFUSED)('is never rendered as a link or image: %s', (_, markdown) => {
    expect(renderMessage(markdown)).not.toMatch(/<a |<img /);
  });

  it('reports every refused URL in a message', () => {
    expect(check(['[a](vbscript:x) and ![b](https://tracker.example/p.png)'])).toEqual([
      `content/incidents/hostile.mdx:7:5  updates[0].message  ${link('vbscript').message}  (${link('vbscript').fix})`,
      `content/incidents/hostile.mdx:7:5  updates[0].message  ${OTHER_SITE.message}  (${OTHER_SITE.fix})`,
    ]);
  });

  it('keeps the words of a refused link or image as text', () => {
    expect(renderMessage('![Route map](https://tracker.example/map.png) and [notes](vbscript:x)')).toBe(
      '<p>Route map and [notes](vbscript:x)</p>\n',
    );
    expect(plainText('[notes](vbscript:x)')).toBe('[notes](vbscript:x)');
  });
});

describe('an update message with links the policy allows', () => {
  it('passes the check and renders each link', () => {
    const message = 'See [status](https://kabar.example/s?a=1&b=2), [mail](mailto:support@kabar.example), [history](/history/), [up](#updates), www.kabar.co.id, //kabar.example/x and ![map](/map.png).';
    expect(check([message])).toEqual([]);
    const html = renderMessage(message);
    for (const url of ['https://kabar.example/s?a=1&amp;b=2', 'mailto:support@kabar.example', '/history/', '#updates', 'http://www.kabar.co.id', '//kabar.example/x']) {
      expect(html).toContain(`<a href="${url}">`);
    }
    expect(html).toContain('<img src="/map.png" alt="map">');
  });

  it('leaves a bare ftp:// address as text, so it is not a problem', () => {
    expect(check(['Logs are on ftp://files.kabar.example/logs'])).toEqual([]);
    expect(renderMessage('Logs are on ftp://files.kabar.example/logs')).toBe('<p>Logs are on ftp://files.kabar.example/logs</p>\n');
  });
});
