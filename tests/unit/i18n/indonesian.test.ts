import { describe, expect, it } from 'vitest';
import { dictionary } from '../../../src/lib/i18n/dictionary';
import { en } from '../../../src/lib/i18n/en';
import { escapeHtml } from '../../../src/lib/i18n/html';
import { id } from '../../../src/lib/i18n/id';
import { dictionaryEntries } from '../../../src/lib/i18n/keys';
import { SHARED_WORDS } from '../../../src/lib/i18n/shared';

/** A value as a reader sees it: a word as it is, a phrase with sample arguments filled in. */
function worded(value: unknown): string {
  return typeof value === 'function' ? String((value as (...args: string[]) => unknown)(...Array<string>(value.length).fill('X3'))) : String(value);
}

const english = new Map(dictionaryEntries(en).map(([path, value]) => [path, worded(value)]));
const indonesian = dictionaryEntries(id).map(([path, value]): [string, string] => [path, worded(value)]);

describe('Bahasa Indonesia', () => {
  it('is registered', () => {
    expect(dictionary('id')).toBe(id);
  });

  it('words every entry differently from English, but for the shared words', () => {
    const same = indonesian.filter(([path, text]) => english.get(path) === text && !SHARED_WORDS.has(path)).map(([path]) => path);
    expect(same).toEqual([]);
  });

  it('shares only words that really are the same, so the list stays honest', () => {
    const differing = [...SHARED_WORDS].filter((path) => english.get(path) !== indonesian.find(([key]) => key === path)?.[1]);
    expect(differing).toEqual([]);
  });

  it('words every key with text', () => {
    expect(indonesian.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('names itself and offers itself in its own words', () => {
    expect([en.language.name, id.language.name]).toEqual(['English', 'Bahasa Indonesia']);
    expect([en.language.readIn, id.language.readIn]).toEqual(['Read in English', 'Baca dalam Bahasa Indonesia']);
    expect([en.language.tag, id.language.tag]).toEqual(['en', 'id']);
  });

  it('words the statuses as Indonesian status pages do', () => {
    expect(id.overallFromComponent.operational).toBe('Semua Sistem Beroperasi');
    expect(id.componentStatus.partial_outage).toBe('Gangguan sebagian');
    expect(id.componentStatus.degraded_performance).toBe('Performa menurun');
    expect(id.incidentStatus.investigating).toBe('Sedang diselidiki');
    expect(id.incident.impactLabel(id.impact.major)).toBe('Dampak besar');
    expect(id.incident.impactLabel(id.impact.none)).toBe('Tanpa dampak');
    expect(id.uptime.eventCount(2)).toBe('2 insiden atau pemeliharaan');
  });
});

describe('escapeHtml', () => {
  it('escapes as Astro escapes an expression, so a hostile provider name stays text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')"> & co`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co');
    expect(en.upstream.moreEvents.linkHtml(escapeHtml('<b>Tel & Co</b>'))).toBe("&lt;b&gt;Tel &amp; Co&lt;/b&gt;'s page");
  });
});
