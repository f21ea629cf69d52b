import { ENGLISH } from '../../support/languages';
import { describe, expect, it } from 'vitest';
import { componentCalendar, maintenanceUid, siteCalendar } from '../../../src/lib/outputs/calendar';
import type { MaintenanceInput } from '../../../src/lib/content/types';
import { maintenance } from '../../support/builders';
import { TEST_NOW } from '../../support/clock';
import { HOSTILE_TITLE } from '../../support/hostile';
import { parseCalendar } from '../../support/ical';
import { TEST_SITE, testModel } from '../../support/model';


const hostile: MaintenanceInput = {
  ...maintenance('2027-03-01-hostile', ['2027-03-01T01:00:00+07:00', '2027-03-01T02:30:00+07:00'], [], ['verify-api']),
  title: `${HOSTILE_TITLE}; with, commas; and \\ a backslash`,
};
const model = testModel(
  [],
  [
    maintenance(
      '2027-01-14-migration',
      ['2027-01-14T01:00:00+07:00', '2027-01-14T03:00:00+07:00'],
      [['2026-11-20T10:00:00+07:00', 'scheduled'], ['2026-11-27T10:00:00+07:00', 'scheduled']],
      ['sms-telkomsel', 'verify-api'],
    ),
    maintenance('2026-10-18-done', ['2026-10-18T01:00:00Z', '2026-10-18T03:00:00Z'], [['2026-10-18T01:50:00Z', 'completed']]),
    hostile,
  ],
);
const text = siteCalendar(model, TEST_SITE, ENGLISH);
const calendar = parseCalendar(text);
const event = (slug: string) => calendar.events.find((candidate) => candidate.uid === maintenanceUid(slug, TEST_SITE.url));

describe('the site maintenance calendar', () => {
  it('is named after the site and holds every maintenance window, past and future', () => {
    expect(calendar.name).toBe('Kabar Cloud maintenance');
    expect(calendar.events.map((item) => item.uid).sort()).toEqual([
      '2026-10-18-done@status.kabar.example',
      '2027-01-14-migration@status.kabar.example',
      '2027-03-01-hostile@status.kabar.example',
    ]);
  });

  it('names events apart for two sites under paths of one host', () => {
    expect([maintenanceUid('a', 'https://owner.github.io/one/'), maintenanceUid('a', 'https://owner.github.io/two/')]).toEqual([
      'a@owner.github.io/one',
      'a@owner.github.io/two',
    ]);
  });

  it('gives each event exactly its window', () => {
    expect(event('2027-01-14-migration')).toMatchObject({ start: '2027-01-13T18:00:00.000Z', end: '2027-01-13T20:00:00.000Z' });
    expect(event('2026-10-18-done')).toMatchObject({ start: '2026-10-18T01:00:00.000Z', end: '2026-10-18T03:00:00.000Z' });
  });

  it('counts updates in SEQUENCE so a calendar takes a change as a change', () => {
    expect(event('2027-01-14-migration')?.sequence).toBe(2);
    expect(event('2027-03-01-hostile')?.sequence).toBe(0);
  });

  it('describes the affected components, every update newest first, and the page', () => {
    const description = event('2027-01-14-migration')?.description ?? '';
    expect(description).toMatch(/^Affected components: Telkomsel, Verify API\n\n/);
    expect(description.indexOf('scheduled at 2026-11-27T10:00:00+07:00')).toBeLessThan(
      description.indexOf('scheduled at 2026-11-20T10:00:00+07:00'),
    );
    expect(event('2027-01-14-migration')?.url).toBe('https://status.kabar.example/maintenance/2027-01-14-migration/');
  });

  it('keeps a hostile title exact', () => {
    expect(event('2027-03-01-hostile')?.summary).toBe(`Maintenance: ${hostile.title}`);
  });

  it('is the same text for the same content and clock, and stamped only with their times', () => {
    expect(siteCalendar(model, TEST_SITE, ENGLISH)).toBe(text);
    expect(text).toContain('DTSTAMP:20261127T030000Z');
    expect(text).toContain(`DTSTAMP:${TEST_NOW.toISOString().replace(/[-:]|\.\d+/g, '')}`);
  });
});

describe('a component maintenance calendar', () => {
  it.each([
    ['verify-api', ['2027-01-14-migration', '2027-03-01-hostile']],
    ['sms-telkomsel', ['2026-10-18-done', '2027-01-14-migration']],
    ['sms-smartfren', []],
  ])('of %s holds only the windows that touch it, with the same UIDs', (id, slugs) => {
    const component = model.components.find((candidate) => candidate.id === id);
    if (!component) throw new Error(`no component ${id}`);
    const parsed = parseCalendar(componentCalendar(model, component, TEST_SITE, ENGLISH));
    expect(parsed.name).toBe(`Kabar Cloud maintenance: ${component.name}`);
    expect(parsed.events.map((item) => item.uid)).toEqual(slugs.map((slug) => maintenanceUid(slug, TEST_SITE.url)));
  });
});
