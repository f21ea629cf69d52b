// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentGate } from './src/integrations/content-gate.ts';
import { livePreview } from './src/integrations/live-preview.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { noDependencyPrebundling } from './src/integrations/no-dependency-prebundling.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { pullsBeforePages } from './src/integrations/pulls.ts';
import { unchangedPages } from './src/integrations/unchanged-pages.ts';
import { loadSiteConfig } from './src/lib/content/check.ts';
import { withEnvironment } from './src/lib/content/site-config.ts';
import { sitemapAlternates } from './src/lib/outputs/sitemap.ts';

// Astro imports this file with Node, and starts a Vite server to load it only when that
// fails (half a second of every build): so every module it reaches names its file in
// full, `.ts` included, and it exports a typed object instead of calling `defineConfig`,
// whose module loads Astro's SVG optimizer and font providers for an identity function.

// The content gate reports every problem in content/site.yaml with its line and stops the
// build; until it runs, an invalid file only leaves `site` unset.
const siteConfig = (await loadSiteConfig(process.cwd())).data;
const site = siteConfig && withEnvironment(siteConfig, process.env).url;
// Astro copies the environment into import.meta.env, so a BASE_URL variable left in a shell
// or CI (vitest sets one) would replace the base below in every path urls.ts makes.
delete process.env.BASE_URL;
// The site's languages, the default first at the root (src/data/languages.ts builds each
// page once per language); English alone until site.yaml lists more.
const languages = siteConfig?.languages ?? ['en'];
const [defaultLanguage] = languages;
// Pages of the previous build that this one keeps instead of rendering (those whose
// inputs did not change): listed in the sitemap and left in place like the rest.
const keptPages = unchangedPages();
// The other languages' not-found pages, which the sitemap must not list as pages.
const notFoundPages = site ? languages.slice(1).map((code) => new URL(`${code}/404/`, new URL(site).href.replace(/\/?$/, '/')).href) : [];

/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  // A site served under a path (https://owner.github.io/statuswire/) is built for that path:
  // assets and, through import.meta.env.BASE_URL, every path src/lib/outputs/urls.ts makes.
  base: site ? new URL(site).pathname : '/',
  output: 'static',
  trailingSlash: 'always',
  // Eight pages at a time: with one, the build spent half its page-writing time waiting
  // on the file system between pages (bench: 28 s to 13 s for the pages of 10,000 incidents).
  // Astro inlines no stylesheet of its own accord: the policy allows only the one whose hash
  // src/data/stylesheet.ts gives, which the home pages inline themselves.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // The sitemap lists pages only (their URLs end in a slash), not feeds, badges or API files.
  // Routing is StatusWire's own (`manual`): a page's language is its first folder only, so
  // a slug or component id that happens to be a language code never changes a page's language.
  i18n: { locales: languages, defaultLocale: defaultLanguage, routing: 'manual' },
  integrations: [
    pullsBeforePages(),
    contentGate(),
    noDependencyPrebundling(),
    livePreview(),
    localized404(languages),
    sitemap({
      filter: (page) => page.endsWith('/') && !notFoundPages.includes(page),
      // Read when the sitemap is written, after every page was rendered or kept.
      get customPages() {
        return keptPages.urls();
      },
      // Each page names its versions in the other languages, as its hreflang links do.
      ...(site && languages.length > 1 && { serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, site, languages) }) }),
    }),
    keptPages.integration,
    // Last: it removes what no hook of this build wrote, once all of them are done.
    previousOutput(keptPages.files),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
  // Lets the Astro editor extension complete incident and maintenance frontmatter
  // (fields, component ids) from the collection schemas.
  experimental: { contentIntellisense: true },
};
