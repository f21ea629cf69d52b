/**
 * Which URLs writer text may put on a page: links to http:, https: and mailto:
 * addresses or to this site, images from this site only. Bodies (src/lib/markup/mdx-body.ts)
 * and update messages (src/lib/markup/markdown.ts, src/lib/markup/message-links.ts) both ask here,
 * in the content check and again when they render.
 */
import type { Explained } from '../content/fix.ts';

/** A link is followed by a reader; an image is fetched on every visit. */
export type UrlUse = 'link' | 'image';

const LINK_SCHEMES = ['http', 'https', 'mailto'];
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Renderers percent-encode a destination's controls and spaces (`java&#x09;script:`
// reaches us as `java%09script:`). A browser would take that for a harmless path, but
// the writer wrote `javascript:`: escapes of controls and spaces count as those
// characters. Other escapes stay, as browsers keep them: `%6aavascript:` is a path.
const CONTROL_ESCAPE = /%(?:[01][0-9a-f]|20)/gi;

/**
 * The URL as a browser's URL parser reads it: C0 controls and spaces trimmed from the
 * ends, tab and newlines removed anywhere, `\` read as `/` (as it is for http and https).
 */
export function normalizeUrl(url: string): string {
  const decoded = url.replace(CONTROL_ESCAPE, (escape) => String.fromCharCode(Number.parseInt(escape.slice(1), 16)));
  return trimControls(decoded.replace(/[\t\n\r]/g, '')).replace(/\\/g, '/');
}

/** A loop, not /[\x00-\x20]+$/: that pattern takes quadratic time on a long run of spaces. */
function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

const PUBLIC_FILE = 'put the file under public/ and write /file.png';

/** Why `url` may not be used as a link or image on a reader's page; null when it may. */
export function urlProblem(url: string, use: UrlUse): Explained | null {
  const normalized = normalizeUrl(url);
  const scheme = SCHEME.exec(normalized)?.[1]?.toLowerCase();
  // Any run of letters before a colon is a scheme: quote only the start of a long one.
  const shown = scheme && scheme.length > 20 ? `${scheme.slice(0, 20)}…` : scheme;
  const otherSite = scheme === 'http' || scheme === 'https' || normalized.startsWith('//');
  if (use === 'image') {
    if (otherSite) return { message: 'an image from another site: every reader\'s visit would request it there', fix: PUBLIC_FILE };
    if (scheme) return { message: `an image with a ${shown}: URL`, fix: PUBLIC_FILE };
    return null;
  }
  if (scheme && !LINK_SCHEMES.includes(scheme)) {
    return {
      message: `a link to a ${shown}: URL, which a status page does not allow`,
      fix: 'link to an http:, https: or mailto: address, or to a page of this site like /history/',
    };
  }
  return null;
}
