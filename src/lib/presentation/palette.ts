/**
 * Every colour the page draws with, other than the neutral greys of its layout: each
 * tone's in one record, so the scale `tone.ts` promises looks the same on every page,
 * badge and body. Tailwind finds classes by reading the source, so each class is written
 * out whole, never put together from parts (tests/unit/presentation/palette.test.ts keeps them here).
 */
import type { Tone } from './tone.ts';

interface ToneColors {
  /** The status icon: its shapes are filled with the text colour. */
  icon: string;
  /** The words next to an icon. */
  label: string;
  /** The overall banner's border and background. */
  banner: string;
  /** A day in an uptime bar: solid, so a sliver of a few pixels still shows its tone. */
  day: string;
  /** Hex without `#`, the form shields.io and badge-maker take: Tailwind's 700 shades, on which white text stays above 4.5:1 contrast. */
  badge: string;
}

export const TONE_COLORS: Record<Tone, ToneColors> = {
  operational: {
    icon: 'text-emerald-700 dark:text-emerald-400',
    label: 'text-emerald-800 dark:text-emerald-300',
    banner: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/50',
    day: 'bg-emerald-600 dark:bg-emerald-500',
    badge: '047857',
  },
  maintenance: {
    icon: 'text-sky-700 dark:text-sky-400',
    label: 'text-sky-800 dark:text-sky-300',
    banner: 'border-sky-600 bg-sky-50 dark:bg-sky-950/50',
    day: 'bg-sky-600 dark:bg-sky-500',
    badge: '0369a1',
  },
  degraded: {
    icon: 'text-amber-700 dark:text-amber-400',
    label: 'text-amber-800 dark:text-amber-300',
    banner: 'border-amber-600 bg-amber-50 dark:bg-amber-950/50',
    day: 'bg-amber-500 dark:bg-amber-400',
    badge: 'b45309',
  },
  partial: {
    icon: 'text-orange-700 dark:text-orange-400',
    label: 'text-orange-800 dark:text-orange-300',
    banner: 'border-orange-600 bg-orange-50 dark:bg-orange-950/50',
    day: 'bg-orange-600 dark:bg-orange-500',
    badge: 'c2410c',
  },
  major: {
    icon: 'text-red-700 dark:text-red-400',
    label: 'text-red-800 dark:text-red-300',
    banner: 'border-red-600 bg-red-50 dark:bg-red-950/50',
    day: 'bg-red-600 dark:bg-red-500',
    badge: 'b91c1c',
  },
};

/**
 * Boxes set in running text: a body's callouts and the page's own warnings. Only these
 * tones have one; a class written here for another would add unused CSS to every page.
 */
export const BOX_COLORS = {
  operational: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
  maintenance: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40',
  degraded: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40',
} as const satisfies Partial<Record<Tone, string>>;

export type BoxTone = keyof typeof BOX_COLORS;

/** Sentences in a degraded box: darker than a label, for reading rather than a glance. */
export const WARNING_TEXT_COLOR = 'text-amber-900 dark:text-amber-200';

/** Metric charts: the measured line, and the dashed lines of its thresholds. */
export const CHART_COLORS = {
  line: 'text-sky-700 dark:text-sky-400',
  threshold: 'text-amber-600 dark:text-amber-400',
  /** A threshold line's words: darker than its line, for text contrast above 4.5:1. */
  thresholdLabel: 'fill-amber-800 dark:fill-amber-300',
};
