import { describe, expect, it } from 'vitest';
import { targetLabel, withRetries, type Attempt } from '../../../src/lib/notify/http';

const options = (pauses: number[]) => ({ attempts: 4, backoffMs: 100, maxPauseMs: 1000, timeoutMs: 1000, sleep: async (ms: number) => void pauses.push(ms) });

describe('withRetries', () => {
  it('retries with doubling pauses, or the Retry-After asked, up to a cap and a count', async () => {
    const pauses: number[] = [];
    const answers: Attempt[] = [
      { ok: false, retry: true, reason: 'HTTP 503' },
      { ok: false, retry: true, reason: 'HTTP 429', retryAfterMs: 50_000 },
      { ok: false, retry: true, reason: 'HTTP 500' },
      { ok: false, retry: true, reason: 'HTTP 500' },
    ];
    expect(await withRetries(async () => answers.shift()!, options(pauses))).toEqual({ ok: false, attempts: 4, reason: 'HTTP 500' });
    expect(pauses).toEqual([100, 1000, 400]);
  });

  it('stops at success, and at once on an answer that will not change', async () => {
    const pauses: number[] = [];
    const answers: Attempt[] = [{ ok: false, retry: true, reason: 'timeout' }, { ok: true }];
    expect(await withRetries(async () => answers.shift()!, options(pauses))).toEqual({ ok: true, attempts: 2 });
    expect(await withRetries(async () => ({ ok: false, retry: false, reason: 'HTTP 404' }), options(pauses))).toEqual({ ok: false, attempts: 1, reason: 'HTTP 404' });
  });
});

describe('targetLabel', () => {
  it('shows the kind and host only, never the secret path', () => {
    expect(targetLabel('slack', 'https://hooks.slack.com/services/T0/B0/SECRET?x=1')).toBe('slack hooks.slack.com');
    expect(targetLabel('webhook', 'not a url SECRET')).toBe('webhook (no valid URL)');
  });
});
