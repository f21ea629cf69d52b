import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleHash } from '../../../src/lib/outputs/csp';

const CSS = 'body{color:red}';
const HASH = styleHash(CSS);
const POLICY = contentSecurityPolicy(HASH);

const directives = new Map(POLICY.split('; ').map((part) => {
  const [name = '', ...sources] = part.split(' ');
  return [name, sources.join(' ')];
}));

describe('styleHash', () => {
  it('is the base64 SHA-256 of the exact text, as a CSP hash source', () => {
    expect(HASH).toBe(`'sha256-${createHash('sha256').update(CSS).digest('base64')}'`);
    expect(HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('changes with any byte of the text, a trailing newline included', () => {
    expect(styleHash(`${CSS}\n`)).not.toBe(HASH);
    expect(styleHash('body{color:blue}')).not.toBe(HASH);
  });
});

describe('contentSecurityPolicy', () => {
  it('is the policy every page carries', () => {
    expect(POLICY).toBe(
      `default-src 'none'; object-src 'none'; img-src 'self'; style-src 'self' ${HASH}; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'`,
    );
  });

  it('names no script source, so scripts fall back to default-src none', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect([...directives.keys()].filter((name) => name.startsWith('script-src'))).toEqual([]);
  });

  it('allows nothing inline but the stylesheet by its hash, and nothing from another origin', () => {
    expect(POLICY).not.toMatch(/unsafe|nonce|https?:|\*|data:/);
    expect(directives.get('style-src')).toBe(`'self' ${HASH}`);
    const others = [...directives].filter(([name]) => name !== 'style-src').map(([, sources]) => sources);
    expect(new Set(others)).toEqual(new Set(["'none'", "'self'"]));
  });

  it('leaves out frame-ancestors, which a meta tag cannot carry', () => {
    expect(directives.has('frame-ancestors')).toBe(false);
  });
});
