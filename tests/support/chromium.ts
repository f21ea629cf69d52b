import { existsSync } from 'node:fs';

/**
 * Nothing here can download a browser, so tests launch Debian's Chromium when it is
 * installed and fall back to Playwright's own build where one exists.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
};
