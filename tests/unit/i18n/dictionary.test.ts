import { describe, expect, it } from 'vitest';
import { DICTIONARIES, dictionary, type Dictionary } from '../../../src/lib/i18n/dictionary';
import { en } from '../../../src/lib/i18n/en';
import { dictionaryEntries, keyDifference } from '../../../src/lib/i18n/keys';

describe('dictionaries', () => {
  it.each(Object.entries(DICTIONARIES))('%s words exactly the keys of English', (_locale, words) => {
    expect(keyDifference(en, words)).toEqual({ missing: [], extra: [] });
  });

  it('gives English by default', () => {
    expect(dictionary()).toBe(en);
    expect(dictionary().overallFromComponent.partial_outage).toBe('Partial System Outage');
  });

  it('words every key with text', () => {
    const unworded = dictionaryEntries(en)
      .filter(([, value]) => (typeof value === 'string' ? value.trim() === '' : typeof value !== 'function'))
      .map(([path]) => path);
    expect(unworded).toEqual([]);
  });
});

describe('keyDifference', () => {
  it('names the keys a language lacks and the ones it adds', () => {
    const incomplete = { ...en, impact: { none: 'Tidak ada dampak', minor: 'Ringan', major: 'Berat', severe: 'Kritis' } };
    expect(keyDifference(en, incomplete)).toEqual({ missing: ['impact.critical'], extra: ['impact.severe'] });
  });

  it('agrees with the type, which refuses a language lacking a key at compile time', () => {
    // @ts-expect-error: every language must word `critical`; astro check fails if this stops being an error
    const impact: Dictionary['impact'] = { none: 'Tidak ada dampak', minor: 'Ringan', major: 'Berat' };
    expect(keyDifference(en.impact, impact).missing).toEqual(['critical']);
  });

  it('notices a whole section missing', () => {
    const { eventKind: _dropped, ...rest } = en;
    expect(keyDifference(en, rest).missing).toContain('eventKind.incident.opened');
  });
});
