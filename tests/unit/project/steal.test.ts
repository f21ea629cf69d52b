import { describe, expect, it } from 'vitest';
import { cpuTicks, stealShare } from '../../../scripts/lib/bench/steal.ts';

const stat = (user: number, idle: number, steal: number) =>
  `cpu  ${user} 0 100 ${idle} 5 0 3 ${steal} 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 12345\n`;

describe('the steal the bench reports beside each row', () => {
  it('reads the cpu line of /proc/stat: every state summed, and the steal field', () => {
    expect(cpuTicks(stat(1000, 500, 40))).toEqual({ total: 1000 + 100 + 500 + 5 + 3 + 40, steal: 40 });
  });

  it('is the host\'s share of the CPU time between two readings', () => {
    expect(stealShare(cpuTicks(stat(1000, 500, 40)), cpuTicks(stat(1700, 600, 240)))).toBeCloseTo(200 / 1000);
  });

  it('is unknown where there is no /proc/stat or no time passed, never a made-up zero', () => {
    expect(cpuTicks('')).toBeUndefined();
    expect(cpuTicks('intr 1 2 3\n')).toBeUndefined();
    expect(stealShare(undefined, cpuTicks(stat(1, 1, 1)))).toBeUndefined();
    expect(stealShare(cpuTicks(stat(1, 1, 1)), cpuTicks(stat(1, 1, 1)))).toBeUndefined();
  });
});
