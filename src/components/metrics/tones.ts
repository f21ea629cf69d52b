/** SVG fills per tone for bars and charts; Tailwind needs the class names written out. */
import type { Tone } from '../../lib/tone';

export const FILL: Record<Tone, string> = {
  operational: 'fill-emerald-600 dark:fill-emerald-500',
  maintenance: 'fill-sky-600 dark:fill-sky-500',
  degraded: 'fill-amber-500 dark:fill-amber-400',
  partial: 'fill-orange-600 dark:fill-orange-500',
  major: 'fill-red-600 dark:fill-red-500',
};
