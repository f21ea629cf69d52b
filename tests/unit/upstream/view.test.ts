import { describe, expect, it } from 'vitest';
import { upstreamsFileSchema } from '../../../src/lib/content/schemas';
import type { UpstreamCopy } from '../../../src/lib/upstream/store';
import { checkSummary, type UpstreamSummary } from '../../../src/lib/upstream/summary';
import { eventStatusWords, failureWords, followedLink, MAX_EVENTS_SHOWN, troubledLinks, upstreamLinks } from '../../../src/lib/upstream/view';
import { dictionary } from '../../../src/lib/i18n/dictionary';
import { TEST_NOW } from '../../support/clock';
import { sampleCarrierSummary } from '../../support/upstreams';

const checked = checkSummary(sampleCarrierSummary());
const SUMMARY = (checked.ok ? checked.summary : null) as UpstreamSummary;
const CONFIG = upstreamsFileSchema.parse({
  pages: [{ id: 'carrier', name: 'Nusantara Carrier Exchange', url: 'https://status.ncx-carrier.example' }],
  components: [
    { id: 'sms-smartfren', upstream: [{ page: 'carrier', component: 'ncx-id-sf', follow: true }] },
    { id: 'sms-indosat', upstream: [{ page: 'carrier', component: 'ncx-id-isat' }] },
    { id: 'sms-telkomsel', upstream: [{ page: 'carrier', component: 'ncx-id-tsel', follow: true }, { page: 'carrier', component: 'gone-id', follow: true }] },
    { id: 'sms-xl-axiata', upstream: [{ page: 'carrier', component: 'grp-id0001aa', follow: true }] },
  ],
});
const copyOf = (summary: UpstreamSummary | null, fetchedAt: Date | null = TEST_NOW, report: UpstreamCopy['report'] = null) =>
  new Map<string, UpstreamCopy>([['carrier', { summary, fetchedAt, report, problems: [] }]]);

