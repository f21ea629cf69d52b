/** Geometry for server-rendered SVG line charts: scales, path with gaps, axis ticks, threshold lines. */
import type { MetricPoint, MetricUnit } from '../metrics/snapshot.ts';

interface ChartOptions {
  width: number;
  height: number;
  /** Room for axis labels: left, bottom; top and right get a small margin. */
  left: number;
  bottom: number;
  /** Extra values the y axis must include. */
  include?: readonly number[];
  /** Lines drawn across the plot with their words; the axis includes them too. */
  thresholds?: readonly { value: number; label: string }[];
  /** The unit's least span, floor and ceiling (`axisBounds`); none when left out. */
  unit?: MetricUnit;
}

interface Tick {
  position: number;
  value: number;
}

interface ChartGeometry {
  /** SVG path; missing values break the line instead of inventing a slope. */
  path: string;
  yTicks: Tick[];
  xTicks: { position: number; time: Date }[];
  plot: { x: number; y: number; width: number; height: number };
  scaleY(value: number): number;
  /** Where each point sits, for markers and hit areas. */
  positions: { x: number; y: number | null; time: Date; value: number | null }[];
  /** Each threshold inside the axis, its line at `position` and its words' baseline at `labelY`. */
  thresholds: { value: number; label: string; position: number; labelY: number }[];
}

const TOP = 8;
const RIGHT = 8;

