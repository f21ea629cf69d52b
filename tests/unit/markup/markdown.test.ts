import { describe, expect, it } from 'vitest';
import { plainText, renderMessage } from '../../../src/lib/markup/markdown';

describe('renderMessage', () => {
  it('renders markdown emphasis, code and links', () => {
    expect(renderMessage('**Now** use `retry` via https://kabar.example')).toBe(
      '<p><strong>Now</strong> use <code>retry</code> via <a href="https://kabar.example">https://kabar.example</a></p>\n',
    );
  });

  it('keeps raw HTML as text', () => {
    expect(renderMessage('<script>alert(1)</script> & <b>x</b>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</p>\n',
    );
  });
});

describe('plainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainText('**Now** use `retry` & see [docs](https://kabar.example).\n\nSecond <b>para</b>.')).toBe(
      'Now use retry & see docs. Second <b>para</b>.',
    );
  });
});
