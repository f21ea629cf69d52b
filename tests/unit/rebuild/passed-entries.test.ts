import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent, type GateReading } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { readPassedEntries, writePassedEntries, type PassedEntries } from '../../../src/lib/rebuild/passed-entries';
import { TEST_NOW } from '../../support/clock';
import { COMPONENTS_YAML, SITE_YAML } from '../../support/fixtures';

const REPO = resolve(import.meta.dirname, '../../..');
const FILE = 'content/incidents/2026-01-12-delays.mdx';
const LATEST = '2026-01-12T09:00:00Z';
const ENTRY = `---\ntitle: Delays\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: Looking.\n  - at: ${LATEST}\n    status: resolved\n    message: Fixed.\n---\nBody\n`;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'statuswire-passed-'));
  await mkdir(join(root, 'content/incidents'), { recursive: true });
  await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
  await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
  await writeFile(join(root, FILE), ENTRY);
});

afterEach(() => rm(root, { recursive: true, force: true }));

/** The gate's reading of `root` at `now`, reusing `previous` under the fingerprint `code`. */
async function gate(previous: PassedEntries | null, { code = 'code', now = TEST_NOW, at = root } = {}) {
  const reading: GateReading = { reuse: { code, previous } };
  const content = await loadContent(at, now, 'checked', reading);
  return { content, verdicts: content.verdicts! };
}

/** A record like `record`, but with the entry's title as `title`: what reuse would show. */
function withTitle(record: PassedEntries, title: string): PassedEntries {
  const entry = record.entries.get(FILE)!;
  return { key: record.key, entries: new Map([[FILE, { ...entry, data: { ...(entry.data as object), title } }]]) };
}

describe('the verdicts of the last good build', () => {
  it('are reused for an entry whose text did not change, under the same code, components and languages', async () => {
    const first = (await gate(null)).verdicts;
    expect(first.counts()).toEqual({ reused: 0, checked: 1 });
    const { content, verdicts } = await gate(withTitle(first.record(), 'From the record'));
    expect(content.incidents.map((incident) => incident.title)).toEqual(['From the record']);
    expect(verdicts.counts()).toEqual({ reused: 1, checked: 0 });
    expect(verdicts.changed()).toBe(false);
  });

  it('are not reused for a changed entry, other code, other components or other languages', async () => {
    const record = withTitle((await gate(null)).verdicts.record(), 'From the record');
    const titles = async (options: Parameters<typeof gate>[1] = {}) => (await gate(record, options)).content.incidents.map((incident) => incident.title);
    expect(await titles({ code: 'other code' })).toEqual(['Delays']);
    await writeFile(join(root, 'content/site.yaml'), `${SITE_YAML}\nlanguages: [en, id]\n`);
    expect(await titles()).toEqual(['Delays']);
    await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
    await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML.replace('sms-telkomsel', 'sms-telkom'));
    expect(await titles()).toEqual(['Delays']);
    await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
    expect(await titles()).toEqual(['From the record']);
    await writeFile(join(root, FILE), ENTRY.replace('Body', 'Body, edited'));
    const { content, verdicts } = await gate(record);
    expect(content.incidents.map((incident) => incident.title)).toEqual(['Delays']);
    expect(verdicts.changed()).toBe(true);
  });

  it('are not reused when the clock stands before the entry\'s latest update, so that rule still holds', async () => {
    const record = (await gate(null)).verdicts.record();
    expect((await gate(record, { now: new Date(LATEST) })).verdicts.counts()).toEqual({ reused: 1, checked: 0 });
    const earlier = await gate(record, { now: new Date(Date.parse(LATEST) - 1000) });
    expect(earlier.content.incidents).toEqual([]);
    expect(earlier.content.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/incidents\/2026-01-12-delays\.mdx:8:5  updates\[1\]\.at  this time is in the future/)]);
  });

  it('record an entry that is gone as a change, and record nothing for a partial reading', async () => {
    const record = (await gate(null)).verdicts.record();
    await rm(join(root, FILE));
    expect((await gate(record)).verdicts.changed()).toBe(true);
    expect((await loadContent(root, TEST_NOW, 'frontmatter', { reuse: { code: 'code', previous: null } })).verdicts).toBeUndefined();
  });

  it('give, after a write and a read, the very data a check gives: the sample content', async () => {
    const fresh = await loadContent(REPO, TEST_NOW);
    const first = (await gate(null, { at: REPO })).verdicts;
    const file = join(root, 'cache/passed-entries.bin');
    await writePassedEntries(file, first.record());
    const { value, problem } = await readPassedEntries(file);
    expect(problem).toBeNull();
    const { content, verdicts } = await gate(value, { at: REPO });
    expect(verdicts.counts()).toEqual({ reused: fresh.incidents.length + fresh.maintenance.length, checked: 0 });
    expect(content.incidents).toStrictEqual(fresh.incidents);
    expect(content.maintenance).toStrictEqual(fresh.maintenance);
  });

  it('are read as none when there are none, and as none with the reason when the file is damaged or foreign', async () => {
    const file = join(root, 'passed-entries.bin');
    expect(await readPassedEntries(file)).toEqual({ value: null, problem: null });
    await writeFile(file, 'not a record');
    expect(await readPassedEntries(file)).toEqual({ value: null, problem: `${file} is damaged` });
    await writeFile(file, serialize({ version: 1, key: 'k', entries: new Map([[FILE, { digest: 'd', latest: 'soon', data: {} }]]) }));
    expect(await readPassedEntries(file)).toEqual({ value: null, problem: `${file} is not a record this version wrote` });
    await writeFile(file, serialize({ version: 2, key: 'k', entries: new Map() }));
    expect((await readPassedEntries(file)).value).toBeNull();
    const folder = join(root, 'a-folder.bin');
    await mkdir(folder);
    expect(await readPassedEntries(folder)).toEqual({ value: null, problem: `${folder} is not a regular file` });
  });
});
