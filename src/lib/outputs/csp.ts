/**
 * The Content-Security-Policy every page carries in a <meta> tag, since a plain file host
 * may not let operators set headers. Pages run no script and load only their own
 * stylesheet, images and favicon, so anything else is refused: a way around the
 * content check that nobody has found yet still cannot run code or call out.
 *
 * A meta tag cannot carry frame-ancestors (browsers ignore it there), so framing by
 * other sites is only refused once the policy is also sent as a header.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  // Every fetch not named below, scripts included: there is no script source at all.
  'default-src': "'none'",
  // Already default-src's; named so that loosening default-src never lets plugins in.
  'object-src': "'none'",
  'img-src': "'self'",
  'style-src': "'self'",
  'font-src': "'self'",
  'manifest-src': "'self'",
  // Not fetches, so default-src does not cover them.
  'base-uri': "'none'",
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');
