/** Text made safe for XML and HTML, for the outputs that are built as strings. */

/** Characters XML 1.0 forbids even escaped: a pasted control character must not break a feed or badge. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escaped for element text and quoted attributes alike; `>` too, so `]]>` can never close a CDATA section. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
