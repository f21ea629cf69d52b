import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../../src/lib/outputs/sitemap';

const LANGUAGES = ['en', 'id'];

describe('sitemapAlternates', () => {
  it("names a page's version in every language, from either one", () => {
    const both = [
      { url: 'https://status.kabar.example/incidents/a/', lang: 'en' },
      { url: 'https://status.kabar.example/id/incidents/a/', lang: 'id' },
    ];
    expect(sitemapAlternates('https://status.kabar.example/incidents/a/', 'https://status.kabar.example', LANGUAGES)).toEqual(both);
    expect(sitemapAlternates('https://status.kabar.example/id/incidents/a/', 'https://status.kabar.example/', LANGUAGES)).toEqual(both);
    expect(sitemapAlternates('https://status.kabar.example/', 'https://status.kabar.example', LANGUAGES).map((link) => link.url)).toEqual([
      'https://status.kabar.example/',
      'https://status.kabar.example/id/',
    ]);
  });

  it('reads the language from the first folder under the site path only', () => {
    expect(sitemapAlternates('https://owner.github.io/statuswire/incidents/id/', 'https://owner.github.io/statuswire/', LANGUAGES)).toEqual([
      { url: 'https://owner.github.io/statuswire/incidents/id/', lang: 'en' },
      { url: 'https://owner.github.io/statuswire/id/incidents/id/', lang: 'id' },
    ]);
    expect(sitemapAlternates('https://owner.github.io/statuswire/id/history/2/', 'https://owner.github.io/statuswire', LANGUAGES)[0]?.url).toBe(
      'https://owner.github.io/statuswire/history/2/',
    );
  });

  it('names none for a site in one language, or a URL outside the site', () => {
    expect(sitemapAlternates('https://status.kabar.example/history/', 'https://status.kabar.example', ['en'])).toEqual([]);
    expect(sitemapAlternates('https://elsewhere.example/history/', 'https://status.kabar.example', LANGUAGES)).toEqual([]);
  });
});
