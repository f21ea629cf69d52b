import { describe, expect, it } from 'vitest';
import { LIST_LIMIT, maintenanceStatus, statuspageApi } from '../../../src/lib/outputs/api/statuspage';
import { apiDocumentSchemas } from '../../../src/lib/outputs/api/statuspage-schema';
import { deriveMaintenance } from '../../../src/lib/status/maintenance';
import { API_PATHS, type ApiDocumentName } from '../../../src/lib/outputs/urls';
import type { MaintenanceStatus } from '../../../src/lib/content/types';
import { incident, maintenance } from '../../support/builders';
import { TEST_NOW } from '../../support/clock';
import { TEST_SITE, testModel } from '../../support/model';

const model = testModel(
  [
    incident('2026-01-12-smartfren', [['2026-01-12T02:40:00Z', 'investigating'], ['2026-11-20T03:00:00Z', 'monitoring'], ['2026-11-27T03:00:00Z', 'identified']], {
      title: 'Smartfren delays',
      impact: 'major',
      components: [
        { id: 'verify-api', status: 'degraded_performance' },
        { id: 'sms-smartfren', status: 'partial_outage' },
      ],
    }),
    incident('2026-11-25-telkomsel', [['2026-11-25T07:20:00Z', 'investigating'], ['2026-11-25T09:50:00Z', 'resolved']], {
      components: [{ id: 'sms-telkomsel', status: 'major_outage' }],
    }),
  ],
  [
    maintenance('2027-01-14-migration', ['2027-01-14T01:00:00Z', '2027-01-14T03:00:00Z'], [['2026-11-20T03:00:00Z', 'scheduled']]),
    maintenance('2026-11-28-now', ['2026-11-28T05:00:00Z', '2026-11-28T07:00:00Z'], [], ['verify-api']),
    maintenance('2026-10-18-done', ['2026-10-18T01:00:00Z', '2026-10-18T03:00:00Z'], [['2026-10-18T01:50:00Z', 'completed']]),
  ],
);
const api = statuspageApi(model, TEST_SITE);
const names = Object.keys(API_PATHS) as ApiDocumentName[];

