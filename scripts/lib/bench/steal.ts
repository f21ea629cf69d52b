import { readFileSync } from 'node:fs';

/**
 * CPU time a virtual machine's host took for others, from Linux's /proc/stat: on the
 * bench VM the same cold build used 26.7 CPU seconds in one hour and 38.4 in the next,
 * while the host took 16 % of the VM's time. Each row of the bench says how much it took
 * while that row's builds ran, so a slow row can be told from a slower build.
 */
export interface CpuTicks {
  /** Every state of every CPU, in the kernel's ticks. */
  total: number;
  steal: number;
}

/** The `cpu` line of /proc/stat (`text`), or undefined where there is none (not Linux). */
export function cpuTicks(text = readProcStat()): CpuTicks | undefined {
  const line = text?.split('\n').find((candidate) => candidate.startsWith('cpu '));
  if (!line) return undefined;
  // user nice system idle iowait irq softirq steal (guest time is already in user and nice)
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((field) => !Number.isFinite(field))) return undefined;
  return { total: fields.reduce((sum, field) => sum + field, 0), steal: fields[7]! };
}

/** The share of CPU time the host took between two readings; undefined without both. */
export function stealShare(before: CpuTicks | undefined, after: CpuTicks | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.steal - before.steal) / (after.total - before.total);
}

function readProcStat(): string | undefined {
  try {
    return readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
}
