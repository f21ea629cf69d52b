import { describe, expect, it } from 'vitest';
import { siteLanguages } from '../../../src/lib/i18n/languages';
import type { MetricsFreshness } from '../../../src/lib/metrics/view';
import { incidentPageInputs, incidentPageShowsClock, maintenancePageInputs, maintenancePageShowsClock } from '../../../src/lib/rebuild/entry-pages';
import { pageDigest } from '../../../src/lib/rebuild/unchanged-pages';
import type { StatusModel } from '../../../src/lib/status/model';
import { incident, maintenance } from '../../support/builders';
import { testModel } from '../../support/model';

const languages = siteLanguages(['en', 'id']);
const english = languages[0]!;
const indonesian = languages[1]!;
const fresh: MetricsFreshness = { state: 'fresh', asOf: new Date('2026-11-28T05:55:00Z'), reason: null };
const stale: MetricsFreshness = { state: 'stale', asOf: new Date('2026-11-28T01:00:00Z'), reason: { failed: 'HTTP 500' } };

const resolved = incident('resolved', [['2026-11-20T01:00:00Z', 'investigating'], ['2026-11-20T03:00:00Z', 'resolved']], { components: [{ id: 'sms-telkomsel', status: 'degraded_performance' }] });
const open = incident('open', [['2026-11-28T01:00:00Z', 'investigating']], { components: [{ id: 'sms-telkomsel', status: 'degraded_performance' }] });

/** The model at `now` with `metrics`, and the digest of one incident's page in it. */
function digestAt(now: string, metrics: MetricsFreshness, slug: string, language = english): string {
  const model: StatusModel = { ...testModel([resolved, open], [], new Date(now)), metrics };
  const derived = model.incidents.find((item) => item.slug === slug)!;
  return pageDigest(incidentPageInputs(model, { incident: derived, charts: [], html: '<p>Body</p>' }, language));
}

describe('an incident page', () => {
  it('shows the build clock while the incident is open or the metrics are not fresh', () => {
    const model = testModel([resolved, open]);
    const [derivedOpen, derivedResolved] = [model.incidents.find((item) => item.active)!, model.incidents.find((item) => !item.active)!];
    expect(incidentPageShowsClock(derivedOpen, fresh)).toBe(true);
    expect(incidentPageShowsClock(derivedResolved, fresh)).toBe(false);
    expect(incidentPageShowsClock(derivedResolved, stale)).toBe(true);
    expect(incidentPageShowsClock(derivedResolved, { state: 'missing', asOf: null, reason: null })).toBe(true);
  });

  it('of a resolved incident reads the same at a later clock and a later pull, while the metrics stay fresh', () => {
    expect(digestAt('2026-11-29T06:00:00Z', { ...fresh, asOf: new Date('2026-11-29T05:55:00Z') }, 'resolved')).toBe(digestAt('2026-11-28T06:00:00Z', fresh, 'resolved'));
  });

  it('of an open incident, or once the metrics are stale, changes with the clock', () => {
    expect(digestAt('2026-11-28T06:10:00Z', fresh, 'open')).not.toBe(digestAt('2026-11-28T06:00:00Z', fresh, 'open'));
    expect(digestAt('2026-11-28T06:10:00Z', stale, 'resolved')).not.toBe(digestAt('2026-11-28T06:00:00Z', stale, 'resolved'));
  });

  it('differs from one language to another', () => {
    expect(digestAt('2026-11-28T06:00:00Z', fresh, 'resolved', indonesian)).not.toBe(digestAt('2026-11-28T06:00:00Z', fresh, 'resolved'));
  });
});

describe('a maintenance window\'s page', () => {
  const done = maintenance('done', ['2026-11-01T01:00:00Z', '2026-11-01T03:00:00Z']);
  const next = maintenance('next', ['2026-12-10T01:00:00Z', '2026-12-10T03:00:00Z']);
  const digestAt = (now: string, slug: string) => {
    const model = testModel([], [done, next], new Date(now));
    const derived = model.maintenance.find((item) => item.slug === slug)!;
    return pageDigest(maintenancePageInputs(model, { maintenance: derived, html: '<p>Body</p>' }, english));
  };

  it('shows the build clock until the window is completed', () => {
    const model = testModel([], [done, next]);
    expect(maintenancePageShowsClock(model.maintenance.find((item) => item.slug === 'next')!)).toBe(true);
    expect(maintenancePageShowsClock(model.maintenance.find((item) => item.slug === 'done')!)).toBe(false);
  });

  it('of a completed window reads the same at a later clock; an upcoming one\'s does not', () => {
    expect(digestAt('2026-11-29T06:00:00Z', 'done')).toBe(digestAt('2026-11-28T06:00:00Z', 'done'));
    expect(digestAt('2026-11-29T06:00:00Z', 'next')).not.toBe(digestAt('2026-11-28T06:00:00Z', 'next'));
  });
});
