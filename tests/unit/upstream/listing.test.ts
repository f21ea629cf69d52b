import { describe, expect, it } from 'vitest';
import { upstreamListing } from '../../../src/lib/upstream/listing';
import { checkSummary, type UpstreamSummary } from '../../../src/lib/upstream/summary';
import { sampleCarrierSummary } from '../../support/upstreams';

const summaryOf = (document: unknown) => {
  const checked = checkSummary(document);
  if (!checked.ok) throw new Error(checked.detail);
  return checked.summary;
};

describe('the upstream listing', () => {
  it('lists groups, then their components with ids and status in words', () => {
    const lines = upstreamListing(summaryOf(sampleCarrierSummary()));
    expect(lines[0]).toBe('Nusantara Carrier Exchange: Minor Service Outage');
    expect(lines[1]).toBe('12 components; unresolved incidents: 1; maintenance in progress: 1.');
    expect(lines).toContain('Indonesia (group grp-id0001aa, degraded performance)');
    expect(lines).toContain('  ncx-id-sf    Smartfren (Indonesia) (degraded performance)');
    expect(lines.slice(-2)).toEqual(['Not in a group', '  ncx-smpp-api  SMPP and HTTP API (operational)']);
  });

  it('keeps an upstream name from writing to the terminal', () => {
    const summary: UpstreamSummary = summaryOf({ page: { id: 'p', name: 'P\u001b[2J' }, status: { indicator: 'none', description: 'fine' }, components: [{ id: 'a', name: 'A\nB', status: 'operational' }] });
    const text = upstreamListing(summary).join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Components\n  a  A B (operational)');
  });
});
