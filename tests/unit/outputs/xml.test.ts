import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from '../../../src/lib/outputs/xml';

describe('escapeXml', () => {
  it('escapes markup, quotes and the CDATA terminator every time it appears', () => {
    expect(escapeXml(`<a href="x">'&'</a> ]]> ]]>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ]]&gt; ]]&gt;',
    );
  });

  it('keeps emoji and drops characters XML cannot carry', () => {
    expect(escapeXml('ok 🚨\u0007\u0000 \t\n')).toBe('ok 🚨 \t\n');
  });
});

describe('xmlSafe', () => {
  it('leaves markup alone but drops control characters and lone surrogates', () => {
    expect(xmlSafe('<p>a\u0001b\uD800c</p>')).toBe('<p>abc</p>');
  });
});
