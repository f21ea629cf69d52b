// The budgets the benchmark checks (recorded in docs/testing.md), in their own module so
// tests can hold pages to them without running the benchmark.
const KB = 1024;

export const BUDGETS = {
  checkSecondsSample: 5,
  homeHtmlCssGzipSample: 35 * KB,
  largestPageGzip: 100 * KB,
  buildSeconds: { 1000: 20, 10000: 180 } as Record<number, number>,
  peakMemory: 2 * KB * KB * KB,
};
