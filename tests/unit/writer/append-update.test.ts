import { describe, expect, it } from 'vitest';
import { readFrontmatterData } from '../../../src/lib/content/frontmatter';
import { appendUpdate } from '../../../src/lib/writer/append-update';

const UPDATE = { at: '2026-11-28T13:20:00+07:00', status: 'identified', message: 'Found it: a route in Singapore.' };

/** Everything but the lines appended must be the original text, byte for byte. */
function appended(source: string): string {
  const result = appendUpdate(source, UPDATE);
  if (!result.ok) throw new Error(result.error);
  return result.source;
}

const ORIGINAL = `---
# Opened from the on-call channel.
title: 'Delays: Smartfren'   # quoted on purpose
impact: major
components: [{ id: sms-smartfren, status: partial_outage }]
updates:
  - at: 2026-11-28T13:00:00+07:00
    status: investigating
    message: >-
      Messages are late.
      Looking.
  # keep this note under the list
---

## What happened

Body with <Callout type="note">a callout</Callout> and trailing spaces.   
`;

describe('appendUpdate', () => {
  it('adds the update at the end of the list and leaves every other byte as it was', () => {
    const result = appended(ORIGINAL);
    const added = [
      '  - at: 2026-11-28T13:20:00+07:00',
      '    status: identified',
      '    message: >-',
      '      Found it: a route in Singapore.',
      '',
    ].join('\n');
    const at = ORIGINAL.indexOf('  # keep this note');
    expect(result).toBe(ORIGINAL.slice(0, at) + added + ORIGINAL.slice(at));
    expect((readFrontmatterData(result).updates as unknown[]).at(-1)).toEqual(UPDATE);
  });

  it('follows the list\'s own indentation and keeps CRLF line ends', () => {
    const source = '---\r\ntitle: A\r\nupdates:\r\n- at: 2026-11-28T13:00:00+07:00\r\n  status: investigating\r\n  message: Late.\r\nimpact: minor\r\n---\r\nBody\r\n';
    expect(appended(source)).toBe(
      '---\r\ntitle: A\r\nupdates:\r\n- at: 2026-11-28T13:00:00+07:00\r\n  status: investigating\r\n  message: Late.\r\n' +
        '- at: 2026-11-28T13:20:00+07:00\r\n  status: identified\r\n  message: >-\r\n    Found it: a route in Singapore.\r\n' +
        'impact: minor\r\n---\r\nBody\r\n',
    );
  });

  it('starts the list when a maintenance has none, or an empty flow list', () => {
    const none = '---\ntitle: M\ncomponents: [voice]\n---\nBody\n';
    expect(readFrontmatterData(appended(none)).updates).toEqual([UPDATE]);
    expect(appended(none).endsWith('---\nBody\n')).toBe(true);
    const empty = '---\ntitle: M\nupdates: []\ncomponents: [voice]\n---\n';
    expect(appended(empty)).toBe(
      '---\ntitle: M\nupdates:\n  - at: 2026-11-28T13:20:00+07:00\n    status: identified\n    message: >-\n      Found it: a route in Singapore.\ncomponents: [voice]\n---\n',
    );
  });

  it('folds a long message at 80 columns and keeps its paragraphs', () => {
    const message = `${'word '.repeat(30).trim()}\n\nSecond paragraph.`;
    const result = appendUpdate(ORIGINAL, { ...UPDATE, message });
    if (!result.ok) throw new Error(result.error);
    expect(Math.max(...result.source.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    expect((readFrontmatterData(result.source).updates as { message: string }[]).at(-1)?.message).toBe(message);
  });

  it('refuses a file without frontmatter or with broken YAML', () => {
    expect(appendUpdate('Just text\n', UPDATE)).toEqual({ ok: false, error: 'the file has no frontmatter  (run npm run check to see what is wrong with it)' });
    expect(appendUpdate('---\ntitle: "open\n---\n', UPDATE)).toEqual({ ok: false, error: 'the frontmatter is not valid YAML  (run npm run check to see where)' });
    expect(appendUpdate('---\nupdates: soon\n---\n', UPDATE)).toEqual({ ok: false, error: '"updates" is not a list  (run npm run check to see what is wrong with it)' });
  });
});
