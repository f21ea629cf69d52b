import { describe, expect, it } from 'vitest';
import { checkSummary, MAX_UPSTREAM_COMPONENTS } from '../../../src/lib/upstream/summary';
import { largeSummary, sampleCarrierSummary } from '../../support/upstreams';

describe('a Statuspage v2 summary', () => {
  it('is read from the sample carrier, keeping only what the page shows', () => {
    const checked = checkSummary(sampleCarrierSummary());
    if (!checked.ok) throw new Error(checked.detail);
    expect(checked.summary.page.name).toBe('Nusantara Carrier Exchange');
    expect(checked.summary.components.find((row) => row.id === 'ncx-id-sf')).toEqual({
      id: 'ncx-id-sf',
      name: 'Smartfren (Indonesia)',
      status: 'degraded_performance',
      group: false,
      group_id: 'grp-id0001aa',
    });
    expect(checked.summary.incidents[0]?.components).toEqual([{ id: 'ncx-id-sf' }]);
    expect(JSON.stringify(checked.summary)).not.toContain('incident_updates');
  });

  it('takes pages that leave out optional lists and fields', () => {
    const checked = checkSummary({ page: { id: 'p', name: 'P' }, status: { indicator: 'none', description: 'All good' }, components: [{ id: 'a', name: 'A', status: 'operational' }] });
    expect(checked.ok).toBe(true);
  });

  it.each([
    ['an HTML page read as a string', '<html>', 'the top level'],
    ['a missing page', { ...sampleCarrierSummary(), page: undefined }, 'page'],
    ['an unknown component status', { ...sampleCarrierSummary(), components: [{ id: 'a', name: 'A', status: 'on_fire' }] }, 'components[0].status'],
    ['a name past 255 characters', { ...sampleCarrierSummary(), components: [{ id: 'a', name: 'x'.repeat(256), status: 'operational' }] }, 'components[0].name'],
    ['an id past 100 characters', { ...sampleCarrierSummary(), components: [{ id: 'a'.repeat(101), name: 'A', status: 'operational' }] }, 'components[0].id'],
    ['too many components', largeSummary(MAX_UPSTREAM_COMPONENTS + 1), 'components'],
    ['a time without an offset', { ...sampleCarrierSummary(), incidents: [{ id: 'i', name: 'I', status: 'investigating', updated_at: '2026-11-28 05:00', components: [] }] }, 'incidents[0].updated_at'],
  ])('is refused for %s, naming the first wrong field and never the value', (_, document, field) => {
    const checked = checkSummary(document);
    expect(checked).toEqual({ ok: false, detail: `not a Statuspage v2 summary: wrong shape at ${field}` });
  });
});
