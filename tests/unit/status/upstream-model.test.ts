import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { componentBadge, overallBadge } from '../../../src/lib/outputs/badges';
import { statuspageApi } from '../../../src/lib/outputs/api/statuspage';
import { buildStatusModel } from '../../../src/lib/status/model';
import { componentsFileSchema, upstreamsFileSchema } from '../../../src/lib/content/schemas';
import type { UpstreamCopy } from '../../../src/lib/upstream/store';
import { checkSummary, type UpstreamSummary } from '../../../src/lib/upstream/summary';
import { TEST_NOW } from '../../support/clock';
import { incident } from '../../support/builders';
import { COMPONENTS_YAML } from '../../support/fixtures';
import { TEST_SITE } from '../../support/model';
import { sampleCarrierSummary } from '../../support/upstreams';
import { dictionary } from '../../../src/lib/i18n/dictionary';
import { ENGLISH } from '../../support/languages';

const EN = dictionary('en');

const checked = checkSummary(sampleCarrierSummary());
const SUMMARY = (checked.ok ? checked.summary : null) as UpstreamSummary;

function modelWith(follow: boolean, summary: UpstreamSummary | null = SUMMARY) {
  const copies = new Map<string, UpstreamCopy>([['carrier', { summary, fetchedAt: summary ? TEST_NOW : null, report: null, problems: [] }]]);
  return buildStatusModel({
    components: componentsFileSchema.parse(parse(COMPONENTS_YAML)),
    incidents: [],
    maintenance: [],
    metrics: { snapshot: null, report: null, problems: [] },
    metricsConfig: metricsConfigSchema.parse({}),
    upstreams: {
      config: upstreamsFileSchema.parse({
        pages: [{ id: 'carrier', name: 'Nusantara Carrier Exchange', url: 'https://status.ncx-carrier.example' }],
        components: [{ id: 'sms-smartfren', upstream: [{ page: 'carrier', component: 'ncx-id-sf', follow }] }],
      }),
      copies,
    },
    now: TEST_NOW,
  });
}
const smartfren = (model: ReturnType<typeof modelWith>) => model.components.find((component) => component.id === 'sms-smartfren')!;

describe('a followed upstream in the page model', () => {
  it("makes the component's status the upstream's when worse, naming it as the reason", () => {
    const model = modelWith(true);
    expect(smartfren(model).status).toBe('degraded_performance');
    expect(smartfren(model).followed).toMatchObject({ pageName: 'Nusantara Carrier Exchange', componentName: 'Smartfren (Indonesia)' });
    expect(smartfren(model).measured).toBeNull();
  });

  it('changes the banner, the badges and the API with it', () => {
    const model = modelWith(true);
    expect(model.overall).toMatchObject({ indicator: 'minor', description: 'Partially Degraded Service' });
    expect(overallBadge(model.overall, EN).message).toBe(overallBadge({ indicator: 'minor', from: { component: 'degraded_performance' } }, EN).message);
    expect(componentBadge(smartfren(model), ENGLISH).message).toBe(componentBadge({ name: 'Smartfren', status: 'degraded_performance' }, ENGLISH).message);
    const api = statuspageApi(model, TEST_SITE);
    expect(api.summary.components.find((row) => row.id === 'sms-smartfren')?.status).toBe('degraded_performance');
    expect(api.summary.status.indicator).toBe('minor');
  });

  it("never turns the upstream's incidents into ours", () => {
    const model = modelWith(true);
    expect(model.incidents).toEqual([]);
    expect(model.activeIncidents).toEqual([]);
    expect(statuspageApi(model, TEST_SITE).summary.incidents).toEqual([]);
  });

  it('is shown but changes nothing without follow', () => {
    const model = modelWith(false);
    expect(smartfren(model).status).toBe('operational');
    expect(smartfren(model).followed).toBeNull();
    expect(smartfren(model).upstreams[0]?.status).toBe('degraded_performance');
    expect(model.overall.indicator).toBe('none');
  });

  it('changes nothing while the upstream was never fetched', () => {
    const model = modelWith(true, null);
    expect(smartfren(model).status).toBe('operational');
    expect(smartfren(model).upstreams[0]?.state).toBe('unknown');
  });

  it('leaves a worse status of our own, and its reason, in place', () => {
    const base = modelWith(true);
    const own = buildStatusModel({
      components: componentsFileSchema.parse(parse(COMPONENTS_YAML)),
      incidents: [incident('2026-11-28-down', [['2026-11-28T05:00:00Z', 'investigating']], { components: [{ id: 'sms-smartfren', status: 'major_outage' }] })],
      maintenance: [],
      metrics: { snapshot: null, report: null, problems: [] },
      metricsConfig: metricsConfigSchema.parse({}),
      upstreams: { config: upstreamsFileSchema.parse({ pages: [{ id: 'carrier', name: 'C', url: 'https://c.example' }], components: [{ id: 'sms-smartfren', upstream: [{ page: 'carrier', component: 'ncx-id-sf', follow: true }] }] }), copies: new Map([['carrier', { summary: SUMMARY, fetchedAt: TEST_NOW, report: null, problems: [] }]]) },
      now: TEST_NOW,
    });
    expect(smartfren(base).status).toBe('degraded_performance');
    expect(smartfren(own).status).toBe('major_outage');
    expect(smartfren(own).followed).toBeNull();
  });
});
