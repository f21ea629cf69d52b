import { createHash } from 'node:crypto';

/**
 * Seconds this machine takes, right now, for a fixed amount of JavaScript and hashing
 * work (0.33–0.41 s on the bench VM on 2026-12-03). The VM's speed moves by a third
 * from hour to hour, CPU time included, so each row of the bench says how fast the
 * machine was when it ran: compare builds by their time over this one.
 */
export function machineSeconds(): number {
  const started = performance.now();
  let seed = 1;
  const words: string[] = [];
  for (let index = 0; index < 300_000; index++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    words.push(`${seed.toString(36)}-${index}`);
  }
  words.sort();
  const hash = createHash('sha256');
  for (const word of JSON.parse(JSON.stringify(words)) as string[]) hash.update(word);
  hash.digest();
  return (performance.now() - started) / 1000;
}
