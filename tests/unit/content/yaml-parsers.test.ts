/**
 * parseYaml reads well-formed files with js-yaml and everything else with yaml. A writer
 * must never see a value depend on which one read the file: for every kind of scalar and
 * structure, the quick reading gives what yaml's careful one would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../../src/lib/content/frontmatter';

const REPO = join(import.meta.dirname, '../../..');

/** What yaml alone makes of `text`, as the check read every file before js-yaml did the quick part. */
function carefulData(text: string): unknown {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (document.errors.length > 0) return 'error';
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    return 'error';
  }
}

const readData = (text: string): unknown => {
  const parsed = parseYaml(text);
  return parsed.errors.length > 0 ? 'error' : parsed.data;
};

const SCALARS = [
  '1_000', '0b101', '0x1F', '0o17', '017', '+12', '-0', '.5', '1.', '1e3', '1E3', '0.10', '1.0', '9007199254740993',
  '+.inf', '-.Inf', '.NaN', 'NaN', 'inf', 'yes', 'no', 'on', 'off', 'y', 'True', 'TRUE', 'tRUE', 'Null', 'NULL', '~', '',
  '2026-01-12', '2026-01-12T08:00:00Z', '2026-01-12 08:00', '2026-01-12T08:00:00', '08:00', '1:20:30', '00', '0001',
  '"quoted"', "'single'", '"\\u00e9"', '!!str 1', '!!int "3"', 'a # comment', 'a#b', '1,000', '3.14.15', '"a" b',
];

const STRUCTURES = [
  'a: 1\na: 2\n', 'a:\n  - 1\n - 2\n', 'a: b: c\n', '\ta: 1\n', 'a: "x\n', 'a: [1, 2\n', 'key:value\n', '- a\nb: 1\n',
  'a: 1\n---\nb: 2\n', 'a: |\n  x\n  y\n', 'a: >\n  x\n  y\n', 'a: |-\n  x\n', '? a\n: b\n', '{a: 1}\n', '[1, 2]\n',
  'a: &x 1\nb: *x\n', 'a: *missing\n', '<<: {a: 1}\n', 'a: {b: 1, b: 2}\n', 'a: @x\n', 'a: `x\n', '%YAML 1.1\n---\na: yes\n',
  'a: -\n', 'a: - b\n', 'title: Delays: again\n', 'message: a\n  continued\n', 'message: a\n\n  para\n', '__proto__: 1\n',
  'a:\n  __proto__: {x: 1}\n', 'a: !foo x\n', '', '# only a comment\n',
];

describe('the quick and the careful YAML readings agree', () => {
  it.each(SCALARS)('on the scalar %j, alone and in a list', (scalar) => {
    for (const text of [`k: ${scalar}\n`, `k: [${scalar}]\n`]) expect(readData(text)).toEqual(carefulData(text));
  });

  it.each(STRUCTURES)('on the structure %j', (text) => {
    expect(readData(text)).toEqual(carefulData(text));
  });

  it('on every settings file and entry the sample ships', () => {
    const folder = join(REPO, 'content');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ya?ml|mdx)$/.test(name));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8');
      const yaml = name.endsWith('.mdx') ? splitFrontmatter(text)!.yaml : text;
      expect(readData(yaml), name).toEqual(carefulData(yaml));
    }
  });

  it('still places a problem the schema finds in a file the quick reading took', () => {
    const parsed = parseYaml('title: Delays\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: fixed\n', 2);
    expect(parsed.errors).toEqual([]);
    expect(parsed.locate(['updates', 0, 'status'])).toEqual({ line: 5, column: 5 });
  });
});
