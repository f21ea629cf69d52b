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
