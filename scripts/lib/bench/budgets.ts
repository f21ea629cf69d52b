// The budgets the benchmark checks (recorded in docs/testing.md), in their own module so
// tests can hold pages to them without running the benchmark.
const KB = 1024;

export const BUDGETS = {
  checkSecondsSample: 5,
  // 35 KB until the home pages inlined the stylesheet (2026-12-03): a reader gets 0.3-0.4 KB
  // more, as CSS compresses a little worse inside the HTML, and /id/ went from 34.9 to 35.3 KB.
  homeHtmlCssGzipSample: 36 * KB,
  largestPageGzip: 100 * KB,
  // Cold builds, by the number of languages and of incidents: issue #17's targets where
  // they are met (medians, 2026-12-03: 21.6-23.3 s and 32.7-34.4 s at 10,000). At 1,000
  // in one language the target is 5 s: medians of 5.3-6.3 s as the machine's speed moves
  // (a cold build of the sample takes 2.4-2.7 s of it), so 8 s holds room for that noise;
  // the build as it was before the pulls moved into it took 8.0-8.6 s in slow hours. Two
  // languages write twice the pages: 8.3-8.4 s.
  buildSeconds: { 1: { 1000: 8, 10000: 25 }, 2: { 1000: 10, 10000: 45 } } as Record<1 | 2, Record<number, number>>,
  // A rebuild after one incident changed, as a share of the cold build: issue #17's 60 %
  // where the unchanged pages it keeps make the difference (49 % measured at 10,000).
  oneChangedShare: { 10000: 0.6 } as Record<number, number>,
  peakMemory: 1.2 * KB * KB * KB,
};
