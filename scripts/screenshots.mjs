// Screenshots of the built site (dist/) at phone and desktop widths, light and dark,
// into screenshots/, for a person to look at before calling UI work done.
// Usage: npm run build && npm run screenshots -- [path ...]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Overridable, so a run beside the browser tests or another checkout does not clash.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4331);
const base = `http://127.0.0.1:${PORT}`;
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const schemes = ['light', 'dark'];

const server = spawn('serve', ['-L', '--no-clipboard', '-l', `tcp://127.0.0.1:${PORT}`, 'dist'], { stdio: 'ignore' });
try {
  await waitFor(base);
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  for (const path of paths) {
    for (const viewport of viewports) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(base + path);
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${viewport.name}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`preview server did not answer at ${url}`);
}
