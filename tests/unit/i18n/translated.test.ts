import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/dictionary';
import { translatedEntry } from '../../../src/lib/i18n/translated';
import { checkEntry } from '../../../src/lib/content/check';
import { incidentSchema } from '../../../src/lib/content/schemas';
import { deriveIncident } from '../../../src/lib/status/incident';
import { TEST_NOW } from '../../support/clock';

// Written against any configured second language: `id` need not be registered yet.
const ID = 'id' as Locale;
const EN = 'en' as Locale;

const first = { at: new Date('2026-01-12T02:40:00Z'), message: 'Looking into it.' };
const second = { at: new Date('2026-01-12T04:05:00Z'), message: 'Found it.' };
const entry = {
  title: 'Delayed SMS to Smartfren',
  translations: {
    id: {
      title: 'Keterlambatan SMS ke Smartfren',
      updates: [{ written: '2026-01-12T09:40:00+07:00', at: new Date('2026-01-12T02:40:00Z'), message: 'Sedang kami selidiki.' }],
      body: '<p>Ringkasan.</p>',
    },
  },
};

describe('translatedEntry', () => {
  it('gives the translation unmarked, in the language of the page', () => {
    const shown = translatedEntry(entry, { locale: ID, defaultLocale: EN }, '<p>Summary.</p>');
    expect(shown.title).toEqual({ text: 'Keterlambatan SMS ke Smartfren', lang: undefined });
    expect(shown.message(first)).toEqual({ text: 'Sedang kami selidiki.', lang: undefined });
    expect(shown.body).toEqual({ text: '<p>Ringkasan.</p>', lang: undefined });
  });

  it('falls back to the original marked with the default language, part by part', () => {
    const shown = translatedEntry({ ...entry, translations: { id: { title: 'Judul' } } }, { locale: ID, defaultLocale: EN }, '<p>Summary.</p>');
    expect(shown.title).toEqual({ text: 'Judul', lang: undefined });
    expect(shown.message(second)).toEqual({ text: 'Found it.', lang: EN });
    expect(shown.body).toEqual({ text: '<p>Summary.</p>', lang: EN });
  });

  it('matches an update by its instant, whatever offset either was written at', () => {
    const shown = translatedEntry(entry, { locale: ID, defaultLocale: EN }, '');
    expect(shown.message({ at: new Date('2026-01-12T09:40:00+07:00'), message: 'Looking into it.' }).text).toBe('Sedang kami selidiki.');
    expect(shown.message(second)).toEqual({ text: 'Found it.', lang: EN });
  });

  it('shows an untranslated entry whole in the original, marked', () => {
    const shown = translatedEntry({ title: 'Webhook lag' }, { locale: ID, defaultLocale: EN }, '<p>Body.</p>');
    expect([shown.title, shown.message(first), shown.body].map((part) => part.lang)).toEqual([EN, EN, EN]);
    expect(shown.title.text).toBe('Webhook lag');
  });

  it('gives the originals unmarked on a page in the default language, ignoring translations', () => {
    const shown = translatedEntry(entry, { locale: EN, defaultLocale: EN }, '<p>Summary.</p>');
    expect(shown.title).toEqual({ text: 'Delayed SMS to Smartfren', lang: undefined });
    expect(shown.message(first)).toEqual({ text: 'Looking into it.', lang: undefined });
    expect(shown.body).toEqual({ text: '<p>Summary.</p>', lang: undefined });
  });

  it('reads a default other than English: its translations are the other languages', () => {
    const shown = translatedEntry({ title: 'Judul asli', translations: { en: { title: 'Original title' } } }, { locale: EN, defaultLocale: ID }, '');
    expect(shown.title).toEqual({ text: 'Original title', lang: undefined });
    expect(shown.body).toEqual({ text: '', lang: ID });
  });

  it('reads what the check made of a file, through the model', () => {
    const source = [
      '---',
      'title: Delayed SMS',
      'impact: minor',
      'updates:',
      '  - { at: 2026-01-12T09:40:00+07:00, status: investigating, message: Looking. }',
      '  - { at: 2026-01-12T11:05:00+07:00, status: resolved, message: Fixed. }',
      'translations:',
      '  id:',
      '    updates: { "2026-01-12T04:05:00Z": Sudah pulih. }',
      '    body: Pesan **terlambat**.',
      '---',
      'Messages were late.',
    ].join('\n');
    const { data } = checkEntry('content/incidents/a.mdx', source, incidentSchema({ componentIds: [], now: TEST_NOW, languages: ['en', 'id'] }));
    const incident = deriveIncident({ slug: 'a', ...data! }, TEST_NOW);
    const shown = translatedEntry(incident, { locale: ID, defaultLocale: EN }, '<p>Messages were late.</p>');
    expect(incident.timeline.map((update) => shown.message(update))).toEqual([
      { text: 'Sudah pulih.', lang: undefined },
      { text: 'Looking.', lang: EN },
    ]);
    expect(shown.title).toEqual({ text: 'Delayed SMS', lang: EN });
    expect(shown.body).toEqual({ text: '<p>Pesan <strong>terlambat</strong>.</p>', lang: undefined });
  });
});
