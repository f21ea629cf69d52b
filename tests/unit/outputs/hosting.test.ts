import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleHash } from '../../../src/lib/outputs/csp';
import { fileHeaders, headersFile, IMMUTABLE_CACHE, securityHeaders, SHORT_CACHE } from '../../../src/lib/outputs/hosting';
import { headerValues, parseHeadersFile } from '../../support/headers-file';

const HASH = styleHash('body{color:red}');
const SECURITY_HEADERS = securityHeaders(HASH);

describe('fileHeaders', () => {
  it('keeps hashed assets for a year and everything else a minute', () => {
    expect(fileHeaders('_astro/index.Bx8k2.css')).toEqual({ contentType: 'text/css; charset=utf-8', cacheControl: IMMUTABLE_CACHE });
    expect(fileHeaders('index.html')?.cacheControl).toBe(SHORT_CACHE);
    expect(fileHeaders('incidents/2026-01-12-delays/index.html')?.cacheControl).toBe(SHORT_CACHE);
    expect(fileHeaders('api/v2/summary.json')?.cacheControl).toBe(SHORT_CACHE);
    expect(fileHeaders('badges/status.svg')?.cacheControl).toBe(SHORT_CACHE);
  });

  it('gives feeds, calendars and badges the types their readers expect', () => {
    expect(fileHeaders('history.rss')?.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(fileHeaders('components/sms/history.atom')?.contentType).toBe('application/atom+xml; charset=utf-8');
    expect(fileHeaders('maintenance.ics')?.contentType).toBe('text/calendar; charset=utf-8');
    expect(fileHeaders('badges/status.json')?.contentType).toBe('application/json; charset=utf-8');
    expect(fileHeaders('LOGO.PNG')?.contentType).toBe('image/png');
  });

  it('knows no type for an unknown extension or a file without one', () => {
    expect(fileHeaders('notes.docx')).toBeNull();
    expect(fileHeaders('CNAME')).toBeNull();
  });

  it("sends the pages' policy as a header, the stylesheet's hash and the frame-ancestors a meta tag cannot carry included", () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${contentSecurityPolicy(HASH)}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain(`style-src 'self' ${HASH};`);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('headersFile', () => {
  const rules = parseHeadersFile(headersFile(['favicon.svg', 'brand/'], [{ folder: '' }, { folder: 'id/' }], HASH));
  const cacheOf = (path: string) => headerValues(rules, path, 'Cache-Control');

  it('sends every security header on every path, once', () => {
    for (const path of ['/', '/_astro/index.css', '/api/v2/summary.json', '/anything']) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headerValues(rules, path, name), `${path} ${name}`).toEqual([value]);
    }
  });

  it('gives each path one Cache-Control, never two joined', () => {
    expect(cacheOf('/_astro/index.Bx8k2.css')).toEqual([IMMUTABLE_CACHE]);
    for (const path of ['/', '/index.html', '/history/2/', '/history.rss', '/maintenance.ics', '/badges/components/sms.svg', '/id/', '/id/history.rss']) {
      expect(cacheOf(path), path).toEqual([SHORT_CACHE]);
    }
  });

  it('covers the files copied from public/', () => {
    expect(cacheOf('/favicon.svg')).toEqual([SHORT_CACHE]);
    expect(cacheOf('/brand/logo.png')).toEqual([SHORT_CACHE]);
    expect(cacheOf('/brand/dark/logo.png')).toEqual([SHORT_CACHE]);
  });

  it('leaves a public name that would change the rules to the host default', () => {
    const text = headersFile(['logo.svg', 'evil\n  Content-Security-Policy: default-src *', 'a b.png', 'star*.png'], [{ folder: '' }], HASH);
    expect(parseHeadersFile(text).map((rule) => rule.pattern)).toContain('/logo.svg');
    expect(text).not.toMatch(/default-src \*|a b\.png|star/);
  });
});
