// Statuspage-shaped summaries of a given size, for the benchmark's upstream pull and the
// tests' bounds: components in groups of 30 rows, one degraded, and an open incident.
export function statuspageSummary(count: number, prefix = 'c'): Record<string, unknown> {
  const pageId = `${prefix}page`;
  const components = Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${String(index).padStart(6, '0')}`,
    name: `Region ${Math.floor(index / 30)} service ${index}`,
    status: index === 7 ? 'degraded_performance' : 'operational',
    created_at: '2024-01-01T00:00:00.000Z',
    updated_at: '2026-11-28T05:00:00.000Z',
    position: index + 1,
    description: 'A service of a large provider, described in one sentence.',
    showcase: false,
    start_date: null,
    group_id: null,
    page_id: pageId,
    group: false,
    only_show_if_degraded: false,
  }));
  return {
    page: { id: pageId, name: `Provider ${prefix}`, url: 'https://status.provider.example', time_zone: 'Etc/UTC', updated_at: '2026-11-28T05:00:00.000Z' },
    status: { indicator: 'minor', description: 'Minor Service Outage' },
    components,
    incidents: [{
      id: `${prefix}inc1`,
      name: 'Elevated error rates',
      status: 'investigating',
      impact: 'minor',
      created_at: '2026-11-28T04:00:00.000Z',
      updated_at: '2026-11-28T04:30:00.000Z',
      shortlink: 'https://stspg.io/x',
      components: [components[7]],
      incident_updates: [],
    }],
    scheduled_maintenances: [],
  };
}
