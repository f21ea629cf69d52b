import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/lib/content/check';
import { incidentSchema } from '../../../src/lib/content/schemas';
import { appendUpdate } from '../../../src/lib/writer/append-update';
import { parseCommandArgs } from '../../../src/lib/writer/args';
import { renderIncident } from '../../../src/lib/writer/entry';
import { addTranslatedMessages, parseTranslatedFlags } from '../../../src/lib/writer/translations';
import { TEST_NOW } from '../../support/clock';
import { COMPONENT_IDS } from '../../support/fixtures';

const LANGUAGES = ['en', 'id'];
const schema = incidentSchema({ componentIds: COMPONENT_IDS, now: TEST_NOW, languages: LANGUAGES });
const problems = (source: string) => checkEntry('content/incidents/a.mdx', source, schema).problems;

const UPDATE = { at: '2026-11-28T12:30:00+07:00', status: 'identified', message: 'Found it.' };
const ENTRY = [
  '---',
  'title: Delayed SMS   # as first seen',
  'impact: major',
  'updates:',
  '  - at: 2026-11-28T12:00:00+07:00',
  '    status: investigating',
  '    message: Looking.',
].join('\n');
const BODY = '---\n\n## What happened\n\nA route dropped.\n';

describe('translated flags', () => {
  it('are read as --field.<code> for the fields the command takes', () => {
    const parsed = parseCommandArgs(['--title', 'T', '--title.id', 'Judul', '--message.id=Pesan', '--message', 'M'], ['title', 'message'], 'usage');
    expect(parsed).toMatchObject({ ok: true, value: { flags: { title: 'T', message: 'M' }, translated: { id: { title: 'Judul', message: 'Pesan' } } } });
  });

  it('are refused for a field the command does not take', () => {
    expect(parseCommandArgs(['slug', '--title.id', 'Judul'], ['status', 'message', 'at'], 'see --help')).toMatchObject({ ok: false, error: expect.stringMatching(/^Unknown option '--title\.id'/) });
  });

  it('must name one of the site\'s other languages, with the nearest one offered', () => {
    expect(parseTranslatedFlags({ ind: { title: 'Judul' } }, LANGUAGES)).toEqual({
      ok: false,
      error: '--title.ind: "ind" is not one of the site\'s languages (en, id)  (did you mean "id"? translate into a language content/site.yaml lists besides en: id)',
    });
    expect(parseTranslatedFlags({ en: { message: 'Again' } }, LANGUAGES)).toMatchObject({ ok: false, error: expect.stringMatching(/^--message\.en: "en" is the site's default language/) });
  });

  it('hold their text to the rules of the field they translate', () => {
    expect(parseTranslatedFlags({ id: { title: 'a\tb' } }, LANGUAGES)).toMatchObject({ ok: false, error: expect.stringMatching(/^--title\.id: the title has a tab/) });
    expect(parseTranslatedFlags({ id: { message: '  ' } }, LANGUAGES)).toMatchObject({ ok: false, error: expect.stringMatching(/^--message\.id: the message is empty/) });
    expect(parseTranslatedFlags({ id: { title: ' Judul ', message: 'Pesan' } }, LANGUAGES)).toEqual({ ok: true, value: { id: { title: 'Judul', message: 'Pesan' } } });
  });
});

describe('a new entry with translations', () => {
  it('carries the title and the first message under its time, and passes the check', () => {
    const source = renderIncident({
      title: 'Delayed SMS',
      impact: 'major',
      components: [],
      update: { at: '2026-11-28T12:00:00+07:00', status: 'investigating', message: 'Looking.' },
      translations: { id: { title: 'SMS terlambat', message: 'Sedang kami selidiki.' } },
    });
    expect(source).toContain('translations:\n  id:\n    title: SMS terlambat\n    updates:\n      "2026-11-28T12:00:00+07:00": >-\n        Sedang kami selidiki.\n---\n');
    expect(problems(source)).toEqual([]);
  });

  it('has no translations field when none were given', () => {
    const source = renderIncident({ title: 'T', impact: 'none', components: [], update: { at: '2026-11-28T12:00:00+07:00', status: 'investigating', message: 'M' } });
    expect(source).not.toContain('translations');
  });
});

describe('an update with translations', () => {
  const update = (source: string) => {
    const appended = appendUpdate(source, UPDATE);
    if (!appended.ok) throw new Error(appended.error);
    return addTranslatedMessages(appended.source, { id: { message: 'Sudah ketemu.' } }, UPDATE.at);
  };

  it('adds the block at the end of the frontmatter when there is none, changing nothing else', () => {
    const result = update(`${ENTRY}\n${BODY}`);
    expect(result).toEqual({
      ok: true,
      source: `${ENTRY}\n  - at: 2026-11-28T12:30:00+07:00\n    status: identified\n    message: >-\n      Found it.\ntranslations:\n  id:\n    updates:\n      "2026-11-28T12:30:00+07:00": >-\n        Sudah ketemu.\n${BODY}`,
    });
    if (result.ok) expect(problems(result.source)).toEqual([]);
  });

  it('adds the message beside those already translated, at their indentation', () => {
    const block = 'translations:\n   id:\n      title: SMS terlambat   # checked by Sari\n      updates:\n         "2026-11-28T12:00:00+07:00": Sedang kami selidiki.';
    const result = update(`${ENTRY}\n${block}\n${BODY}`);
    expect(result.ok && result.source).toContain(`${block}\n         "2026-11-28T12:30:00+07:00": >-\n           Sudah ketemu.\n---`);
    if (result.ok) expect(problems(result.source)).toEqual([]);
  });

  it('makes the updates of a language that has only a title', () => {
    const result = update(`${ENTRY}\ntranslations:\n  id:\n    title: SMS terlambat\n${BODY}`);
    expect(result.ok && result.source).toContain('  id:\n    title: SMS terlambat\n    updates:\n      "2026-11-28T12:30:00+07:00": >-\n        Sudah ketemu.\n---');
    if (result.ok) expect(problems(result.source)).toEqual([]);
  });

  it('keeps Windows line breaks', () => {
    const result = update(`${ENTRY}\n${BODY}`.replaceAll('\n', '\r\n'));
    expect(result.ok && result.source).toContain('translations:\r\n  id:\r\n    updates:\r\n');
    expect(result.ok && result.source.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('refuses a block written on one line rather than rewrite it', () => {
    expect(update(`${ENTRY}\ntranslations: { id: { title: Judul } }\n${BODY}`)).toEqual({
      ok: false,
      error: '"translations" is not written as an indented block  (write it as indented lines, then run the command again)',
    });
  });
});
