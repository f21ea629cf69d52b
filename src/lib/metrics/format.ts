/** Metric values in words readers know. */
import type { MetricUnit } from './snapshot.ts';

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
 * A value with its unit. `digits` fixes the fraction digits (axis ticks); by default
 * up to 2, and none for milliseconds and counts.
 */
export function formatMetric(value: number | null, unit: MetricUnit, digits?: number): string {
  if (value === null) return 'no data';
  const decimals = digits === undefined ? numberFormat(0, 2) : numberFormat(digits, digits);
  const whole = digits === undefined ? numberFormat(0, 0) : numberFormat(digits, digits);
  switch (unit) {
    case 'percent':
      return `${decimals.format(value)} %`;
    case 'milliseconds':
      return `${whole.format(value)} ms`;
    case 'seconds':
      return `${decimals.format(value)} s`;
    case 'per_second':
      return `${decimals.format(value)}/s`;
    case 'count':
      return whole.format(value);
  }
}
