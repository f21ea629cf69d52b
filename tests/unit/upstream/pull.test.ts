import { describe, expect, it } from 'vitest';
import { TooLargeError } from '../../../src/lib/metrics/bounded-read';
import { HttpStatusError, type TextRequest } from '../../../src/lib/metrics/pull';
import { upstreamsFileSchema, type UpstreamPage } from '../../../src/lib/content/schemas';
import { describePage, pullUpstream, summaryUrl, type UpstreamPullDependencies } from '../../../src/lib/upstream/pull';
import { MAX_SUMMARY_BYTES } from '../../../src/lib/upstream/summary';
import { sampleCarrierSummary } from '../../support/upstreams';

const page = (fields: Partial<UpstreamPage> = {}): UpstreamPage =>
  upstreamsFileSchema.parse({ pages: [{ id: 'carrier', name: 'Carrier', url: 'https://status.carrier.example/sub', timeoutSeconds: 1, ...fields }] }).pages[0]!;

function answering(fetchText: (url: string, request: TextRequest) => Promise<string>): UpstreamPullDependencies & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetchText: (url, request) => {
      urls.push(url);
      return fetchText(url, request);
    },
    readText: () => Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' })),
  };
}

describe('pulling one upstream page', () => {
  it('reads <page>/api/v2/summary.json within the size ceiling and asks for JSON', async () => {
    let seen: TextRequest | undefined;
    const deps = answering(async (_, request) => {
      seen = request;
      return JSON.stringify(sampleCarrierSummary());
    });
    const outcome = await pullUpstream(page(), '/site', deps);
    expect(outcome.ok).toBe(true);
    expect(deps.urls).toEqual(['https://status.carrier.example/sub/api/v2/summary.json']);
    expect(seen?.maxBytes).toBe(MAX_SUMMARY_BYTES);
    expect(seen?.headers).toEqual({ accept: 'application/json' });
  });

  it('keeps a page under a path, with or without a trailing slash', () => {
    expect(summaryUrl('https://owner.github.io/statuswire/')).toBe('https://owner.github.io/statuswire/api/v2/summary.json');
    expect(summaryUrl('https://status.example.com')).toBe('https://status.example.com/api/v2/summary.json');
  });

  it('reads a stored copy instead of fetching when one is configured', async () => {
    const deps = { ...answering(() => Promise.reject(new Error('must not fetch'))), readText: async (path: string) => (path === '/site/content/upstreams/c.json' ? JSON.stringify(sampleCarrierSummary()) : '') };
    expect((await pullUpstream(page({ snapshot: 'content/upstreams/c.json' }), '/site', deps)).ok).toBe(true);
  });

  it.each([
    ['HTTP 401, as some company pages answer', () => Promise.reject(new HttpStatusError(401)), 'the page answered HTTP 401', 'answered HTTP 401'],
    ['too much', () => Promise.reject(new TooLargeError(MAX_SUMMARY_BYTES)), 'the page sent more than a summary can hold', 'sent more than 4 MiB (counted after decompression)'],
    ['an HTML page', async () => '<!doctype html><title>Status</title>', 'the page did not send JSON', 'sent something that is not JSON (an HTML page or a broken document)'],
    ['the wrong shape', async () => JSON.stringify({ page: { id: 'p', name: 'P' } }), 'the page sent a summary in the wrong shape', 'not a Statuspage v2 summary: wrong shape at status'],
    ['no answer in time', (_: string, request: TextRequest) => new Promise<string>((_done, fail) => request.signal.addEventListener('abort', () => fail(request.signal.reason))), 'the page did not answer', 'no answer within 1 s'],
    ['a refused connection', () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })), 'the page could not be reached', 'could not be reached (ECONNREFUSED)'],
  ])('fails with a reason and a detail for %s, never a throw', async (_, fetchText, reason, detail) => {
    expect(await pullUpstream(page(), '/site', answering(fetchText))).toEqual({ ok: false, reason, detail });
  });

  it('names a page by its id and origin only', () => {
    expect(describePage({ ...page(), url: 'https://status.carrier.example/private?token=x' })).toBe('upstream carrier (https://status.carrier.example)');
    expect(describePage(page({ snapshot: 'content/upstreams/c.json' }))).toBe('upstream carrier (stored copy content/upstreams/c.json)');
  });
});
