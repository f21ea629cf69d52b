import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { metricsSnapshotJsonSchema, metricsSnapshotSchema } from '../../../src/lib/metrics/snapshot';

const VALID = {
  version: 1,
  generatedAt: '2026-11-28T06:00:00Z',
  series: [
    {
      component: 'sms-smartfren',
      metric: 'delivery_rate',
      label: 'Delivered within 60 s',
      unit: 'percent',
      daily: [['2026-11-27T00:00:00Z', 91.5], ['2026-11-28T00:00:00+07:00', null]],
    },
  ],
};

describe('metrics snapshot schema', () => {
  it('accepts our format and defaults the recent points', () => {
    expect(metricsSnapshotSchema.parse(VALID).series[0]?.recent).toEqual([]);
  });

  it.each([
    ['a time without offset', { ...VALID, generatedAt: '2026-11-28T06:00:00' }, 'generatedAt'],
    ['an unknown version', { ...VALID, version: 2 }, 'version'],
    ['a value that is text', { ...VALID, series: [{ ...VALID.series[0], daily: [['2026-11-27T00:00:00Z', '91.5']] }] }, 'series.0.daily.0.1'],
    ['an unknown unit', { ...VALID, series: [{ ...VALID.series[0], unit: 'percentage' }] }, 'series.0.unit'],
    ['an unknown field', { ...VALID, extra: true }, ''],
  ])('rejects %s', (_, document, path) => {
    const result = metricsSnapshotSchema.safeParse(document);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });

  it('ships a JSON Schema for producers that matches the zod schema', async () => {
    const committed = JSON.parse(await readFile('schemas/metrics-snapshot.v1.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(metricsSnapshotJsonSchema())));
  });
});
