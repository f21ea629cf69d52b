import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { TEST_EPOCH } from './tests/support/clock';

// Overridable so two runs on one machine do not fight over the port or the output folder.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const OUT_DIR = `.test-dist/${PORT}`;

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
    // Built with the pinned clock, so what it shows never drifts; served by a plain static
    // server (404.html for unknown paths), as a CDN would, not by `astro preview`, which
    // allows one server per project and so clashes with a developer's own preview.
    command: `node scripts/pull-metrics.ts && astro build --outDir ${OUT_DIR} && serve -L --no-clipboard -l tcp://127.0.0.1:${PORT} ${OUT_DIR}`,
    env: { SOURCE_DATE_EPOCH: TEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', METRICS_DIR: `${OUT_DIR}-metrics`, METRICS_URL: '' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
