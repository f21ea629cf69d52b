/**
 * The status icon as a hast tree, so Astro components and the MDX bodies rendered at
 * content sync draw the same shapes. A different shape per tone: status never depends
 * on colour alone.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { TONE_COLORS } from './palette.ts';
import type { Tone } from './tone.ts';

const ROUND = { fill: 'none', stroke: 'white', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round' };

const SHAPES: Record<Tone, () => Element[]> = {
  operational: () => [
    s('circle', { cx: '10', cy: '10', r: '9', fill: 'currentColor' }),
    s('path', { d: 'M5.8 10.3l2.7 2.7 5.7-5.8', ...ROUND }),
  ],
  maintenance: () => [
    s('rect', { x: '1.5', y: '1.5', width: '17', height: '17', rx: '3', fill: 'currentColor' }),
    s('path', { d: 'M10 5v5l3 2', ...ROUND }),
  ],
  degraded: () => [
    s('path', { d: 'M10 1.5l9 16H1z', fill: 'currentColor' }),
    s('path', { d: 'M10 7.5v4.5', stroke: 'white', strokeWidth: '2', strokeLinecap: 'round' }),
    s('circle', { cx: '10', cy: '15', r: '1.1', fill: 'white' }),
  ],
  partial: () => [
    s('path', { d: 'M10 1l9 9-9 9-9-9z', fill: 'currentColor' }),
    s('path', { d: 'M6 10h8', stroke: 'white', strokeWidth: '2.2', strokeLinecap: 'round' }),
  ],
  major: () => [
    s('path', { d: 'M6.3 1h7.4L19 6.3v7.4L13.7 19H6.3L1 13.7V6.3z', fill: 'currentColor' }),
    s('path', { d: 'M7 7l6 6M13 7l-6 6', stroke: 'white', strokeWidth: '2', strokeLinecap: 'round' }),
  ],
};

/** Decorative: the status is always written next to it in words. */
export function statusIcon(tone: Tone, className = 'size-5'): Element {
  return s(
    'svg',
    {
      class: ['inline-block', 'shrink-0', ...TONE_COLORS[tone].icon.split(' '), ...className.split(/\s+/).filter(Boolean)],
      viewBox: '0 0 20 20',
      ariaHidden: 'true',
      focusable: 'false',
      dataTone: tone,
    },
    SHAPES[tone](),
  );
}

// Every page draws dozens of icons from a handful of tone and size pairs.
const markup = new Map<string, string>();

/** The icon as HTML, for Astro components. */
export function statusIconHtml(tone: Tone, className = 'size-5'): string {
  const key = `${tone} ${className}`;
  let html = markup.get(key);
  if (html === undefined) markup.set(key, (html = toHtml(statusIcon(tone, className), { space: 'svg' })));
  return html;
}
