/**
 * How much of the entries `loadContent` reads: the gate everything, the metrics pull the
 * frontmatter alone, the upstream pull none, so a pull at 10,000 incidents takes a
 * fraction of a second instead of a full check.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { TEST_NOW } from '../../support/clock';
import { contentRoot } from '../../support/content-root';

const UPDATES = ['updates:', '  - at: 2026-01-12T08:00:00Z', '    status: investigating', '    message: Looking.'];
const incident = (frontmatter: string[], body: string) => ['---', ...frontmatter, ...UPDATES, '---', body, ''].join('\n');

let root: string;

beforeAll(async () => {
  root = await contentRoot('statuswire-entry-reading-');
  await writeFile(join(root, 'content/incidents/2026-01-12-good-frontmatter.mdx'), incident(['title: Delays', 'impact: minor'], 'An <Unknown /> tag.'));
  await writeFile(join(root, 'content/incidents/2026-01-13-bad-frontmatter.mdx'), incident(['title: Delays', 'impact: severe'], 'Fine.'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

const lines = async (reading: Parameters<typeof loadContent>[2]) => (await loadContent(root, TEST_NOW, reading)).problems.map(formatProblem);

describe('loadContent reads as much of the entries as it is asked to', () => {
  it('checks frontmatter and bodies by default, as the gate and npm run check do', async () => {
    const problems = await lines(undefined);
    expect(problems.some((line) => line.includes('2026-01-12-good-frontmatter.mdx') && line.includes('unknown tag <Unknown>'))).toBe(true);
    expect(problems.some((line) => line.includes('2026-01-13-bad-frontmatter.mdx') && line.includes('impact'))).toBe(true);
  });

  it('checks only the frontmatter when asked for it: a body is never compiled', async () => {
    const content = await loadContent(root, TEST_NOW, 'frontmatter');
    const problems = content.problems.map(formatProblem);
    expect(problems.some((line) => line.includes('unknown tag'))).toBe(false);
    expect(problems.some((line) => line.includes('2026-01-13-bad-frontmatter.mdx') && line.includes('impact'))).toBe(true);
    expect(content.incidents.map((entry) => entry.slug)).toEqual(['2026-01-12-good-frontmatter']);
  });

  it('reads no entry at all for a pull of settings, while still checking the settings', async () => {
    const content = await loadContent(root, TEST_NOW, 'none');
    expect(content.problems).toEqual([]);
    expect(content.incidents).toEqual([]);
    expect(content.site?.name).toBe('Kabar Cloud');
    expect(content.components?.groups.length).toBeGreaterThan(0);
  });
});
