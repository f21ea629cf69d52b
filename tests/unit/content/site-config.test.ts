import { describe, expect, it } from 'vitest';
import { describeIssue, fieldName } from '../../../src/lib/content/problems';
import { environmentProblems, siteConfigSchema, withEnvironment } from '../../../src/lib/content/site-config';
import { DICTIONARIES } from '../../../src/lib/i18n/dictionary';
import { validSiteConfig } from '../../support/fixtures';

const schema = siteConfigSchema({ publicFileExists: (path) => path === 'logo.svg' });

/** Each problem as "field: message  (fix)", the way the check prints it. */
function problems(data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { path, message, fix } = describeIssue(issue, schema);
    return `${fieldName(path)}: ${message}  (${fix})`;
  });
}

function withField(name: string, value: unknown): Record<string, unknown> {
  return { ...validSiteConfig(), [name]: value };
}

describe('site configuration schema', () => {
  it('accepts every field', () => {
    expect(schema.parse(validSiteConfig())).toEqual({
      ...validSiteConfig(),
      timeOrder: 'utc-first',
      languages: ['en'],
      metrics: { source: { kind: 'json', url: 'https://metrics.kabar.example/statuswire.json', timeoutSeconds: 10 } },
    });
  });

  it('needs only name, description, url and contact; the metrics source defaults to the sample', () => {
    const { homepage: _h, logo: _l, timeZone: _t, metrics: _m, ...required } = validSiteConfig();
    const config = schema.parse(required);
    expect(config.metrics.source).toEqual({ kind: 'sample' });
    expect(config.timeZone).toBeUndefined();
    expect(problems({ url: 'https://status.kabar.example' })).toEqual([
      'name: is missing  (add "name:" with a string value)',
      'description: is missing  (add "description:" with a string value)',
      'contact: is missing  (add "contact:" with a string value)',
    ]);
  });

  it('rejects a url that is not an absolute http(s) URL', () => {
    expect(problems(withField('url', 'status.kabar.example'))).toEqual([
      'url: "status.kabar.example" is not an absolute http(s) URL  (write it with its scheme: https://status.kabar.example)',
    ]);
    expect(problems(withField('url', 'ftp://status.kabar.example'))).toEqual([
      'url: "ftp://status.kabar.example" is not an absolute http(s) URL  (write it with its scheme, like https://status.example.com)',
    ]);
    expect(problems(withField('homepage', '/home'))).toEqual([
      'homepage: "/home" is not an absolute http(s) URL  (write it with its scheme, like https://status.example.com)',
    ]);
  });

  it('takes a url with a path, and rejects one with a query or fragment', () => {
    expect(problems(withField('url', 'https://owner.github.io/statuswire/'))).toEqual([]);
    expect(problems(withField('url', 'https://owner.github.io/statuswire/?ref=x'))).toEqual([
      'url: "https://owner.github.io/statuswire/?ref=x" has a ?query or #fragment, which no page address keeps  (write it without them, like https://owner.github.io/statuswire/)',
    ]);
    expect(environmentProblems({ SITE_URL: 'https://owner.github.io/statuswire/#top' })).toHaveLength(1);
    expect(withEnvironment(schema.parse(validSiteConfig()), { SITE_URL: 'https://owner.github.io/statuswire/#top' }).url).toBe('https://status.kabar.example');
  });

  it('rejects an unknown time zone, an offset, and UTC itself', () => {
    expect(problems(withField('timeZone', 'Asia/Jakartaa'))).toEqual([
      'timeZone: unknown time zone "Asia/Jakartaa"  (use an IANA name such as Asia/Jakarta)',
    ]);
    expect(problems(withField('timeZone', '+07:00'))).toEqual(['timeZone: unknown time zone "+07:00"  (use an IANA name such as Asia/Jakarta)']);
    expect(problems(withField('timeZone', 'Etc/UTC'))).toEqual([
      'timeZone: "Etc/UTC" is UTC, which every time already shows  (leave timeZone out, or name the operator\'s zone such as Asia/Jakarta)',
    ]);
  });

  it('shows UTC first unless the operator puts their zone first, which needs a zone', () => {
    expect(schema.parse(validSiteConfig()).timeOrder).toBe('utc-first');
    expect(schema.parse(withField('timeOrder', 'local-first')).timeOrder).toBe('local-first');
    const { timeZone: _t, ...withoutZone } = validSiteConfig();
    expect(problems({ ...withoutZone, timeOrder: 'local-first' })).toEqual([
      'timeOrder: local-first needs a timeZone to put first  (add timeZone, such as Asia/Jakarta, or leave timeOrder out)',
    ]);
    expect(problems({ ...withoutZone, timeOrder: 'utc-first' })).toEqual([]);
    expect(problems(withField('timeOrder', 'local'))).toHaveLength(1);
  });

  it('speaks English alone unless languages are listed; each must have a dictionary and be listed once', () => {
    expect(schema.parse(validSiteConfig()).languages).toEqual(['en']);
    expect(problems(withField('languages', []))).toEqual(['languages: lists no language  (list at least one, like [en])']);
    expect(problems(withField('languages', ['en', 'xx']))).toEqual([
      `languages[1]: "xx" is not a language StatusWire has words for  (use ${Object.keys(DICTIONARIES).join(' or ')}, or add that language's dictionary under src/lib/i18n/)`,
    ]);
    expect(problems(withField('languages', ['en', 'en']))).toEqual(['languages[1]: "en" is listed twice  (list each language once)']);
  });

  it('rejects a logo that is not in public/, not an image, or outside the site root', () => {
    expect(problems(withField('logo', { src: '/kabar.svg', alt: 'Kabar Cloud' }))).toEqual([
      'logo.src: public/kabar.svg does not exist  (add the image to public/ or correct the path)',
    ]);
    expect(problems(withField('logo', { src: '/logo.pdf', alt: 'Kabar Cloud' }))).toEqual([
      'logo.src: "/logo.pdf" is not an image a browser shows  (use an .svg, .png, .jpg, .webp, .avif or .gif file)',
    ]);
    for (const src of ['logo.svg', '/../logo.svg']) {
      expect(problems(withField('logo', { src, alt: 'Kabar Cloud' }))).toEqual([
        `logo.src: "${src}" is not a path under public/  (write it from the site root, like /logo.svg for public/logo.svg)`,
      ]);
    }
    expect(problems(withField('logo', { src: '/logo.svg' }))).toEqual(['logo.alt: is missing  (add "alt:" with a string value)']);
  });

  it('rejects a contact that is neither a mailto: nor an http(s) link', () => {
    expect(problems(withField('contact', 'support@kabar.example'))).toEqual([
      'contact: "support@kabar.example" is not a mailto: or http(s) link  (write it as mailto:support@kabar.example)',
    ]);
    expect(problems(withField('contact', 'call us'))).toEqual([
      'contact: "call us" is not a mailto: or http(s) link  (write it like mailto:support@example.com or https://example.com/support)',
    ]);
    expect(problems(withField('contact', 'https://kabar.example/support'))).toEqual([]);
    expect(problems(withField('contact', 'mailto:support@kabar.example?subject=Status'))).toEqual([]);
  });

  it('rejects an unknown key, naming it and the known one it is closest to', () => {
    expect(problems(withField('timezone', 'Asia/Jakarta'))).toEqual(['timezone: unknown field "timezone"  (did you mean "timeZone"?)']);
    expect(problems(withField('metrics', { sources: { kind: 'sample' } }))).toEqual([
      'metrics.sources: unknown field "sources"  (did you mean "source"?)',
    ]);
    expect(problems(withField('colour', 'blue'))).toEqual(['colour: unknown field "colour"  (check the spelling or remove it)']);
  });

  it('takes the metrics source in the shape content/metrics.yaml used to', () => {
    const prometheus = { kind: 'prometheus', url: 'http://prometheus:9090', queries: [{ component: 'sms-smartfren', metric: 'delivery_rate', label: 'Delivered', unit: 'percent', query: 'up' }] };
    expect(schema.parse(withField('metrics', { source: prometheus })).metrics.source).toEqual({ ...prometheus, timeoutSeconds: 10 });
    expect(problems(withField('metrics', { source: { kind: 'prometheus', url: 'prometheus:9090', queries: [] } }))).toHaveLength(2);
  });
});

describe('environment overrides', () => {
  it('lets SITE_URL replace the url, and an empty SITE_URL leave it', () => {
    const config = schema.parse(validSiteConfig());
    expect(withEnvironment(config, { SITE_URL: 'https://status.example.org' }).url).toBe('https://status.example.org');
    expect(withEnvironment(config, { SITE_URL: '' }).url).toBe('https://status.kabar.example');
    expect(withEnvironment(config, {})).toBe(config);
  });

  it('never takes a SITE_URL it cannot use, and says why', () => {
    const config = schema.parse(validSiteConfig());
    expect(withEnvironment(config, { SITE_URL: 'ftp://status.example.org' }).url).toBe('https://status.kabar.example');
    expect(environmentProblems({ SITE_URL: 'ftp://status.example.org' })).toEqual([
      'SITE_URL (environment)  "ftp://status.example.org" is not an absolute http(s) URL  (write it with its scheme, like https://status.example.com)',
    ]);
    expect(environmentProblems({ SITE_URL: 'https://status.example.org' })).toEqual([]);
    expect(environmentProblems({})).toEqual([]);
  });
});
