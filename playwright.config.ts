import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { TEST_EPOCH } from './tests/support/clock';

// Overridable so two runs on one machine do not fight over the ports or the output folders.
const PORT = Number(process.env.E2E_PORT ?? 4329);
// The sub-path build, as GitHub Pages serves a project site: the site at /statuswire/ under
// its own port, with the site's 404 page answering every missing path, as Pages does.
const SUB_PORT = PORT + 1;
const SUB_PATH = 'statuswire';

/**
 * Built with the pinned clock, so what it shows never drifts; served by a plain static
 * server (404.html for unknown paths), as a CDN would, not by `astro preview`, which allows
 * one server per project and so clashes with a developer's own preview.
 */
function staticSite(port: number, outDir: string, served: string, siteUrl: string, after = '') {
  return {
    command: `node scripts/pull-metrics.ts && node scripts/pull-upstreams.ts && astro build --outDir ${outDir} ${after}&& serve -L --no-clipboard -l tcp://127.0.0.1:${port} ${served}`,
    env: { SOURCE_DATE_EPOCH: TEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', METRICS_DIR: `${served}-metrics`, UPSTREAMS_DIR: `${served}-upstreams`, METRICS_URL: '', SITE_URL: siteUrl },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  };
}

const ROOT_DIR = `.test-dist/${PORT}`;
const SUB_DIR = `.test-dist/${PORT}-sub`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { launchOptions: chromiumLaunchOptions },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions, baseURL: `http://127.0.0.1:${PORT}/` } },
    {
      name: 'sub-path',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions, baseURL: `http://127.0.0.1:${SUB_PORT}/${SUB_PATH}/` },
    },
  ],
  webServer: [
    // The root build keeps content/site.yaml's own address.
    staticSite(PORT, ROOT_DIR, ROOT_DIR, ''),
    staticSite(
      SUB_PORT,
      `${SUB_DIR}/${SUB_PATH}`,
      SUB_DIR,
      `https://status.kabar.example/${SUB_PATH}/`,
      `&& cp ${SUB_DIR}/${SUB_PATH}/404.html ${SUB_DIR}/404.html `,
    ),
  ],
});