/** 1, 2 or 5 times a power of ten: steps people read easily. */
export function niceStep(span: number, targetTicks: number): number {
  const raw = span / Math.max(1, targetTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Values beyond this are drawn at the edge. It lies past every unit's range, and keeps
 * the arithmetic below finite and its rounding to millionths meaningful.
 */
const LIMIT = 1e16;
const clamp = (value: number) => Math.min(LIMIT, Math.max(-LIMIT, value));
const round = (value: number) => Math.round(value * 1e6) / 1e6;
const MAX_TICKS = 10;

interface AxisBounds {
  /** The least distance from the bottom of the axis to its top. */
  minSpan?: number;
  /** Lower bound the axis never goes under, like 0 for values that cannot be negative. */
  floor?: number;
  /** Upper bound the axis never exceeds, like 100 for percentages. */
  ceiling?: number;
}

/**
 * The least span of a y axis, per unit: without it an axis stretches to fit its values,
 * and 0.01 % of noise on 99.96 % fills the plot like an outage. The absolute part is a
 * change a reader of that unit would call small: one percentage point of requests,
 * 100 ms of response time, a second of delay, ten of a count. The relative part keeps
 * that true for large values: a tenth of the largest value.
 */
const MIN_SPAN: Record<MetricUnit, { absolute: number; relative: number }> = {
  percent: { absolute: 1, relative: 0 },
  milliseconds: { absolute: 100, relative: 0.1 },
  seconds: { absolute: 1, relative: 0.1 },
  per_second: { absolute: 1, relative: 0.1 },
  count: { absolute: 10, relative: 0.1 },
};

/** What an axis of `unit` may show for values as large as `magnitude`: every unit is 0 or more, percentages at most 100. */
export function axisBounds(unit: MetricUnit, magnitude: number): Required<AxisBounds> {
  const span = MIN_SPAN[unit];
  return {
    minSpan: Math.max(span.absolute, span.relative * Math.abs(magnitude)),
    floor: 0,
    ceiling: unit === 'percent' ? 100 : LIMIT,
  };
}

export function niceDomain(values: readonly number[], bounds: AxisBounds = {}): { min: number; max: number; step: number } {
  const { minSpan = 0, floor = -LIMIT, ceiling = LIMIT } = bounds;
  // A loop rather than spreading the values into Math.min: a long array spread into a call overflows the stack.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    low = Math.min(low, clamp(value));
    high = Math.max(high, clamp(value));
  }
  if (low > high) return { min: 0, max: 1, step: 0.5 };
  // (Nearly) equal values get a margin, so the axis has height and steps stay far above rounding.
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  const least = Math.max(clamp(minSpan), magnitude * 1e-9, 1e-4);
  // A bound holds only when the values do: one outside it is shown, not cut off.
  const top = high <= ceiling ? ceiling : LIMIT;
  const bottom = low >= floor ? floor : -LIMIT;
  if (high - low < least) {
    const pad = minSpan > 0 ? (least - (high - low)) / 2 : magnitude * 0.01 || 1;
    low -= pad;
    high += pad;
    // Widened past a bound, the span moves inward rather than shrinking.
    if (high > top) [low, high] = [low - (high - top), top];
    if (low < bottom) [low, high] = [bottom, Math.min(top, high + (bottom - low))];
  }
  const step = niceStep(high - low, 3);
  let min = Math.floor(low / step) * step;
  let max = Math.ceil(high / step) * step;
  if (max > top) max = top;
  if (min < bottom) min = bottom;
  if (min >= max) min = max - step;
  return { min: round(min), max: round(max), step };
}

export function lineChart(points: readonly MetricPoint[], options: ChartOptions): ChartGeometry {
  const plot = {
    x: options.left,
    y: TOP,
    width: options.width - options.left - RIGHT,
    height: options.height - TOP - options.bottom,
  };
  const values = points.map(([, value]) => value).filter((value): value is number => value !== null);
  const withThresholds = values.concat(options.include ?? [], (options.thresholds ?? []).map((threshold) => threshold.value));
  const bounds: AxisBounds = options.unit ? axisBounds(options.unit, largest(withThresholds)) : {};
  // A threshold outside what the unit can measure (a percentage over 100) would stretch the axis for nothing.
  const thresholds = (options.thresholds ?? []).filter(
    (threshold) => threshold.value >= (bounds.floor ?? -LIMIT) && threshold.value <= (bounds.ceiling ?? LIMIT),
  );
  const domain = niceDomain(values.concat(options.include ?? [], thresholds.map((threshold) => threshold.value)), bounds);
  const scaleY = (value: number) => plot.y + plot.height - ((clamp(value) - domain.min) / (domain.max - domain.min)) * plot.height;
  const times = points.map(([time]) => new Date(time).getTime());
  const known = times.filter(Number.isFinite);
  const first = known[0] ?? 0;
  const span = Math.max(1, (known.at(-1) ?? 0) - first);
  const scaleX = (time: number) => plot.x + ((time - first) / span) * plot.width;

  const positions = points.map(([time, value], index) => ({
    x: round(scaleX(times[index]!)),
    y: value === null ? null : round(scaleY(value)),
    time: new Date(time),
    value,
  }));
  let path = '';
  let drawing = false;
  for (const position of positions) {
    // A point without a value, or one that cannot be placed, breaks the line.
    if (position.y === null || !Number.isFinite(position.y) || !Number.isFinite(position.x)) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${position.x} ${position.y}`;
    drawing = true;
  }

  const yTicks: Tick[] = [];
  const tickCount = Math.min(MAX_TICKS, Math.floor((domain.max - domain.min) / domain.step + 1e-3));
  // Counted, not stepped by adding: adding a step too small for the value's precision never ends.
  for (let index = 0; index <= tickCount; index++) {
    const value = round(domain.min + index * domain.step);
    yTicks.push({ position: round(scaleY(value)), value });
  }
  const xTicks = positions.length === 0
    ? []
    : [positions[0]!, positions[Math.floor((positions.length - 1) / 2)]!, positions.at(-1)!]
        .filter((position, index, all) => all.findIndex((other) => other.x === position.x) === index)
        .map((position) => ({ position: position.x, time: position.time }));

  return { path, yTicks, xTicks, plot, scaleY, positions, thresholds: placeThresholds(thresholds, domain, scaleY, plot) };
}

function largest(values: readonly number[]): number {
  let found = 0;
  for (const value of values) if (Number.isFinite(value)) found = Math.max(found, Math.abs(clamp(value)));
  return found;
}

/** The height of a threshold's words, in the chart's units (font size 10). */
const LABEL_HEIGHT = 10;

/**
 * Each threshold the axis holds, its words just above its line, or just below where
 * there is no room above: at the top of the plot, or under the words of a line above it.
 * One beyond a bound of the unit (a percentage over 100) is left out, never drawn outside.
 */
function placeThresholds(
  thresholds: readonly { value: number; label: string }[],
  domain: { min: number; max: number },
  scaleY: (value: number) => number,
  plot: ChartGeometry['plot'],
): ChartGeometry['thresholds'] {
  const placed: ChartGeometry['thresholds'] = [];
  const inside = thresholds
    .filter((threshold) => Number.isFinite(threshold.value) && threshold.value >= domain.min && threshold.value <= domain.max)
    .map((threshold) => ({ ...threshold, position: round(scaleY(threshold.value)) }))
    .sort((a, b) => a.position - b.position);
  let lowestText = Number.NEGATIVE_INFINITY;
  for (const threshold of inside) {
    const above = threshold.position - 3;
    const fits = above - LABEL_HEIGHT + 2 >= plot.y && above - LABEL_HEIGHT + 2 >= lowestText;
    const labelY = round(fits ? above : Math.max(threshold.position + LABEL_HEIGHT + 1, lowestText + LABEL_HEIGHT));
    placed.push({ ...threshold, labelY });
    lowestText = labelY + 2;
  }
  return placed;
}

/** Lowest, highest and latest, for a chart's text alternative. */
export function summarise(points: readonly MetricPoint[]): {
  lowest: MetricPoint | null;
  highest: MetricPoint | null;
  latest: MetricPoint | null;
} {
  const present = points.filter(([, value]) => value !== null);
  const by = (better: (a: number, b: number) => boolean) =>
    present.reduce<MetricPoint | null>((best, point) => (best === null || better(point[1]!, best[1]!) ? point : best), null);
  return { lowest: by((a, b) => a < b), highest: by((a, b) => a > b), latest: present.at(-1) ?? null };
}
