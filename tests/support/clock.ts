/** The build clock every test pins: 2026-11-28T06:00:00Z, in whole seconds. */
export const TEST_EPOCH = '1795845600';
export const TEST_NOW = new Date(Number(TEST_EPOCH) * 1000);