describe('upstream links of a component', () => {
  it('give the upstream status, its age, and the open incidents that touch it, linked on the configured page', () => {
    const [link] = upstreamLinks('sms-smartfren', CONFIG, copyOf(SUMMARY), TEST_NOW);
    expect(link).toMatchObject({ pageName: 'Nusantara Carrier Exchange', language: 'en', componentName: 'Smartfren (Indonesia)', state: 'listed', status: 'degraded_performance', follow: true, asOf: TEST_NOW, stale: false, failure: null, maintenance: [], moreEvents: 0 });
    expect(link?.incidents).toEqual([{ name: 'Slow delivery to Smartfren numbers in Indonesia', status: 'monitoring', updatedAt: new Date('2026-11-28T05:40:00.000Z'), url: 'https://status.ncx-carrier.example/incidents/inc8h3m2v7sf' }]);
  });

  it('give running maintenance that touches it', () => {
    const [link] = upstreamLinks('sms-indosat', CONFIG, copyOf(SUMMARY), TEST_NOW);
    expect(link?.maintenance.map((event) => [event.name, eventStatusWords(event.status, dictionary('en'))])).toEqual([['Indosat SMSC link upgrade', 'In progress']]);
    expect(link?.maintenance.map((event) => eventStatusWords(event.status, dictionary('id')))).toEqual(['Sedang berlangsung']);
  });

  it("count a group's children's events as the group's", () => {
    const [link] = upstreamLinks('sms-xl-axiata', CONFIG, copyOf(SUMMARY), TEST_NOW);
    expect(link?.incidents).toHaveLength(1);
    expect(link?.maintenance).toHaveLength(1);
  });

  it.each(['https://stspg.io/abc', 'javascript:alert(1)', 'http://status.ncx-carrier.example/incidents/x', 'not a url'])(
    'send an upstream link on another origin (%s) to the page itself',
    (shortlink) => {
      const elsewhere = { ...SUMMARY, incidents: SUMMARY.incidents.map((incident) => ({ ...incident, shortlink })) };
      expect(upstreamLinks('sms-smartfren', CONFIG, copyOf(elsewhere), TEST_NOW)[0]?.incidents[0]?.url).toBe('https://status.ncx-carrier.example');
    },
  );

  it(`show at most ${MAX_EVENTS_SHOWN} events of each kind, newest first, and count the rest`, () => {
    const incident = SUMMARY.incidents[0]!;
    const many = { ...SUMMARY, incidents: Array.from({ length: 8 }, (_, index) => ({ ...incident, id: `i${index}`, name: `Incident ${index}`, updated_at: `2026-11-28T0${index}:00:00.000Z` })) };
    const [link] = upstreamLinks('sms-smartfren', CONFIG, copyOf(many), TEST_NOW);
    expect(link?.incidents.map((event) => event.name)).toEqual(['Incident 7', 'Incident 6', 'Incident 5', 'Incident 4', 'Incident 3']);
    expect(link?.moreEvents).toBe(3);
  });

  it('are unknown, never operational, before a first good pull, with the failure in words', () => {
    const report = { attemptedAt: TEST_NOW.toISOString(), ok: false, reason: 'the page answered HTTP 401' };
    const [link] = upstreamLinks('sms-smartfren', CONFIG, copyOf(null, null, report), TEST_NOW);
    expect(link).toMatchObject({ state: 'unknown', status: null, asOf: null, failure: { reason: 'the page answered HTTP 401' } });
    expect(failureWords(link!, dictionary('en'))).toBe('the page answered HTTP 401');
    expect(failureWords({ failure: { reason: null } }, dictionary('id'))).toBe('halaman tidak dapat dibaca');
  });

  it('say so when the upstream no longer lists a component', () => {
    const links = upstreamLinks('sms-telkomsel', CONFIG, copyOf(SUMMARY), TEST_NOW);
    expect(links.map((link) => [link.componentId, link.state])).toEqual([['ncx-id-tsel', 'listed'], ['gone-id', 'unlisted']]);
  });

  it('are stale past staleAfterMinutes', () => {
    const old = new Date(TEST_NOW.getTime() - 181 * 60_000);
    expect(upstreamLinks('sms-smartfren', CONFIG, copyOf(SUMMARY, old), TEST_NOW)[0]?.stale).toBe(true);
  });

  it('are none for a component without upstreams', () => {
    expect(upstreamLinks('voice', CONFIG, copyOf(SUMMARY), TEST_NOW)).toEqual([]);
  });
});

describe('following an upstream', () => {
  const links = (id: string, copies = copyOf(SUMMARY)) => upstreamLinks(id, CONFIG, copies, TEST_NOW);

  it('sets our status when the followed one is worse', () => {
    expect(followedLink(links('sms-smartfren'), 'operational')?.status).toBe('degraded_performance');
  });

  it('leaves ours when ours is as bad or worse', () => {
    expect(followedLink(links('sms-smartfren'), 'degraded_performance')).toBeNull();
    expect(followedLink(links('sms-smartfren'), 'major_outage')).toBeNull();
  });

  it('never comes from a link that is not followed, unknown, unlisted or stale', () => {
    expect(followedLink(links('sms-indosat'), 'operational')).toBeNull();
    expect(followedLink(links('sms-smartfren', copyOf(null, null)), 'operational')).toBeNull();
    expect(followedLink(links('sms-smartfren', copyOf(SUMMARY, new Date(TEST_NOW.getTime() - 181 * 60_000))), 'operational')).toBeNull();
    expect(followedLink(links('sms-telkomsel'), 'operational')).toBeNull();
  });
});

describe('troubled links', () => {
  it('are only listed ones that are not operational: the home page stays calm otherwise', () => {
    expect(troubledLinks(upstreamLinks('sms-telkomsel', CONFIG, copyOf(SUMMARY), TEST_NOW))).toEqual([]);
    expect(troubledLinks(upstreamLinks('sms-smartfren', CONFIG, copyOf(SUMMARY), TEST_NOW))).toHaveLength(1);
    expect(troubledLinks(upstreamLinks('sms-smartfren', CONFIG, copyOf(null, null), TEST_NOW))).toEqual([]);
  });
});
