/** Metric values in words readers know. */
import type { MetricUnit } from './snapshot.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { localNumber } from '../i18n/number.ts';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(minimum: number, maximum: number): Intl.NumberFormat {
  const key = `${minimum}-${maximum}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
    formats.set(key, format);
  }
  return format;
}

/** Digits an axis needs so ticks `step` apart never print the same. */
export function digitsFor(step: number): number {
  return Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
}

/**
 * A value with its unit, in a language's separators. `digits` fixes the fraction digits
 * (axis ticks); by default up to 2, and none for milliseconds and counts.
 */
export function formatMetric(value: number | null, unit: MetricUnit, words: Dictionary, digits?: number): string {
  if (value === null) return words.metrics.noData;
  const decimals = digits === undefined ? numberFormat(0, 2) : numberFormat(digits, digits);
  const whole = digits === undefined ? numberFormat(0, 0) : numberFormat(digits, digits);
  const number = (format: Intl.NumberFormat) => localNumber(format.format(value), words);
  switch (unit) {
    case 'percent':
      return `${number(decimals)} %`;
    case 'milliseconds':
      return `${number(whole)} ms`;
    case 'seconds':
      return `${number(decimals)} s`;
    case 'per_second':
      return `${number(decimals)}/s`;
    case 'count':
      return number(whole);
  }
}
