import { describe, expect, it } from 'vitest';
import { dropCheckedEntries, handOverCheckedEntry, takeCheckedEntry } from '../../../src/data/checked-entries';

describe('the hand-over from the content gate to the loader', () => {
  it('gives the data once, and only for the text the gate read', () => {
    handOverCheckedEntry('/site/content/incidents/a.mdx', 'text a', { title: 'A' });
    handOverCheckedEntry('/site/content/incidents/b.mdx', 'text b', { title: 'B' });
    expect(takeCheckedEntry('/site/content/incidents/a.mdx', 'text a')).toEqual({ title: 'A' });
    expect(takeCheckedEntry('/site/content/incidents/a.mdx', 'text a')).toBeUndefined();
    // Saved again between the gate and the loader: the loader must read it itself.
    expect(takeCheckedEntry('/site/content/incidents/b.mdx', 'text b, edited')).toBeUndefined();
    expect(takeCheckedEntry('/site/content/incidents/b.mdx', 'text b')).toBeUndefined();
  });

  it('forgets what was not taken under a folder, and only there', () => {
    handOverCheckedEntry('/site/content/incidents/a.mdx', 'a', 1);
    handOverCheckedEntry('/site/content/incidents-old/b.mdx', 'b', 2);
    handOverCheckedEntry('/site/content/maintenance/c.mdx', 'c', 3);
    dropCheckedEntries('/site/content/incidents');
    expect(takeCheckedEntry('/site/content/incidents/a.mdx', 'a')).toBeUndefined();
    expect(takeCheckedEntry('/site/content/incidents-old/b.mdx', 'b')).toBe(2);
    expect(takeCheckedEntry('/site/content/maintenance/c.mdx', 'c')).toBe(3);
  });
});
