/** What the link policy says about each URL it refuses, for the hostile-input tests. */
export interface Refusal {
  message: string;
  fix: string;
}

export const LINK_FIX = 'link to an http:, https: or mailto: address, or to a page of this site like /history/';
export const IMAGE_FIX = 'put the file under public/ and write /file.png';

export const link = (scheme: string): Refusal => ({ message: `a link to a ${scheme}: URL, which a status page does not allow`, fix: LINK_FIX });
export const image = (scheme: string): Refusal => ({ message: `an image with a ${scheme}: URL`, fix: IMAGE_FIX });
export const OTHER_SITE: Refusal = { message: "an image from another site: every reader's visit would request it there", fix: IMAGE_FIX };

/** Markdown that body and update message alike must refuse: a script URL however spelled, or an image from elsewhere. */
export const MARKDOWN_REFUSED: [string, string, Refusal][] = [
  ['an inline link', '[x](javascript:alert(1))', link('javascript')],
  ['mixed case', '[x](JaVaScRiPt:alert(1))', link('javascript')],
  ['vbscript:', '[x](vbscript:msgbox(1))', link('vbscript')],
  ['a data: page', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', link('data')],
  ['a file: URL', '[x](file:///etc/passwd)', link('file')],
  ['a tab as an entity', '[x](java&#x09;script:alert(1))', link('javascript')],
  ['a decimal entity', '[x](&#106;avascript:alert(1))', link('javascript')],
  ['a named entity for the colon', '[x](javascript&colon;alert(1))', link('javascript')],
  ['leading spaces', '[x](   javascript:alert(1))', link('javascript')],
  ['angle brackets', '[x](<javascript:alert(1)>)', link('javascript')],
  ['a reference', '[x][docs]\n\n[docs]: javascript:alert(1)', link('javascript')],
  ['a data: image', '![x](data:image/png;base64,iVBORw0KGgo=)', image('data')],
  ['a javascript: image', '![x](javascript:alert(1))', image('javascript')],
  ['an image from another site', '![x](https://tracker.example/pixel.png)', OTHER_SITE],
  ['a protocol-relative image', '![x](//tracker.example/pixel.png)', OTHER_SITE],
];
