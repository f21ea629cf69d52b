import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/dictionary';
import { metricLabel, operatorText } from '../../../src/lib/i18n/operator-text';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { componentsFileSchema } from '../../../src/lib/content/schemas';
import { buildStatusModel } from '../../../src/lib/status/model';
import { TEST_NOW } from '../../support/clock';
import { dailySeries, snapshotOf } from '../../support/metrics';

const indonesian = { locale: 'id' as Locale, defaultLocale: 'en' as Locale };

const model = buildStatusModel({
  components: componentsFileSchema.parse({
    groups: [
      {
        id: 'voice-and-apps',
        name: 'Voice and apps',
        translations: { id: { name: 'Layanan suara dan aplikasi' } },
        components: [{ id: 'voice', name: 'Voice calls', translations: { id: { name: 'Panggilan suara' } } }],
      },
    ],
  }),
  now: TEST_NOW,
  incidents: [],
  maintenance: [],
  metrics: {
    snapshot: snapshotOf([dailySeries('voice', 'call_success_rate', [97, 80], TEST_NOW)], TEST_NOW),
    report: { attemptedAt: TEST_NOW.toISOString(), source: 'test', ok: true },
    problems: [],
  },
  metricsConfig: metricsConfigSchema.parse({
    thresholds: [{ component: 'voice', metric: 'call_success_rate', rules: [{ status: 'partial_outage', below: 85 }] }],
    translations: { id: { labels: { 'call_success_rate of voice': 'Panggilan tersambung' } } },
  }),
});

describe('the operator text in the model', () => {
  it('carries the translations of each group and component', () => {
    expect(operatorText(model.groups[0]!, indonesian).name.text).toBe('Layanan suara dan aplikasi');
    expect(operatorText(model.components[0]!, indonesian).name.text).toBe('Panggilan suara');
  });

  it('attaches the translations of a label to its series, its figures and the measured status it gives', () => {
    const voice = model.components[0]!;
    const shown = { text: 'Panggilan tersambung', lang: undefined };
    expect(metricLabel(voice.series[0]!, indonesian)).toEqual(shown);
    expect(metricLabel(voice.uptime.days.at(-1)!.figures[0]!, indonesian)).toEqual(shown);
    expect(metricLabel(voice.measured!, indonesian)).toEqual(shown);
  });
});
