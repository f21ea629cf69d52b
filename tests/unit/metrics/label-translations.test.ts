import { describe, expect, it } from 'vitest';
import { metricsConfigSchema, unusedLabelTranslations } from '../../../src/lib/metrics/config';

describe('unusedLabelTranslations', () => {
  const { translations } = metricsConfigSchema.parse({
    translations: { id: { labels: { 'Delivered within 60 s': 'Terkirim dalam 60 detik', 'Delivered in 60 s': 'Terkirim' } } },
  });

  it('names each translated label no series carries, with its language', () => {
    expect(unusedLabelTranslations(translations, ['Delivered within 60 s', 'Calls connected'])).toEqual([{ language: 'id', label: 'Delivered in 60 s' }]);
  });

  it('names none when every translated label is in use, or nothing is translated', () => {
    expect(unusedLabelTranslations(translations, ['Delivered within 60 s', 'Delivered in 60 s'])).toEqual([]);
    expect(unusedLabelTranslations(undefined, ['Calls connected'])).toEqual([]);
  });
});
