import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from './dist';
import { parseCalendar } from './ical';

/** A link found in a built file, as written there. */
interface Link {
  file: string;
  link: string;
}

/**
 * Every link of a built site that does not lead to one of its files, one line each
 * (`file  link  why`). `siteUrl` is the URL the site was built for: a path on its host
 * outside its path misses the site, as every `/…` link does under a sub-path.
 */
export async function brokenLinks(dist: string, siteUrl: string): Promise<string[]> {
  const site = new URL(siteUrl);
  const files = await listFiles(dist);
  const links: Link[] = [];
  for (const file of files) {
    const text = await readFile(join(dist, file), 'utf8').catch(() => '');
    for (const link of linksIn(file, text)) links.push({ file, link });
  }
  const problems: string[] = [];
  // Each page's ids are read once: an uptime bar alone links 90 times into one page.
  const ids = new Map<string, Promise<Set<string>>>();
  const idsOf = (target: string) => {
    let found = ids.get(target);
    if (!found) {
      found = readFile(join(dist, target), 'utf8').then((html) => {
        const { document } = parseHTML(html);
        return new Set([...document.querySelectorAll('[id]')].map((element) => element.getAttribute('id') ?? ''));
      });
      ids.set(target, found);
    }
    return found;
  };
  for (const { file, link } of links) {
    const why = await problemOf(dist, file, link, site, idsOf);
    if (why) problems.push(`${file}  ${link}  ${why}`);
  }
  return problems;
}

function linksIn(file: string, text: string): string[] {
  if (file.endsWith('.html')) return htmlLinks(text);
  if (/\.(rss|atom|xml)$/.test(file)) return xmlLinks(text);
  if (file.endsWith('.ics')) return parseCalendar(text).events.flatMap((event) => (event.url ? [event.url] : []));
  if (file.endsWith('.json')) return jsonLinks(JSON.parse(text) as unknown);
  if (file === 'robots.txt') return [...text.matchAll(/^(?:Allow|Disallow|Sitemap):\s*(\S+)/gm)].map((match) => match[1] ?? '');
  return [];
}

function htmlLinks(html: string): string[] {
  const { document } = parseHTML(html);
  return [
    ...[...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
    ...[...document.querySelectorAll('[src]')].map((element) => element.getAttribute('src') ?? ''),
    // og:url and the like: absolute URLs only, so text in other meta tags is not read as a link.
    ...[...document.querySelectorAll('meta[content^="http"]')].map((element) => element.getAttribute('content') ?? ''),
  ];
}

/** Feed and sitemap links: `<link href>`, RSS's `<link>` text, and `<loc>`. */
function xmlLinks(xml: string): string[] {
  const { document } = parseHTML(`<root>${xml.replace(/^<\?xml[^>]*>/, '')}</root>`);
  return [
    ...[...document.querySelectorAll('link')].map((element) => element.getAttribute('href') ?? element.textContent ?? ''),
    ...[...document.querySelectorAll('loc')].map((element) => element.textContent ?? ''),
  ];
}

/** The API's links: every `shortlink`, and `page.url`. */
function jsonLinks(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'shortlink' || key === 'page.url' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((entry) => jsonLinks(entry));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, entry]) => jsonLinks(entry, key === 'page' ? `page.${name}` : name));
}

async function problemOf(
  dist: string,
  file: string,
  link: string,
  site: URL,
  idsOf: (target: string) => Promise<Set<string>>,
): Promise<string | null> {
  const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
  const url = new URL(link, pageUrl);
  if (url.protocol === 'webcal:') url.protocol = site.protocol;
  if (url.origin !== site.origin) return null;
  // `${pathname}/`: the API's page.url names the site's folder without its slash.
  if (!`${url.pathname}/`.startsWith(site.pathname)) return `is outside the site's path ${site.pathname}`;
  const path = decodeURIComponent(url.pathname.slice(site.pathname.length));
  const target = [path.endsWith('/') || path === '' ? `${path}index.html` : path, `${path}/index.html`].find((candidate) =>
    statSync(join(dist, candidate), { throwIfNoEntry: false })?.isFile(),
  );
  if (!target) return 'leads to no file';
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && target.endsWith('.html')) {
    if (!(await idsOf(target)).has(id)) return `has no element with id "${id}" in ${target}`;
  }
  return null;
}
