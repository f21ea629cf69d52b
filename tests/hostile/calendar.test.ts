import { ENGLISH } from '../support/languages';
import { describe, expect, it } from 'vitest';
import { componentCalendar, maintenanceUid, siteCalendar } from '../../src/lib/outputs/calendar';
import { metricsConfigSchema } from '../../src/lib/metrics/config';
import { buildStatusModel } from '../../src/lib/status/model';
import type { ComponentsFile } from '../../src/lib/content/schemas';
import type { MaintenanceInput } from '../../src/lib/content/types';
import { TEST_NOW } from '../support/clock';
import { parseCalendar } from '../support/ical';
import { TEST_SITE } from '../support/model';


/**
 * Text that got past the schema (an older build, a bug, another writer of the model)
 * must still not forge calendar content: each field carries a whole event after a line
 * break, in every spelling of one a calendar reader might honour.
 */
const FORGED_EVENT = 'BEGIN:VEVENT\r\nUID:forged@evil.example\r\nSUMMARY:Forged\r\nDTSTART:20270101T000000Z\r\nEND:VEVENT';
const forged = (text: string) => `${text}\r\n${FORGED_EVENT}\r\nX-A:\n\r\u2028\u0085\u000b\t\u0000end`;
const neutral = (text: string) => `${text} ${FORGED_EVENT.replaceAll('\r\n', ' ')} X-A: end`;

const components: ComponentsFile = {
  groups: [{ id: 'core', name: forged('Core'), components: [{ id: 'api', name: forged('API') }] }],
};
const window: MaintenanceInput = {
  slug: '2027-03-01-upgrade',
  title: forged('Upgrade'),
  components: ['api'],
  window: { start: new Date('2027-03-01T01:00:00Z'), end: new Date('2027-03-01T02:00:00Z') },
  updates: [{ at: new Date('2026-11-20T10:00:00Z'), status: 'scheduled', message: forged('Planned.\nSecond line.') }],
};
const model = buildStatusModel({
  components,
  incidents: [],
  maintenance: [window],
  metrics: { snapshot: null, report: null, problems: [] },
  metricsConfig: metricsConfigSchema.parse({}),
  now: TEST_NOW,
});
const site = { ...TEST_SITE, name: forged('Kabar') };
const api = model.components.find((component) => component.id === 'api');
if (!api) throw new Error('no component api');

const calendars = {
  site: siteCalendar(model, site, ENGLISH),
  component: componentCalendar(model, api, site, ENGLISH),
};

describe.each(Object.entries(calendars))('the %s calendar built from forged names', (_, text) => {
  it('holds exactly the one real event', () => {
    expect(parseCalendar(text).events.map((event) => event.uid)).toEqual([maintenanceUid(window.slug, site.url)]);
    expect(text.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('has no line that holds a control character or starts a property the writer typed', () => {
    const lines = text.split('\r\n');
    expect(lines.filter((line) => /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(line))).toEqual([]);
    expect(lines.filter((line) => /^(UID:forged|SUMMARY:Forged|DTSTART:2027010|X-A)/.test(line))).toEqual([]);
  });

  it('keeps the forged text as words in the name and summary, and as lines of the description', () => {
    const calendar = parseCalendar(text);
    const [event] = calendar.events;
    expect(calendar.name?.startsWith(`${neutral('Kabar')} maintenance`)).toBe(true);
    expect(event?.summary).toBe(`Maintenance: ${neutral('Upgrade')}`);
    expect(event?.description).toContain(`Affected components: ${neutral('API')}\n\n`);
    expect(event?.description).toContain(
      ':\nPlanned.\nSecond line.\nBEGIN:VEVENT\nUID:forged@evil.example\nSUMMARY:Forged\nDTSTART:20270101T000000Z\nEND:VEVENT\nX-A:\n\n\n end\n\n',
    );
  });
});

it('names a component calendar after the component, on one line', () => {
  expect(parseCalendar(calendars.component).name).toBe(`${neutral('Kabar')} maintenance: ${neutral('API')}`);
});

it('writes a UID from a forged slug on one line', () => {
  const text = siteCalendar({ ...model, maintenance: [{ ...model.maintenance[0]!, slug: forged('slug') }] }, site, ENGLISH);
  expect(parseCalendar(text).events.map((event) => event.uid)).toEqual([`${neutral('slug')}@status.kabar.example`]);
});
