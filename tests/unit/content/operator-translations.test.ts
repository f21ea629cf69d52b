import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { componentsFileSchema } from '../../../src/lib/content/schemas';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { DICTIONARIES } from '../../../src/lib/i18n/dictionary';
import { TEST_NOW } from '../../support/clock';
import { SITE_YAML } from '../../support/fixtures';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'statuswire-operator-'));
  await mkdir(join(root, 'content'), { recursive: true });
  await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (path: string, text: string) => writeFile(join(root, 'content', path), text);
const known = Object.keys(DICTIONARIES).join(', ');

const COMPONENTS = [
  'groups:',
  '  - id: sms-delivery',
  '    name: SMS delivery',
  '    translations:',
  '      en: { name: SMS }',
  '    components:',
  '      - id: voice',
  '        name: Voice calls',
  '        description: Outbound calls.',
  '        translations:',
  '          xx: { name: Panggilan suara }',
  '',
].join('\n');

describe('translations of the operator text', () => {
  it('reports a default or unknown language in components.yaml at its line, as entries do', async () => {
    await write('components.yaml', COMPONENTS);
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/components.yaml:5:7  groups[0].translations.en  "en" is the site\'s default language, which the names and descriptions are already written in  (remove this translation, or change the original text)',
      `content/components.yaml:11:11  groups[0].components[0].translations.xx  "xx" is not one of the site's languages (en)  (the site lists only en in content/site.yaml, and StatusWire has words for ${known})`,
    ]);
  });

  it('reports a default or unknown language of the metric labels in metrics.yaml', async () => {
    await write('components.yaml', 'groups:\n  - id: voice-and-apps\n    name: Voice\n    components: [{ id: voice, name: Voice calls }]\n');
    await write('metrics.yaml', 'translations:\n  en:\n    labels: { Calls connected: Calls }\n');
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/metrics.yaml:2:3  translations.en  "en" is the site\'s default language, which the labels are already written in  (remove this translation, or change the original text)',
    ]);
  });

  it('holds a translated name and description to the rules of the originals', () => {
    const result = componentsFileSchema.safeParse({
      groups: [
        {
          id: 'a',
          name: 'A',
          translations: { id: { name: 'x'.repeat(101) } },
          components: [{ id: 'x', name: 'X', translations: { id: { description: '  ', title: 'T' } } }],
        },
      ],
    });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'groups.0.translations.id.name: is longer than 100 characters  (shorten the name; say more in the description)',
      'groups.0.components.0.translations.id.description: must not be empty  (write some text here)',
      'groups.0.components.0.translations.id: Unrecognized key: "title"',
    ]);
  });

  it('reads a translated name and description, each optional', () => {
    const file = componentsFileSchema.parse({
      groups: [{ id: 'a', name: 'Voice', translations: { id: { name: 'Suara' } }, components: [{ id: 'x', name: 'X' }] }],
    });
    expect(file.groups[0]?.translations).toEqual({ id: { name: 'Suara' } });
    expect(file.groups[0]?.components[0]?.translations).toBeUndefined();
  });

  it('reads translated metric labels by language and original label, held to the label rules', () => {
    const config = metricsConfigSchema.parse({ translations: { id: { labels: { 'Calls connected': 'Panggilan tersambung' } } } });
    expect(config.translations?.id?.labels['Calls connected']).toBe('Panggilan tersambung');
    const result = metricsConfigSchema.safeParse({ translations: { id: { labels: { 'Calls connected': '', Long: 'x'.repeat(81) } } } });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'must not be empty  (write the label in this language, or leave it out to show the original)',
      'is longer than 80 characters  (shorten the label: it heads a chart)',
    ]);
  });
});
