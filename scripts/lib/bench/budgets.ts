// The budgets the benchmark checks (recorded in docs/testing.md), in their own module so
// tests can hold pages to them without running the benchmark.
const KB = 1024;

export const BUDGETS = {
  checkSecondsSample: 5,
  // 35 KB until the home pages inlined the stylesheet (2026-12-03): a reader gets 0.3-0.4 KB
  // more, as CSS compresses a little worse inside the HTML, and /id/ went from 34.9 to 35.3 KB.
  homeHtmlCssGzipSample: 36 * KB,
  largestPageGzip: 100 * KB,
  // Cold builds, by the number of languages and of incidents: issue #17's targets (1,000
  // and 10,000 in one language, 10,000 in two), met in the medians of 2026-12-03 (4.5-4.7 s,
  // 19.9-21 s and 31-33 s in quiet minutes). Two languages at 1,000 have no target: 6.1-6.5 s
  // measured, 8.5 s in a slow hour. A busy host slows every build by a third or more (the
  // bench's `steal` column tells), so a row over budget there is read beside that column.
  buildSeconds: { 1: { 1000: 5, 10000: 25 }, 2: { 1000: 10, 10000: 45 } } as Record<1 | 2, Record<number, number>>,
  // A rebuild after one incident changed, as a share of the cold build: issue #17's 60 %
  // at both sizes (50-57 % at 1,000 and 26-40 % at 10,000 measured).
  oneChangedShare: { 1000: 0.6, 10000: 0.6 } as Record<number, number>,
  // Issue #17 asks 1.2 GB; 1 GiB (1,024 MB as the bench prints it) keeps the gain of
  // scripts/lib/heap-growth.ts: 10,000 incidents peaked at 676 MB in one language and 777 MB
  // in two with it, and at 913-1,039 and 1,160-1,190 MB without it.
  peakMemory: KB * KB * KB,
};
