/**
 * One pull of one upstream page. Failure is normal: every way a page can fail comes back
 * as a short reason for readers and a one-line detail for the log, never as a thrown
 * error, so one broken upstream never stops the others or the build. Neither quotes
 * what the upstream sent.
 */
import { join } from 'node:path';
import { NotAFileError, TooLargeError } from '../metrics/bounded-read.ts';
import { HttpStatusError, type TextRequest } from '../metrics/pull.ts';
import type { UpstreamPage } from '../content/schemas.ts';
import { checkSummary, MAX_SUMMARY_BYTES, type UpstreamSummary } from './summary.ts';

export type UpstreamOutcome = { ok: true; summary: UpstreamSummary } | { ok: false; reason: string; detail: string };

export interface UpstreamPullDependencies {
  /** GET within the request's limits; rejects on network errors, the deadline, the ceiling or a non-2xx answer. */
  fetchText(url: string, request: TextRequest): Promise<string>;
  /** A local file's text, refused past `maxBytes`. */
  readText(path: string, maxBytes: number): Promise<string>;
}

/** Where a Statuspage-style page serves its summary: relative to the page, so a page under a path keeps it. */
export function summaryUrl(pageUrl: string): string {
  return new URL('api/v2/summary.json', pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`).href;
}

/** The page as logs name it: its id and origin, never a path or query. */
export function describePage(page: Pick<UpstreamPage, 'id' | 'url' | 'snapshot'>): string {
  if (page.snapshot !== undefined) return `upstream ${page.id} (stored copy ${page.snapshot})`;
  return `upstream ${page.id} (${URL.canParse(page.url) ? new URL(page.url).origin : 'an address that cannot be parsed'})`;
}

/** An error code like ECONNREFUSED: never the message, which may carry a URL. */
function codeOf(error: unknown): string | null {
  const code = error instanceof Error ? (error as { code?: unknown }).code ?? codeOf(error.cause) : null;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : null;
}

function failure(error: unknown, timeoutMs: number): { reason: string; detail: string } {
  if (error instanceof HttpStatusError) return { reason: `the page answered HTTP ${error.status}`, detail: `answered HTTP ${error.status}` };
  if (error instanceof TooLargeError) {
    return { reason: 'the page sent more than a summary can hold', detail: `sent more than ${error.maxBytes / 1024 / 1024} MiB (counted after decompression)` };
  }
  if (error instanceof SyntaxError) return { reason: 'the page did not send JSON', detail: 'sent something that is not JSON (an HTML page or a broken document)' };
  if (error instanceof NotAFileError) return { reason: 'the stored copy could not be read', detail: 'is not a regular file' };
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: 'the page did not answer', detail: `no answer within ${timeoutMs / 1000} s` };
  const code = codeOf(error);
  if (code === 'ENOENT') return { reason: 'the stored copy could not be read', detail: 'the stored copy is missing' };
  return { reason: 'the page could not be reached', detail: `could not be reached${code ? ` (${code})` : ''}` };
}

async function readDocument(page: UpstreamPage, root: string, deps: UpstreamPullDependencies, signal: AbortSignal): Promise<unknown> {
  if (page.snapshot !== undefined) return JSON.parse(await deps.readText(join(root, page.snapshot), MAX_SUMMARY_BYTES));
  return JSON.parse(await deps.fetchText(summaryUrl(page.url), { signal, maxBytes: MAX_SUMMARY_BYTES, headers: { accept: 'application/json' } }));
}

/** Reads and checks one page's summary within its time limit. */
export async function pullUpstream(page: UpstreamPage, root: string, deps: UpstreamPullDependencies): Promise<UpstreamOutcome> {
  const timeoutMs = page.timeoutSeconds * 1000;
  let document: unknown;
  try {
    document = await readDocument(page, root, deps, AbortSignal.timeout(timeoutMs));
  } catch (error) {
    return { ok: false, ...failure(error, timeoutMs) };
  }
  const checked = checkSummary(document);
  if (!checked.ok) return { ok: false, reason: 'the page sent a summary in the wrong shape', detail: checked.detail };
  return { ok: true, summary: checked.summary };
}
