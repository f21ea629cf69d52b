import { describe, expect, it } from 'vitest';
import { entrySlug, freeSlug, titleSlug } from '../../../src/lib/writer/slug';

describe('slugs for new entries', () => {
  it('turns a title into lowercase words joined by hyphens', () => {
    expect(titleSlug('Delayed SMS to Smartfren (Jakarta) — 50% slower!')).toBe('delayed-sms-to-smartfren-jakarta-50-slower');
    expect(titleSlug('Pengiriman SMS ke Indosat terlambat, ça va')).toBe('pengiriman-sms-ke-indosat-terlambat-ca-va');
  });

  it('stops at a whole word within 60 characters', () => {
    const slug = titleSlug('Messages to every Indonesian network are delayed by up to forty five minutes today');
    expect(slug).toBe('messages-to-every-indonesian-network-are-delayed-by-up-to');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(titleSlug('x'.repeat(80))).toBe('x'.repeat(60));
  });

  it('starts with the day and falls back to the kind for a title without letters', () => {
    expect(entrySlug('2026-11-28', 'Webhook lag', 'incident')).toBe('2026-11-28-webhook-lag');
    expect(entrySlug('2026-11-28', '🔥🔥', 'incident')).toBe('2026-11-28-incident');
  });

  it('numbers a name that is taken', () => {
    expect(freeSlug('a', new Set())).toBe('a');
    expect(freeSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
