import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { TEST_EPOCH } from './tests/support/clock';

const PORT = 4329;
const OUT_DIR = '.test-dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } },
  ],
  webServer: {
    // The site under test is built with the pinned clock, so what it shows never drifts.
    command: `astro build --outDir ${OUT_DIR} && astro preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT}`,
    env: { SOURCE_DATE_EPOCH: TEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
