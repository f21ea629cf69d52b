import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check';
import { dropCheckedEntries, handOverCheckedEntry, takeCheckedEntry } from '../../../src/data/checked-entries';
import { TEST_NOW } from '../../support/clock';
import { COMPONENTS_YAML, SITE_YAML } from '../../support/fixtures';

const GOOD = `---\ntitle: Delays\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: Looking.\n---\nBody\n`;

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

describe('checkContent, told of what passed', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'statuswire-checked-'));
    await mkdir(join(root, 'content/incidents'), { recursive: true });
    await mkdir(join(root, 'content/maintenance'), { recursive: true });
    await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
    await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  it('names each entry that passed with its path, its text and its validated data, and none that did not', async () => {
    await writeFile(join(root, 'content/incidents/2026-01-12-delays.mdx'), GOOD);
    await writeFile(join(root, 'content/incidents/2026-01-13-broken.mdx'), GOOD.replace('impact: minor', 'impact: severe'));
    const heard: [string, string, unknown][] = [];
    const problems = await checkContent(root, TEST_NOW, (path, source, data) => heard.push([path, source, data]));
    expect(problems).toHaveLength(1);
    const path = join(root, 'content/incidents/2026-01-12-delays.mdx');
    expect(heard).toEqual([[path, await readFile(path, 'utf8'), expect.objectContaining({ title: 'Delays', impact: 'minor' })]]);
    expect((heard[0]?.[2] as { updates: { at: unknown }[] }).updates[0]?.at).toBeInstanceOf(Date);
  });
});
