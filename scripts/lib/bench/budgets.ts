// The budgets the benchmark checks (recorded in docs/testing.md), in their own module so
// tests can hold pages to them without running the benchmark.
const KB = 1024;

export const BUDGETS = {
  checkSecondsSample: 5,
  homeHtmlCssGzipSample: 35 * KB,
  largestPageGzip: 100 * KB,
  // Measured 2026-12-02 after the #17 work: 8.1–10.1 s and 26.9–31.8 s (31.5 s with two
  // languages), 1.1–1.5 GB; room for this machine's noise, none for losing the gain.
  buildSeconds: { 1000: 15, 10000: 40 } as Record<number, number>,
  peakMemory: 1.6 * KB * KB * KB,
};
