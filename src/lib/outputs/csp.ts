/**
 * The Content-Security-Policy every page carries in a <meta> tag, since a plain file host
 * may not let operators set headers. Pages run no script and load only their own
 * stylesheet, images and favicon, so anything else is refused: a way around the
 * content check that nobody has found yet still cannot run code or call out.
 *
 * A meta tag cannot carry frame-ancestors (browsers ignore it there), so framing by
 * other sites is only refused once the policy is also sent as a header.
 */
import { createHash } from 'node:crypto';

/** A CSP hash source: allows the one inline element whose text has this SHA-256. */
export type StyleHash = `'sha256-${string}'`;

/** The hash source of `css`, exactly as it stands between `<style>` and `</style>`. */
export function styleHash(css: string): StyleHash {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The policy, given the hash of the stylesheet the home pages inline (src/data/stylesheet.ts).
 * Every page and the header carry the same policy: it allows that one text and nothing else inline.
 */
export function contentSecurityPolicy(inlineStyle: StyleHash): string {
  const directives: Readonly<Record<string, string>> = {
    // Every fetch not named below, scripts included: there is no script source at all.
    'default-src': "'none'",
    // Already default-src's; named so that loosening default-src never lets plugins in.
    'object-src': "'none'",
    'img-src': "'self'",
    'style-src': `'self' ${inlineStyle}`,
    'font-src': "'self'",
    'manifest-src': "'self'",
    // Not fetches, so default-src does not cover them.
    'base-uri': "'none'",
    'form-action': "'none'",
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}
