/**
 * The site's one stylesheet, src/styles/global.css after Tailwind and minification: the
 * hashed file in the assets folder that pages link, the text the home pages inline, and
 * the hash the policy allows that text by. Every page and the `_headers` file take it
 * from here, so the hash is always that of the text the pages carry.
 * Only Vite resolves these imports, so this is Astro glue, not src/lib.
 */
import href from '../styles/global.css?url';
import text from '../styles/global.css?inline';
import { styleHash, type StyleHash } from '../lib/outputs/csp';

export interface Stylesheet {
  /** The built file's path, under the site's base. */
  href: string;
  /** The file's CSS, to put between `<style>` and `</style>`. */
  text: string;
  hash: StyleHash;
}

export const STYLESHEET: Stylesheet = { href, text, hash: styleHash(text) };
