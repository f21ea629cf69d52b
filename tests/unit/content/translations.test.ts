import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { incidentSchema, maintenanceSchema } from '../../../src/lib/content/schemas';
import { DICTIONARIES } from '../../../src/lib/i18n/dictionary';
import { TEST_NOW } from '../../support/clock';
import { COMPONENT_IDS } from '../../support/fixtures';

const FILE = 'content/incidents/2026-01-12-smartfren.mdx';
const context = { componentIds: COMPONENT_IDS, now: TEST_NOW, languages: ['en', 'id'] };

/** An incident with two updates and `translations` as YAML lines. */
function incident(translations: string, body = 'The analysis.'): string {
  return [
    '---',
    'title: Delayed SMS to Smartfren',
    'impact: major',
    'updates:',
    '  - { at: 2026-01-12T09:40:00+07:00, status: investigating, message: Looking into it. }',
    '  - { at: 2026-01-12T11:05:00+07:00, status: identified, message: Found it. }',
    translations,
    '---',
    body,
  ].join('\n');
}

function check(source: string, schema = incidentSchema(context)) {
  return checkEntry(FILE, source, schema);
}

const lines = (source: string) => check(source).problems.map(formatProblem);

describe('translations of an entry', () => {
  it('reads a title, messages matched by instant and a body rendered to HTML', () => {
    const { data, problems } = check(
      incident(
        [
          'translations:',
          '  id:',
          '    title: Keterlambatan SMS ke Smartfren',
          '    updates:',
          '      "2026-01-12T02:40:00Z": Sedang kami selidiki.',
          '    body: |',
          '      ## Ringkasan',
          '',
          '      Pesan *terlambat*.',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([]);
    const id = data?.translations?.id;
    expect(id?.title).toBe('Keterlambatan SMS ke Smartfren');
    expect(id?.updates).toEqual([{ written: '2026-01-12T02:40:00Z', at: new Date('2026-01-12T02:40:00Z'), message: 'Sedang kami selidiki.' }]);
    expect(id?.body).toContain('<em>terlambat</em>');
  });

  it("heads an untitled callout in a translated body in that body's language", () => {
    const data = check(incident('translations:\n  id:\n    body: |\n      <Callout type="warning">Aktifkan cadangan.</Callout>')).data;
    expect(data?.translations?.id?.body).toContain('aria-label="Peringatan"');
    expect(data?.translations?.id?.body).not.toContain('Warning');
  });

  it('leaves every part optional', () => {
    expect(check(incident('translations:\n  id:\n    title: Judul')).problems).toEqual([]);
    expect(check(incident('')).data?.translations).toBeUndefined();
  });

  it('names a language the site does not list, with the nearest configured one', () => {
    expect(lines(incident('translations:\n  ind:\n    title: Judul'))).toEqual([
      `${FILE}:8:3  translations.ind  "ind" is not one of the site's languages (en, id)  (did you mean "id"? translate into a language content/site.yaml lists besides en: id)`,
    ]);
  });

  it('keeps, unpublished, a translation into a language StatusWire knows that the site does not list', () => {
    expect(check(incident('translations:\n  id:\n    title: Judul'), incidentSchema({ ...context, languages: ['en'] })).problems).toEqual([]);
    const problems = check(incident('translations:\n  xx:\n    title: Judul'), incidentSchema({ ...context, languages: ['en'] })).problems;
    expect(problems.map((problem) => problem.fix)).toEqual([`the site lists only en in content/site.yaml, and StatusWire has words for ${Object.keys(DICTIONARIES).join(', ')}`]);
  });

  it('refuses a translation into the default language', () => {
    expect(check(incident('translations:\n  en:\n    title: Title')).problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['translations.en', '"en" is the site\'s default language, which the title, updates and body are already written in'],
    ]);
  });

  it('names an update time that matches no update and lists the times as the writer writes them', () => {
    expect(lines(incident('translations:\n  id:\n    updates:\n      "2026-01-12T09:41:00+07:00": Pesan.'))).toEqual([
      `${FILE}:10:7  translations.id.updates.2026-01-12T09:41:00+07:00  "2026-01-12T09:41:00+07:00" is the time of no update  (use the time of one of the updates: 2026-01-12T09:40:00+07:00, 2026-01-12T11:05:00+07:00)`,
    ]);
  });

  it('refuses a time that is not a timestamp, and one update translated twice', () => {
    const problems = check(
      incident('translations:\n  id:\n    updates:\n      "2026-01-12 09:40": Pesan.\n      "2026-01-12T09:40:00+07:00": Satu.\n      "2026-01-12T02:40:00Z": Dua.'),
    ).problems;
    expect(problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      '10 "2026-01-12 09:40" has no time zone',
      '12 "2026-01-12T02:40:00Z" is the same time as "2026-01-12T09:40:00+07:00"',
    ]);
  });

  it('holds translated text to the rules of the field it translates', () => {
    const problems = check(
      incident(
        [
          'translations:',
          '  id:',
          `    title: "${'x'.repeat(201)}"`,
          '    updates:',
          '      "2026-01-12T09:40:00+07:00": "Lihat [ini](javascript:alert(1))"',
          '      "2026-01-12T11:05:00+07:00": "  "',
        ].join('\n'),
      ),
    ).problems;
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'translations.id.title: is longer than 200 characters',
      expect.stringMatching(/^translations\.id\.updates\.2026-01-12T09:40:00\+07:00: .*javascript/),
      'translations.id.updates.2026-01-12T11:05:00+07:00: must not be empty',
    ]);
  });

  it('judges a translated body by the body rules: tags, expressions and links', () => {
    const problems = check(incident('translations:\n  id:\n    body: |\n      Teks.\n\n      <Script>x</Script> {1 + 1}\n\n      [a](javascript:x)')).problems;
    expect(problems.map((problem) => problem.field)).toEqual(['translations.id.body', 'translations.id.body', 'translations.id.body']);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('line 3 of this body: unknown tag <Script>'),
      expect.stringContaining('line 3 of this body: a { … } expression runs code'),
      expect.stringMatching(/^line 5 of this body: /),
    ]);
  });

  it('applies to maintenance too', () => {
    const source = [
      '---',
      'title: SMPP bind migration',
      'components: [sms-telkomsel]',
      'window: { start: 2027-01-14T01:00:00+07:00, end: 2027-01-14T03:00:00+07:00 }',
      'translations:',
      '  id:',
      '    title: Migrasi bind SMPP',
      '  jp:',
      '    title: x',
      '---',
    ].join('\n');
    const { problems } = checkEntry('content/maintenance/m.mdx', source, maintenanceSchema(context));
    expect(problems.map((problem) => problem.field)).toEqual(['translations.jp']);
  });
});
