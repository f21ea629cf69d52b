import { describe, expect, it } from 'vitest';
import { describeIssue, fieldName } from '../../../src/lib/content/problems';
import { componentsFileSchema, incidentSchema, maintenanceSchema } from '../../../src/lib/content/schemas';
import { TEST_NOW } from '../../support/clock';
import { COMPONENT_IDS, validIncident, validMaintenance } from '../../support/fixtures';

const context = { componentIds: COMPONENT_IDS, now: TEST_NOW };
const incidents = incidentSchema(context);
const maintenance = maintenanceSchema(context);

/** Each problem as "field: message  (fix)", the way the build prints it. */
function problems(schema: typeof incidents | typeof maintenance, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { path, message, fix } = describeIssue(issue);
    return `${fieldName(path)}: ${message}  (${fix})`;
  });
}

describe('incident schema', () => {
  it('accepts a valid incident and reads timestamps from their text', () => {
    const result = incidents.parse(validIncident());
    expect(result.updates[0]?.at.toISOString()).toBe('2026-01-12T02:40:00.000Z');
    expect(result.components).toEqual([{ id: 'sms-smartfren', status: 'partial_outage' }]);
  });

  it('defaults components to none, for informational incidents', () => {
    const { components: _, ...rest } = validIncident();
    expect(incidents.parse({ ...rest, impact: 'none' }).components).toEqual([]);
  });

  it('rejects a timestamp without an offset', () => {
    const data = validIncident();
    (data.updates as { at: string }[])[0]!.at = '2026-01-12T09:40:00';
    expect(problems(incidents, data)).toEqual([
      'updates[0].at: "2026-01-12T09:40:00" has no time zone  (add an offset such as "2026-01-12T09:40:00+07:00" (WIB) or "2026-01-12T09:40:00Z" (UTC))',
    ]);
  });

  it('rejects updates out of time order', () => {
    const data = validIncident();
    (data.updates as { at: string }[])[1]!.at = '2026-01-12T09:00:00+07:00';
    expect(problems(incidents, data)).toEqual([
      'updates[1].at: update 2 is not later than update 1  (list updates oldest first, each later than the one before)',
    ]);
  });

  it('rejects "resolved" anywhere but last', () => {
    const data = validIncident();
    (data.updates as { status: string }[])[0]!.status = 'resolved';
    expect(problems(incidents, data)).toEqual([
      'updates[0].status: "resolved" must be the last update  (change this status or move the later updates before it)',
    ]);
  });

  it('rejects an unknown component and lists the valid ids', () => {
    const data = validIncident();
    data.components = [{ id: 'sms-smartfern', status: 'partial_outage' }];
    expect(problems(incidents, data)).toEqual([
      'components[0].id: unknown component "sms-smartfern"  (use one of the ids in content/components.yaml: sms-smartfren, sms-telkomsel, verify-api)',
    ]);
  });

  it('rejects a component listed twice', () => {
    const data = validIncident();
    data.components = [
      { id: 'sms-smartfren', status: 'partial_outage' },
      { id: 'sms-smartfren', status: 'major_outage' },
    ];
    expect(problems(incidents, data)).toEqual([
      'components[1].id: component "sms-smartfren" is listed twice  (list each affected component once)',
    ]);
  });

  it('rejects an update after the build clock', () => {
    const data = validIncident();
    (data.updates as { at: string }[])[1]!.at = '2026-11-28T06:00:01Z';
    expect(problems(incidents, data)).toEqual([
      'updates[1].at: this time is in the future (build clock 2026-11-28T06:00:00.000Z)  (an update records what already happened, so give the time it was posted)',
    ]);
  });

  it('names missing fields, wrong enums and unknown fields', () => {
    const { title: _, ...data } = validIncident();
    expect(problems(incidents, { ...data, impact: 'huge', severity: 'x' })).toEqual([
      'title: is missing  (add "title:" with a string value)',
      'impact: "huge" is not allowed  (use one of: none, minor, major, critical)',
      'severity: unknown field "severity"  (check the spelling or remove it)',
    ]);
  });

  it('rejects a component status outside the incident statuses', () => {
    const data = validIncident();
    data.components = [{ id: 'sms-smartfren', status: 'operational' }];
    expect(problems(incidents, data)).toEqual([
      'components[0].status: "operational" is not allowed  (use one of: degraded_performance, partial_outage, major_outage)',
    ]);
  });

  it('requires at least one update with a message', () => {
    expect(problems(incidents, { ...validIncident(), updates: [] })).toEqual(['updates: has no update  (add at least one update)']);
    const data = validIncident();
    (data.updates as { message: string }[])[0]!.message = '  ';
    expect(problems(incidents, data)).toEqual(['updates[0].message: must not be empty  (write some text here)']);
  });

  it('reports independent mistakes together', () => {
    const data = validIncident();
    data.impact = 'severe';
    data.components = [{ id: 'nope', status: 'partial_outage' }];
    (data.updates as { at: string }[])[0]!.at = '2026-01-12 09:40';
    expect(problems(incidents, data).map((problem) => problem.split(':')[0])).toEqual([
      'impact',
      'components[0].id',
      'updates[0].at',
    ]);
  });
});

