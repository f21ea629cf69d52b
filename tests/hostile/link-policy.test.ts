import { describe, expect, it } from 'vitest';
import { normalizeUrl, urlProblem } from '../../src/lib/markup/link-policy';
import { image, link, OTHER_SITE } from '../support/refusals';

const BASE = 'https://status.example/incidents/some-incident/';

describe('normalizeUrl', () => {
  it.each([
    ['  javascript:alert(1)', 'javascript:alert(1)'],
    ['\u0000\u001f javascript:alert(1)\u0001 ', 'javascript:alert(1)'],
    ['java\tscr\nip\rt:alert(1)', 'javascript:alert(1)'],
    ['java%09script:alert(1)', 'javascript:alert(1)'],
    ['%20%01javascript:alert(1)%0A', 'javascript:alert(1)'],
    ['%6aavascript:alert(1)', '%6aavascript:alert(1)'],
    ['/\\evil.example/x.png', '//evil.example/x.png'],
  ])('reads %j as a browser does: %j', (url, normalized) => {
    expect(normalizeUrl(url)).toBe(normalized);
  });

  it('trims a long run of spaces in linear time', () => {
    const started = performance.now();
    normalizeUrl(`${' '.repeat(200_000)}x${' '.repeat(200_000)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('urlProblem for links', () => {
  it.each([
    'https://kabar.example/docs',
    'HTTPS://KABAR.EXAMPLE',
    'http://kabar.example',
    'mailto:support@kabar.example',
    '//kabar.example/docs',
    '/history/',
    '../other-incident/',
    'notes.txt',
    '#what-happened',
    '?page=2',
    '',
  ])('allows %j', (url) => {
    expect(urlProblem(url, 'link')).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['VBScript:msgbox(1)', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data'],
    ['file:///etc/passwd', 'file'],
    ['ftp://files.example', 'ftp'],
    [' \u0000javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java%09script:alert(1)', 'javascript'],
    ['java%0Ascript:alert(1)', 'javascript'],
    ['%20javascript:alert(1)', 'javascript'],
  ])('refuses %j as a %s: link', (url, scheme) => {
    expect(urlProblem(url, 'link')).toEqual(link(scheme));
  });

  it('quotes only the start of a very long scheme', () => {
    expect(urlProblem(`${'a'.repeat(5_000)}:x`, 'link')?.message).toBe(`a link to a ${'a'.repeat(20)}…: URL, which a status page does not allow`);
  });

  it('allows %6aavascript:, which a browser reads as a path on this site, not a scheme', () => {
    expect(urlProblem('%6aavascript:alert(1)', 'link')).toBeNull();
    expect(new URL('%6aavascript:alert(1)', BASE).origin).toBe('https://status.example');
  });
});

describe('urlProblem for images', () => {
  it.each(['/diagram.png', 'diagram.png', '../diagram.png', '/images/route%20map.svg'])('allows %j from this site', (url) => {
    expect(urlProblem(url, 'image')).toBeNull();
    expect(new URL(url, BASE).origin).toBe('https://status.example');
  });

  it.each(['https://evil.example/pixel.png', 'HTTP://evil.example/pixel.png', '//evil.example/pixel.png', '/\\evil.example/pixel.png', ' https://evil.example/x.png'])(
    'refuses %j from another site, with the fix to copy it under public/',
    (url) => {
      expect(urlProblem(url, 'image')).toEqual(OTHER_SITE);
    },
  );

  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'data'],
    ['javascript:alert(1)', 'javascript'],
    ['JAVA%09SCRIPT:alert(1)', 'javascript'],
    ['mailto:a@b.example', 'mailto'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j, a %s: URL', (url, scheme) => {
    expect(urlProblem(url, 'image')).toEqual(image(scheme));
  });
});
