/** Geometry for server-rendered SVG line charts: scales, path with gaps, axis ticks. */
import type { MetricPoint } from '../metrics/snapshot.ts';

interface ChartOptions {
  width: number;
  height: number;
  /** Room for axis labels: left, bottom; top and right get a small margin. */
  left: number;
  bottom: number;
  /** Extra values the y axis must include, such as a threshold. */
  include?: readonly number[];
  /** Upper bound the axis never exceeds, like 100 for percentages. */
  ceiling?: number;
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

export function niceDomain(values: readonly number[], ceiling?: number): { min: number; max: number; step: number } {
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
  if (high - low < Math.max(magnitude * 1e-9, 1e-4)) {
    const pad = magnitude * 0.01 || 1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, 3);
  let min = Math.floor(low / step) * step;
  let max = Math.ceil(high / step) * step;
  if (ceiling !== undefined && max > ceiling) max = ceiling;
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
  const domain = niceDomain(values.concat(options.include ?? []), options.ceiling);
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

  return { path, yTicks, xTicks, plot, scaleY, positions };
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
