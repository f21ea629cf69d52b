/**
 * The headers a host sends with each kind of file, in one place for every host recipe:
 * the `_headers` file Cloudflare Pages and Netlify read, and the S3 upload commands.
 */
import { contentSecurityPolicy, type StyleHash } from './csp.ts';
import { ASSETS_FOLDER, builtFilePatterns, FEED_TYPES, publicFilePath, type PathLanguage } from './urls.ts';

/**
 * Everything but hashed assets changes with every build (the schedule runs every 10 minutes).
 * A minute lets browsers and CDN edges absorb the crowd an outage brings while readers still
 * see a new status within a minute; after that the ETag makes revalidation a cheap 304.
 */
export const SHORT_CACHE = 'public, max-age=60, must-revalidate';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Sent with every file, given the hash of the stylesheet the home pages inline. A header,
 * unlike the pages' meta tag, can refuse framing.
 */
export function securityHeaders(inlineStyle: StyleHash): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(inlineStyle)}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Pages run no script, so no feature is ever asked for.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  rss: `${FEED_TYPES.rss}; charset=utf-8`,
  atom: `${FEED_TYPES.atom}; charset=utf-8`,
  ics: 'text/calendar; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

export interface FileHeaders {
  contentType: string;
  cacheControl: string;
}

/** The file's headers, from its path under dist/; null for an extension with no known type. */
export function fileHeaders(fromRoot: string): FileHeaders | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fromRoot)?.[1]?.toLowerCase();
  const contentType = extension === undefined ? undefined : CONTENT_TYPES[extension];
  if (contentType === undefined) return null;
  const hashed = publicFilePath(fromRoot).startsWith(ASSETS_FOLDER);
  return { contentType, cacheControl: hashed ? IMMUTABLE_CACHE : SHORT_CACHE };
}

function rule(pattern: string, headers: Readonly<Record<string, string>>): string {
  return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** A name that is a pattern as it stands: no space, `*`, `:` or line break to change the rule. */
const PLAIN_NAME = /^[\w.-]+\/?$/;

/** A top-level entry of public/ (`logo.svg`, `images/`) as a pattern for it and all under it. */
const publicPattern = (entry: string) => publicFilePath(entry.endsWith('/') ? `${entry}*` : entry);

/**
 * The `_headers` file. `publicEntries` are the top-level names in public/, folders ending
 * in `/`; `languages` gives each other language's folder. Any other name is left to the host's default, which revalidates every time.
 * `inlineStyle` is the hash of the stylesheet the home pages inline.
 * Only one rule per path sets Cache-Control: Cloudflare joins the values of every matching rule.
 */
export function headersFile(publicEntries: readonly string[], languages: readonly PathLanguage[], inlineStyle: StyleHash): string {
  const shortLived = [...builtFilePatterns(languages), ...publicEntries.filter((entry) => PLAIN_NAME.test(entry)).map(publicPattern)];
  const rules = [
    rule(publicFilePath('*'), securityHeaders(inlineStyle)),
    rule(`${ASSETS_FOLDER}*`, { 'Cache-Control': IMMUTABLE_CACHE }),
    ...shortLived.map((pattern) => rule(pattern, { 'Cache-Control': SHORT_CACHE })),
  ];
  return `${rules.join('\n\n')}\n`;
}
