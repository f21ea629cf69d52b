import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/outputs/csp';

const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((part) => {
  const [name = '', ...sources] = part.split(' ');
  return [name, sources.join(' ')];
}));

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy every page carries', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; object-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'",
    );
  });

  it('names no script source, so scripts fall back to default-src none', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect([...directives.keys()].filter((name) => name.startsWith('script-src'))).toEqual([]);
  });

  it('allows nothing inline or from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*|data:/);
    expect(new Set(directives.values())).toEqual(new Set(["'none'", "'self'"]));
  });

  it('leaves out frame-ancestors, which a meta tag cannot carry', () => {
    expect(directives.has('frame-ancestors')).toBe(false);
  });
});
