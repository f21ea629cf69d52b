import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOX_COLORS, CHART_COLORS, TONE_COLORS, WARNING_TEXT_COLOR } from '../../../src/lib/presentation/palette';
import type { Tone } from '../../../src/lib/presentation/tone';
import { readStrings, sourceFiles, stringsOf } from '../../support/source-literals';

/** The one module allowed to name a colour. */
const PALETTE_MODULE = 'src/lib/presentation/palette.ts';

/**
 * A Tailwind class that colours something in a hue, with any variants (`dark:`,
 * `hover:`) and opacity, or in an arbitrary colour (`text-[#b91c1c]`). The neutral
 * greys (slate, gray, zinc, neutral, stone), white and black are left out: they draw
 * the layout, never a status, so any template may use them.
 */
const HUES = 'red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose';
const UTILITIES = 'text|bg|border|fill|stroke|ring|outline|decoration|from|via|to|divide|shadow|accent|caret|placeholder';
const COLOR_CLASS = new RegExp(
  `(?<![\\w-])(?:[\\w-]+:)*(?:${UTILITIES})(?:-[xytrblse])?-(?:(?:${HUES})-\\d+(?:\\/\\d+)?|\\[(?:#|rgb|hsl|oklch|oklab|color|var\\(--color)[^\\]\\s]*\\])`,
  'g',
);

function colorClasses(strings: { at: string; text: string }[]): string[] {
  return strings.flatMap(({ at, text }) => (text.match(COLOR_CLASS) ?? []).map((found) => `${at}  ${found}`));
}

/** Stylesheets have no strings to read: their comments are blanked and the rest searched. */
function cssColorClasses(file: string): string[] {
  const lines = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n');
  return colorClasses(lines.map((text, index) => ({ at: `${file}:${index + 1}`, text })));
}

const SAMPLE = `---
// A comment may say text-red-700.
const tone = ok ? 'text-slate-600 dark:text-slate-400' : 'hover:bg-sky-50 dark:border-t-amber-600/40';
---
<p class="text-red-700 text-[0.9em] bg-white">Writers may say text-red-700 in words.</p>
<p class:list={['mt-2', warn && 'text-[#b91c1c]']}>x</p>
`;

describe('colour classes', () => {
  it('are found in code and markup, with variants and arbitrary colours, and not in comments, text, greys or sizes', () => {
    expect(colorClasses(stringsOf('Sample.astro', SAMPLE))).toEqual([
      'Sample.astro:3  hover:bg-sky-50',
      'Sample.astro:3  dark:border-t-amber-600/40',
      'Sample.astro:5  text-red-700',
      'Sample.astro:6  text-[#b91c1c]',
    ]);
  });

  it(`are written in ${PALETTE_MODULE} only: every template and module takes its colours from it`, () => {
    const files = sourceFiles('src').filter((file) => file !== PALETTE_MODULE);
    expect(files.length).toBeGreaterThan(50);
    const found = [...files.flatMap((file) => colorClasses(readStrings(file))), ...sourceFiles('src', /\.css$/).flatMap(cssColorClasses)];
    expect(found).toEqual([]);
  });
});

describe('the palette', () => {
  const hues = (classes: string) => new Set([...classes.matchAll(new RegExp(`-(${HUES})-`, 'g'))].map((match) => match[1]));
  const toneHue = (tone: Tone) => [...hues(Object.values(TONE_COLORS[tone]).join(' '))];

  it('draws each tone in one hue of its own, so no two statuses look alike', () => {
    const tones = Object.keys(TONE_COLORS) as Tone[];
    for (const tone of tones) expect(toneHue(tone)).toHaveLength(1);
    expect(new Set(tones.map((tone) => toneHue(tone)[0])).size).toBe(tones.length);
  });

  it('tints a box in the hue of its tone', () => {
    for (const [tone, classes] of Object.entries(BOX_COLORS)) expect([...hues(classes)]).toEqual(toneHue(tone as Tone));
  });

  it('holds colour classes only, each with a dark variant: layout stays in the templates and dark mode keeps every colour', () => {
    const toneClasses = Object.values(TONE_COLORS).flatMap(({ icon, label, banner, day }) => [icon, label, banner, day]);
    const all: string[] = [...toneClasses, ...Object.values(BOX_COLORS), WARNING_TEXT_COLOR, ...Object.values(CHART_COLORS)];
    for (const classes of all) {
      expect(classes.split(' ').every((name) => name.match(COLOR_CLASS)?.[0] === name)).toBe(true);
      expect(classes).toMatch(/(^| )dark:/);
    }
  });
});
