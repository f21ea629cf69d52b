import { describe, expect, it } from 'vitest';
import { siteLanguages } from '../../../src/lib/i18n/languages';
import { listPageInputs, listPageShowsClock, type ListPage } from '../../../src/lib/rebuild/list-pages';
import { pageDigest } from '../../../src/lib/rebuild/unchanged-pages';
import type { IncidentInput } from '../../../src/lib/content/types';
import { incident, maintenance } from '../../support/builders';
import { testModel } from '../../support/model';

const languages = siteLanguages(['en', 'id']);
const english = languages[0]!;
const indonesian = languages[1]!;
const past = [
  incident('older', [['2026-10-01T01:00:00Z', 'investigating'], ['2026-10-01T02:00:00Z', 'resolved']]),
  incident('old', [['2026-11-01T01:00:00Z', 'investigating'], ['2026-11-01T04:00:00Z', 'resolved']]),
];

/** The site's whole history as one page, at `now`. */
function pageAt(now: string, incidents: readonly IncidentInput[] = past, windows = [maintenance('done', ['2026-09-01T01:00:00Z', '2026-09-01T03:00:00Z'])]): ListPage {
  return { items: testModel(incidents, windows, new Date(now)).history, current: 2, total: 3 };
}

const digest = (page: ListPage, now: string, language = english) => pageDigest(listPageInputs(page, language, new Date(now)));

describe('a page of a history list', () => {
  it('of past entries alone shows no clock and reads the same at a later clock', () => {
    expect(listPageShowsClock(pageAt('2026-11-28T06:00:00Z'))).toBe(false);
    expect(digest(pageAt('2026-11-29T06:00:00Z'), '2026-11-29T06:00:00Z')).toBe(digest(pageAt('2026-11-28T06:00:00Z'), '2026-11-28T06:00:00Z'));
  });

  it('with an ongoing or upcoming entry shows the clock and changes with it', () => {
    const open = [...past, incident('open', [['2026-11-28T01:00:00Z', 'investigating']])];
    expect(listPageShowsClock(pageAt('2026-11-28T06:00:00Z', open))).toBe(true);
    expect(digest(pageAt('2026-11-28T06:10:00Z', open), '2026-11-28T06:10:00Z')).not.toBe(digest(pageAt('2026-11-28T06:00:00Z', open), '2026-11-28T06:00:00Z'));
    const upcoming = pageAt('2026-11-28T06:00:00Z', past, [maintenance('next', ['2026-12-10T01:00:00Z', '2026-12-10T03:00:00Z'])]);
    expect(listPageShowsClock(upcoming)).toBe(true);
  });

  it('changes with what an entry shows, its place among the pages and its language', () => {
    const now = '2026-11-28T06:00:00Z';
    const base = digest(pageAt(now), now);
    const retitled = [past[0]!, { ...past[1]!, title: 'Delivery delays to Indosat' }];
    expect(digest(pageAt(now, retitled), now)).not.toBe(base);
    const translated = [past[0]!, { ...past[1]!, translations: { id: { title: 'Keterlambatan pengiriman', updates: [] } } }];
    expect(digest(pageAt(now, translated), now, indonesian)).not.toBe(digest(pageAt(now), now, indonesian));
    expect(digest({ ...pageAt(now), total: 4 }, now)).not.toBe(base);
    expect(digest(pageAt(now), now, indonesian)).not.toBe(base);
  });
});
