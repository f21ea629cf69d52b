/**
 * The build holds the heap's growth for large content only: at 10,000 incidents it
 * lowered the peak by a third, at 1,000 it only cost time.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentEntryCount, heapGrowthFlag, holdHeapGrowth, LARGE_CONTENT_ENTRIES } from '../../../scripts/lib/heap-growth';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'statuswire-heap-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeEntries(folder: string, count: number, extension = '.mdx'): Promise<void> {
  await mkdir(join(root, 'content', folder), { recursive: true });
  await Promise.all(Array.from({ length: count }, (_, index) => writeFile(join(root, 'content', folder, `entry-${index}${extension}`), '')));
}

describe('heap growth', () => {
  it('leaves V8 its own heuristic below the threshold and holds growth to half from it on', () => {
    expect(heapGrowthFlag(0)).toBeNull();
    expect(heapGrowthFlag(1050)).toBeNull();
    expect(heapGrowthFlag(LARGE_CONTENT_ENTRIES - 1)).toBeNull();
    expect(heapGrowthFlag(LARGE_CONTENT_ENTRIES)).toBe('--heap-growing-percent=50');
    expect(heapGrowthFlag(10_500)).toBe('--heap-growing-percent=50');
  });

  it('counts the MDX files of incidents and maintenance together, and a missing folder as none', async () => {
    expect(contentEntryCount(root)).toBe(0);
    await writeEntries('incidents', 30);
    await writeEntries('incidents', 5, '.md');
    await writeEntries('maintenance', 4);
    expect(contentEntryCount(root)).toBe(34);
  });

  it('sets the flag only for large content', async () => {
    const set: string[] = [];
    await writeEntries('incidents', LARGE_CONTENT_ENTRIES - 10);
    expect(holdHeapGrowth(root, (flag) => set.push(flag))).toBeNull();
    expect(set).toEqual([]);
    await writeEntries('maintenance', 10);
    expect(holdHeapGrowth(root, (flag) => set.push(flag))).toBe('--heap-growing-percent=50');
    expect(set).toEqual(['--heap-growing-percent=50']);
  });
});
