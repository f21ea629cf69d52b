// What a home page weighs as a reader receives it, for the bench and the size test alike:
// its HTML, an inlined stylesheet included, and each stylesheet it links, every file
// gzipped on its own as a host sends it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export function sizeOfBytes(bytes: Uint8Array): Size {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function sizeOfFile(path: string): Promise<Size> {
  return sizeOfBytes(await readFile(path));
}

export const sumSizes = (sizes: Size[]): Size => sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });

/** A page's stylesheets: the addresses it links and the texts it carries in <style>. */
export interface PageStylesheets {
  linked: string[];
  inline: string[];
}

export function pageStylesheets(html: string): PageStylesheets {
  return {
    linked: [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!),
    inline: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!),
  };
}

export interface HomeSize {
  /** The HTML file, with any inlined stylesheet in it. */
  html: Size;
  /** The stylesheets it links, each its own file. */
  linkedCss: Size;
  /** The stylesheet text it inlines, measured alone; already part of `html`. */
  inlineCss: Size;
  /** What the budget holds: the HTML and the linked stylesheets, gzipped. */
  gzipTotal: number;
}

/**
 * The home page at `page` (a path under `dist`, built for the root). A page with no
 * stylesheet at all would be light for the wrong reason, so it is refused.
 */
export async function homeSize(dist: string, page: string): Promise<HomeSize> {
  const bytes = await readFile(join(dist, page));
  const styles = pageStylesheets(bytes.toString('utf8'));
  if (styles.linked.length + styles.inline.length === 0) throw new Error(`${page} has no stylesheet, linked or inline`);
  const linkedCss = sumSizes(await Promise.all(styles.linked.map((href) => sizeOfFile(join(dist, href)))));
  const html = sizeOfBytes(bytes);
  return {
    html,
    linkedCss,
    inlineCss: sumSizes(styles.inline.map((text) => sizeOfBytes(Buffer.from(text)))),
    gzipTotal: html.gzip + linkedCss.gzip,
  };
}
