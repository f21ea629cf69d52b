import { describe, expect, it } from 'vitest';
import { DICTIONARIES, dictionary } from '../../../src/lib/i18n/dictionary';
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

  it('notices a whole section missing', () => {
    const { eventKind: _dropped, ...rest } = en;
    expect(keyDifference(en, rest).missing).toContain('eventKind.incident.opened');
  });
});