describe('maintenance schema', () => {
  it('accepts a valid window in the future of the clock', () => {
    expect(maintenance.parse(validMaintenance()).window.start.toISOString()).toBe('2027-01-13T18:00:00.000Z');
  });

  it('rejects a window that ends before it starts', () => {
    const data = validMaintenance();
    data.window = { start: '2027-01-14T03:00:00+07:00', end: '2027-01-14T01:00:00+07:00' };
    expect(problems(maintenance, data)).toEqual([
      'window.end: the window must end after it starts  (set end later than start)',
    ]);
  });

  it('rejects an unknown component and a window time without offset', () => {
    const data = validMaintenance();
    data.components = ['sms-telkomsel', 'telkomsel'];
    data.window = { start: '2027-01-14T01:00:00', end: '2027-01-14T03:00:00+07:00' };
    expect(problems(maintenance, data).map((problem) => problem.split(':')[0])).toEqual([
      'components[1]',
      'window.start',
    ]);
  });

  it('rejects "completed" anywhere but last', () => {
    const data = validMaintenance();
    data.updates = [
      { at: '2026-11-20T10:00:00+07:00', status: 'completed', message: 'Done.' },
      { at: '2026-11-21T10:00:00+07:00', status: 'scheduled', message: 'Again.' },
    ];
    expect(problems(maintenance, data)).toEqual([
      'updates[0].status: "completed" must be the last update  (change this status or move the later updates before it)',
    ]);
  });
});

describe('components file schema', () => {
  it('rejects an id used twice and a badly formed id', () => {
    const result = componentsFileSchema.safeParse({
      groups: [
        { id: 'a', name: 'A', components: [{ id: 'x', name: 'X' }] },
        { id: 'b', name: 'B', components: [{ id: 'x', name: 'X again' }, { id: 'Bad Id', name: 'Bad' }] },
      ],
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`);
    expect(messages).toEqual([
      'groups[1].components[1].id: is not a valid id  (use lowercase letters, digits and hyphens only, like "sms-smartfren")',
      'groups[1].components[0].id: component id "x" is used twice  (give every component its own id)',
    ]);
  });

  it('rejects a component id used in two groups', () => {
    const result = componentsFileSchema.safeParse({
      groups: [
        { id: 'a', name: 'A', components: [{ id: 'x', name: 'X' }] },
        { id: 'b', name: 'B', components: [{ id: 'x', name: 'X again' }] },
      ],
    });
    expect(result.error?.issues.map((issue) => fieldName(issue.path))).toEqual(['groups[1].components[0].id']);
  });

  it('rejects a group id that a component or another group already uses', () => {
    const result = componentsFileSchema.safeParse({
      groups: [
        { id: 'voice', name: 'Voice', components: [{ id: 'calls', name: 'Calls' }] },
        { id: 'calls', name: 'Calls group', components: [{ id: 'sms', name: 'SMS' }] },
        { id: 'voice', name: 'Voice again', components: [{ id: 'apps', name: 'Apps' }] },
      ],
    });
    expect(result.error?.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`)).toEqual([
      'groups[1].id: group id "calls" is already used  (give every group and component its own id)',
      'groups[2].id: group id "voice" is already used  (give every group and component its own id)',
    ]);
  });
});
