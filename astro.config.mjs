// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGate } from './src/integrations/content-gate.ts';
import { livePreview } from './src/integrations/live-preview.ts';
import { loadSiteConfig } from './src/lib/content/check.ts';
import { withEnvironment } from './src/lib/content/site-config.ts';

// The content gate reports every problem in content/site.yaml with its line and stops the
// build; until it runs, an invalid file only leaves `site` unset.
const siteConfig = (await loadSiteConfig(process.cwd())).data;
const site = siteConfig && withEnvironment(siteConfig, process.env).url;
// Astro copies the environment into import.meta.env, so a BASE_URL variable left in a shell
// or CI (vitest sets one) would replace the base below in every path urls.ts makes.
delete process.env.BASE_URL;

export default defineConfig({
  site,
  // A site served under a path (https://owner.github.io/statuswire/) is built for that path:
  // assets and, through import.meta.env.BASE_URL, every path src/lib/outputs/urls.ts makes.
  base: site ? new URL(site).pathname : '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The sitemap lists pages only (their URLs end in a slash), not feeds, badges or API files.
  integrations: [contentGate(), livePreview(), sitemap({ filter: (page) => page.endsWith('/') })],
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
  // Lets the Astro editor extension complete incident and maintenance frontmatter
  // (fields, component ids) from the collection schemas.
  experimental: { contentIntellisense: true },
});
