import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { componentsFileSchema } from '../../../src/lib/content/schemas';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { sampleProfilesSchema } from '../../../src/lib/metrics/sample';

const read = (file: string) => parse(readFileSync(`content/${file}`, 'utf8'));

describe('the sample in Bahasa Indonesia', () => {
  it('translates every label the sample metrics use', () => {
    const labels = metricsConfigSchema.parse(read('metrics.yaml')).translations?.id?.labels ?? {};
    const used = new Set(sampleProfilesSchema.parse(read('metrics-sample.yaml')).series.map((series) => series.label));
    expect([...used].filter((label) => !Object.hasOwn(labels, label))).toEqual([]);
    expect(Object.keys(labels).filter((label) => !used.has(label))).toEqual([]);
  });

  it('names every group in Indonesian and describes every component that has a description', () => {
    const { groups } = componentsFileSchema.parse(read('components.yaml'));
    expect(groups.filter((group) => group.translations?.id?.name === undefined).map((group) => group.id)).toEqual([]);
    const undescribed = groups.flatMap((group) => group.components).filter((component) => component.description !== undefined && component.translations?.id?.description === undefined);
    expect(undescribed.map((component) => component.id)).toEqual([]);
  });
});
