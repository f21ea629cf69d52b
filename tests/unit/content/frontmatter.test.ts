import { describe, expect, it } from 'vitest';
import { parseYaml, readFrontmatterData, splitFrontmatter } from '../../../src/lib/content/frontmatter';

const SOURCE = `---
title: Delays
updates:
  - at: 2026-01-12T08:00:00
    status: investigating
---

Body text.
`;

describe('frontmatter', () => {
  it('splits fenced frontmatter from the body', () => {
    const split = splitFrontmatter(SOURCE);
    expect(split?.firstLine).toBe(2);
    expect(split?.yaml.startsWith('title: Delays')).toBe(true);
    expect(split?.body.trim()).toBe('Body text.');
    expect(splitFrontmatter('no fence here')).toBeNull();
    expect(splitFrontmatter('---\ntitle: never closed\n')).toBeNull();
  });

  it('keeps an unquoted timestamp as the text the writer typed', () => {
    const data = readFrontmatterData(SOURCE) as { updates: { at: unknown }[] };
    expect(data.updates[0]?.at).toBe('2026-01-12T08:00:00');
  });

  it('locates a key by path in the whole file, falling back to the nearest parent', () => {
    const split = splitFrontmatter(SOURCE)!;
    const parsed = parseYaml(split.yaml, split.firstLine);
    expect(parsed.locate(['updates', 0, 'at'])).toEqual({ line: 4, column: 5 });
    expect(parsed.locate(['updates', 0, 'status'])).toEqual({ line: 5, column: 5 });
    expect(parsed.locate(['updates', 3, 'at'])).toEqual({ line: 3, column: 1 });
    expect(parsed.locate(['impact'])).toEqual({ line: 2, column: 1 });
  });

  it('reports YAML syntax errors with their line in the file', () => {
    const parsed = parseYaml('title: ok\nimpact: [major\n', 2);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors[0]?.position.line).toBeGreaterThanOrEqual(3);
    expect(() => readFrontmatterData('---\ntitle: a\ntitle: b\n---\n')).toThrow(/^line 3: "title" is given twice; the first is on line 2$/);
  });
});