describe('statuspageApi', () => {
  it.each(names)('builds a %s document that the Statuspage schema accepts, also as JSON', (name) => {
    expect(() => apiDocumentSchemas[name].parse(api[name])).not.toThrow();
    expect(apiDocumentSchemas[name].safeParse(JSON.parse(JSON.stringify(api[name]))).success).toBe(true);
  });

  it('describes the page with its host as id and the build clock as updated_at', () => {
    expect(api.summary.page).toEqual({
      id: 'status.kabar.example',
      name: 'Kabar Cloud',
      url: 'https://status.kabar.example',
      time_zone: 'Etc/UTC',
      updated_at: TEST_NOW.toISOString(),
    });
  });

  it("gives the model's overall status, worded by the model", () => {
    expect(api.status.status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    expect(api.summary.status).toEqual(api.status.status);
  });

  it('lists each group row before its components, with the statuses of the model', () => {
    expect(api.components.components.map((row) => [row.id, row.group, row.group_id, row.position, row.status])).toEqual([
      ['sms-delivery', true, null, 1, 'partial_outage'],
      ['sms-smartfren', false, 'sms-delivery', 1, 'partial_outage'],
      ['sms-telkomsel', false, 'sms-delivery', 2, 'operational'],
      ['apis', true, null, 2, 'degraded_performance'],
      ['verify-api', false, 'apis', 1, 'degraded_performance'],
    ]);
    const group = api.components.components[0];
    expect(group?.group && group.components).toEqual(['sms-smartfren', 'sms-telkomsel']);
  });

  it('puts only unresolved incidents in the summary, each update newest first with a stable id', () => {
    expect(api.summary.incidents.map((item) => item.id)).toEqual(['2026-01-12-smartfren']);
    expect(api.unresolvedIncidents.incidents).toEqual(api.summary.incidents);
    const [active] = api.summary.incidents;
    expect(active?.incident_updates.map((update) => [update.id, update.status])).toEqual([
      ['2026-01-12-smartfren-update-3', 'identified'],
      ['2026-01-12-smartfren-update-2', 'monitoring'],
      ['2026-01-12-smartfren-update-1', 'investigating'],
    ]);
    expect(active).toMatchObject({
      name: 'Smartfren delays',
      status: 'identified',
      impact: 'major',
      created_at: '2026-01-12T02:40:00.000Z',
      started_at: '2026-01-12T02:40:00.000Z',
      updated_at: '2026-11-27T03:00:00.000Z',
      monitoring_at: '2026-11-20T03:00:00.000Z',
      resolved_at: null,
      shortlink: 'https://status.kabar.example/incidents/2026-01-12-smartfren/',
    });
    expect(active?.components.map((row) => [row.id, row.status])).toEqual([
      ['verify-api', 'degraded_performance'],
      ['sms-smartfren', 'partial_outage'],
    ]);
  });

  it('lists every incident newest first, with its resolution', () => {
    expect(api.incidents.incidents.map((item) => [item.id, item.status, item.resolved_at])).toEqual([
      ['2026-11-25-telkomsel', 'resolved', '2026-11-25T09:50:00.000Z'],
      ['2026-01-12-smartfren', 'identified', null],
    ]);
  });

  it('keeps the incident list to the 50 most recent, as Statuspage does', () => {
    const many = Array.from({ length: LIST_LIMIT + 5 }, (_, day) =>
      incident(`2026-09-${String(day + 1).padStart(2, '0')}-x`, [[new Date(Date.UTC(2026, 5, day + 1)).toISOString(), 'investigating']]),
    );
    const documents = statuspageApi(testModel(many), TEST_SITE);
    expect(documents.incidents.incidents).toHaveLength(LIST_LIMIT);
    expect(documents.incidents.incidents[0]?.created_at).toBe(new Date(Date.UTC(2026, 5, LIST_LIMIT + 5)).toISOString());
    expect(documents.unresolvedIncidents.incidents).toHaveLength(LIST_LIMIT + 5);
  });

  it('splits maintenance into upcoming and active, both in the summary', () => {
    expect(api.upcomingMaintenances.scheduled_maintenances.map((item) => [item.id, item.status])).toEqual([
      ['2027-01-14-migration', 'scheduled'],
    ]);
    expect(api.activeMaintenances.scheduled_maintenances.map((item) => [item.id, item.status])).toEqual([
      ['2026-11-28-now', 'in_progress'],
    ]);
    expect(api.summary.scheduled_maintenances.map((item) => item.id)).toEqual(['2026-11-28-now', '2027-01-14-migration']);
    expect(api.scheduledMaintenances.scheduled_maintenances.map((item) => [item.id, item.status, item.resolved_at])).toEqual([
      ['2027-01-14-migration', 'scheduled', null],
      ['2026-11-28-now', 'in_progress', null],
      ['2026-10-18-done', 'completed', '2026-10-18T01:50:00.000Z'],
    ]);
  });

  it('gives each maintenance its window and impact "maintenance"', () => {
    const [upcoming] = api.upcomingMaintenances.scheduled_maintenances;
    expect(upcoming).toMatchObject({
      impact: 'maintenance',
      scheduled_for: '2027-01-14T01:00:00.000Z',
      scheduled_until: '2027-01-14T03:00:00.000Z',
      created_at: '2026-11-20T03:00:00.000Z',
      shortlink: 'https://status.kabar.example/maintenance/2027-01-14-migration/',
    });
    expect(upcoming?.incident_updates.map((update) => update.id)).toEqual(['2027-01-14-migration-update-1']);
  });
});

describe('maintenanceStatus', () => {
  const window: [string, string] = ['2026-11-28T05:00:00Z', '2026-11-28T07:00:00Z'];
  const cases: [name: string, updates: [string, MaintenanceStatus][], now: string, expected: MaintenanceStatus][] = [
    ['before the window', [], '2026-11-28T04:00:00Z', 'scheduled'],
    ['in the window', [], '2026-11-28T06:00:00Z', 'in_progress'],
    ['after the window', [], '2026-11-28T08:00:00Z', 'completed'],
    ['verifying past the window', [['2026-11-28T06:30:00Z', 'verifying']], '2026-11-28T08:00:00Z', 'verifying'],
    ['completed early', [['2026-11-28T05:30:00Z', 'completed']], '2026-11-28T06:00:00Z', 'completed'],
  ];
  it.each(cases)("is Statuspage's word for the model's state %s", (_, updates, now, expected) => {
    const derived = deriveMaintenance(maintenance('m', window, updates), new Date(now));
    expect(maintenanceStatus(derived)).toBe(expected);
  });
});

describe('the Statuspage schema', () => {
  const summary = () => structuredClone(api.summary);

  it('rejects a time without an offset', () => {
    const document = summary();
    document.page.updated_at = '2026-11-28T06:00:00';
    expect(apiDocumentSchemas.summary.safeParse(document).success).toBe(false);
  });

  it('rejects a status Statuspage does not know', () => {
    const document = summary();
    Object.assign(document.status, { indicator: 'degraded' });
    expect(apiDocumentSchemas.summary.safeParse(document).success).toBe(false);
  });

  it('rejects updates listed oldest first', () => {
    const document = summary();
    document.incidents[0]?.incident_updates.reverse();
    const result = apiDocumentSchemas.summary.safeParse(document);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['incident_updates must be newest first']);
  });

  it('rejects a field Statuspage does not have', () => {
    const document = summary();
    Object.assign(document.page, { slug: 'x' });
    expect(apiDocumentSchemas.summary.safeParse(document).success).toBe(false);
  });
});
