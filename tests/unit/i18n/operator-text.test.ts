import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/dictionary';
import { labelTranslations, metricLabel, namesIn, operatorText } from '../../../src/lib/i18n/operator-text';

// Written against any configured second language: `id` need not be registered yet.
const ID = 'id' as Locale;
const EN = 'en' as Locale;
const indonesian = { locale: ID, defaultLocale: EN };
const english = { locale: EN, defaultLocale: EN };

const voice = {
  id: 'voice',
  name: 'Voice calls',
  description: 'Outbound voice calls and text-to-speech OTP.',
  translations: { id: { name: 'Panggilan suara', description: 'Panggilan suara keluar dan OTP lewat suara.' } },
};
const dashboard = { id: 'dashboard', name: 'Dashboard', description: 'The web console.', translations: { id: { description: 'Konsol web.' } } };

describe('operatorText', () => {
  it('gives the operator translation unmarked on a page in its language', () => {
    expect(operatorText(voice, indonesian)).toEqual({
      name: { text: 'Panggilan suara', lang: undefined },
      description: { text: 'Panggilan suara keluar dan OTP lewat suara.', lang: undefined },
    });
  });

  it('falls back field by field to the original, marked with the default language', () => {
    expect(operatorText(dashboard, indonesian)).toEqual({
      name: { text: 'Dashboard', lang: EN },
      description: { text: 'Konsol web.', lang: undefined },
    });
    expect(operatorText({ name: 'APIs' }, indonesian)).toEqual({ name: { text: 'APIs', lang: EN }, description: undefined });
  });

  it('gives the originals unmarked on a page in the default language', () => {
    expect(operatorText(voice, english)).toEqual({
      name: { text: 'Voice calls', lang: undefined },
      description: { text: 'Outbound voice calls and text-to-speech OTP.', lang: undefined },
    });
  });
});

describe('namesIn', () => {
  it('maps each id to its name in the language', () => {
    const names = namesIn([voice, dashboard], indonesian);
    expect([...names]).toEqual([
      ['voice', { text: 'Panggilan suara', lang: undefined }],
      ['dashboard', { text: 'Dashboard', lang: EN }],
    ]);
    expect(namesIn([voice], english).get('voice')).toEqual({ text: 'Voice calls', lang: undefined });
  });
});

describe('metricLabel', () => {
  const translations = { id: { labels: { 'Delivered within 60 s': 'Terkirim dalam 60 detik' } } };
  const series = (label: string) => ({ label, translations: labelTranslations(label, translations) });

  it('finds the translation by the label the source gives', () => {
    expect(labelTranslations('Delivered within 60 s', translations)).toEqual({ id: { label: 'Terkirim dalam 60 detik' } });
    expect(metricLabel(series('Delivered within 60 s'), indonesian)).toEqual({ text: 'Terkirim dalam 60 detik', lang: undefined });
  });

  it('shows a label without translation as the source gives it, marked', () => {
    expect(labelTranslations('Calls connected', translations)).toBeUndefined();
    expect(labelTranslations('constructor', translations)).toBeUndefined();
    expect(labelTranslations('Calls connected', undefined)).toBeUndefined();
    expect(metricLabel(series('Calls connected'), indonesian)).toEqual({ text: 'Calls connected', lang: EN });
  });

  it('shows the label unmarked on a page in the default language', () => {
    expect(metricLabel(series('Delivered within 60 s'), english)).toEqual({ text: 'Delivered within 60 s', lang: undefined });
  });
});

describe('namesIn, once per list and language', () => {
  it('gives the same map for the same list and language, and a new one for another', () => {
    const list = [voice];
    expect(namesIn(list, indonesian)).toBe(namesIn(list, indonesian));
    expect(namesIn(list, english)).not.toBe(namesIn(list, indonesian));
    expect(namesIn([voice], indonesian)).not.toBe(namesIn(list, indonesian));
  });
});
