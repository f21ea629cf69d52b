// Synthetic incidents and maintenance for the benchmark: varied in dates, components,
// impact and length like real ones, and the same for the same N and clock.
import { seededUniform } from '../../../src/lib/metrics/sample.ts';

const IMPACTS = ['none', 'minor', 'minor', 'minor', 'major', 'major', 'critical'] as const;
const COMPONENT_STATUS = { none: 'degraded_performance', minor: 'degraded_performance', major: 'partial_outage', critical: 'major_outage' } as const;
const FLOW = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
const PHRASES = [
  'Messages to some numbers are arriving later than usual.',
  'We traced the delay to a congested route and moved traffic to a second one.',
  'Delivery receipts are catching up; no messages were lost.',
  'Error rates are back to normal and we are watching closely.',
  'A configuration change on a carrier link caused retries to pile up.',
  'We rolled back the change and queued messages are being sent now.',
];

export interface SyntheticFile {
  path: string;
  text: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pick<T>(list: readonly T[], key: string): T {
  return list[Math.floor(seededUniform(key) * list.length)]!;
}

function body(key: string, paragraphs: number): string {
  const sections = ['## What happened', '## Impact', '## What we changed'];
  return sections
    .slice(0, paragraphs)
    .map((heading, index) => `${heading}\n\n${[0, 1, 2].map((line) => pick(PHRASES, `${key}/p${index}/${line}`)).join(' ')}`)
    .join('\n\n');
}

/** Five incidents a day on average, newest ending a day before `now`; the last two stay open. */
export function syntheticIncidents(count: number, componentIds: readonly string[], now: Date): SyntheticFile[] {
  const span = Math.max(90, Math.ceil(count / 5)) * DAY;
  return Array.from({ length: count }, (_, index) => {
    const key = `incident-${index}`;
    const start = new Date(now.getTime() - DAY - Math.floor(seededUniform(`${key}/start`) * span));
    const impact = pick(IMPACTS, `${key}/impact`);
    const affected = impact === 'none' ? [] : [...new Set([0, 1, 2].slice(0, 1 + Math.floor(seededUniform(`${key}/n`) * 3)).map((slot) => pick(componentIds, `${key}/c${slot}`)))];
    const open = index < 2;
    const steps = open ? 2 : 2 + Math.floor(seededUniform(`${key}/steps`) * 3);
    const statuses = open ? FLOW.slice(0, steps) : [...FLOW.slice(0, steps - 1), 'resolved' as const];
    let at = start.getTime();
    const updates = statuses.map((status, step) => {
      if (step > 0) at += Math.floor((0.1 + seededUniform(`${key}/gap${step}`)) * 2 * HOUR);
      return `  - at: ${new Date(Math.min(at, now.getTime() - HOUR)).toISOString()}\n    status: ${status}\n    message: ${JSON.stringify(pick(PHRASES, `${key}/m${step}`))}`;
    });
    const title = `${pick(['Delayed', 'Failed', 'Slow', 'Intermittent'], `${key}/t1`)} ${pick(['SMS delivery', 'API requests', 'webhooks', 'voice calls', 'OTP codes'], `${key}/t2`)} (#${index})`;
    const components = affected.map((id) => `  - id: ${id}\n    status: ${COMPONENT_STATUS[impact]}`).join('\n');
    const slug = `${start.toISOString().slice(0, 10)}-synthetic-${index}`;
    return {
      path: `incidents/${slug}.mdx`,
      text: `---\ntitle: ${JSON.stringify(title)}\nimpact: ${impact}\n${components ? `components:\n${components}\n` : ''}updates:\n${updates.join('\n')}\n---\n\n${body(key, 1 + (index % 3))}\n`,
    };
  });
}

/** One maintenance window per twenty incidents, a few still ahead. */
export function syntheticMaintenance(count: number, componentIds: readonly string[], now: Date): SyntheticFile[] {
  const windows = Math.max(2, Math.floor(count / 20));
  const span = Math.max(90, Math.ceil(count / 5)) * DAY;
  return Array.from({ length: windows }, (_, index) => {
    const key = `maintenance-${index}`;
    const start = index < 2 ? new Date(now.getTime() + (index + 3) * DAY) : new Date(now.getTime() - 2 * DAY - Math.floor(seededUniform(`${key}/start`) * span));
    const end = new Date(start.getTime() + 2 * HOUR);
    const announced = new Date(Math.min(start.getTime() - 3 * DAY, now.getTime() - HOUR));
    const done = end.getTime() < now.getTime();
    const updates = [`  - at: ${announced.toISOString()}\n    status: scheduled\n    message: "Planned work on carrier links."`];
    if (done) updates.push(`  - at: ${end.toISOString()}\n    status: completed\n    message: "Work finished as planned."`);
    return {
      path: `maintenance/${start.toISOString().slice(0, 10)}-synthetic-${index}.mdx`,
      text: `---\ntitle: "Carrier link maintenance (#${index})"\ncomponents: [${pick(componentIds, `${key}/c`)}]\nwindow:\n  start: ${start.toISOString()}\n  end: ${end.toISOString()}\nupdates:\n${updates.join('\n')}\n---\n\nWe will move traffic between links during the window.\n`,
    };
  });
}
