/**
 * Sending with retries, bounded in count and time: a timeout, a network error, a 5xx or
 * a 429 is tried again after a growing pause (or the Retry-After the target asks for, up
 * to a cap); any other answer is final. What is logged of a target is its kind and host,
 * never a path, query or credential: those are the secret part of a webhook URL.
 */

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first pause; each next one doubles. */
  backoffMs: number;
  /** No pause, whatever a Retry-After asks, is longer. */
  maxPauseMs: number;
  /** Each request's own time limit. */
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, backoffMs: 2000, maxPauseMs: 30_000, timeoutMs: 10_000 };

export type Attempt = { ok: true } | { ok: false; retry: boolean; reason: string; retryAfterMs?: number };
export type Outcome = { ok: true; attempts: number } | { ok: false; attempts: number; reason: string };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetries(send: () => Promise<Attempt>, options: RetryOptions): Promise<Outcome> {
  const sleep = options.sleep ?? wait;
  let last: Attempt = { ok: false, retry: false, reason: 'not tried' };
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    last = await send();
    if (last.ok) return { ok: true, attempts: attempt };
    if (!last.retry || attempt === options.attempts) return { ok: false, attempts: attempt, reason: last.reason };
    await sleep(Math.min(last.retryAfterMs ?? options.backoffMs * 2 ** (attempt - 1), options.maxPauseMs));
  }
  return { ok: false, attempts: options.attempts, reason: last.ok ? 'not tried' : last.reason };
}

/** `slack hooks.slack.com`: what a log may say of a target. */
export function targetLabel(kind: string, url: string | undefined): string {
  if (!url || !URL.canParse(url)) return `${kind} (no valid URL)`;
  return `${kind} ${new URL(url).hostname}`;
}

/** Retry-After in seconds or as an HTTP date; anything else is no advice. */
function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** One POST of a JSON body; the answer's body is never read into a log. */
export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<Attempt> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'StatusWire-notify', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.ok) return { ok: true };
    const retry = response.status === 429 || response.status >= 500;
    const after = retryAfterMs(response.headers.get('retry-after'));
    return { ok: false, retry, reason: `HTTP ${response.status}`, ...(after === undefined ? {} : { retryAfterMs: after }) };
  } catch (error) {
    // fetch's own messages may quote the URL: only the kind of failure is kept.
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, retry: true, reason: timedOut ? `no answer within ${timeoutMs / 1000} s` : 'could not connect' };
  }
}
