/** Statuspage v2 summaries to pull, as upstreams send them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statuspageSummary } from '../../scripts/lib/bench/upstream-pages.ts';
import { REPO } from '../../scripts/lib/site-copy.ts';

/** The sample's stored carrier page: per-country groups, Smartfren degraded, Indosat in maintenance. */
export function sampleCarrierSummary(): Record<string, unknown> & { components: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(join(REPO, 'content/upstreams/nusantara-carrier.json'), 'utf8'));
}

/** A Statuspage-shaped page of `count` components, one degraded, as the benchmark serves. */
export const largeSummary = (count: number, prefix = 'c') => statuspageSummary(count, prefix);
