import type { AstroIntegration } from 'astro';

/**
 * Tells the site's modules whether `astro dev` runs them (`LIVE` in `src/data/live.ts`).
 * Vite's own `import.meta.env.DEV` cannot say: it follows NODE_ENV, which a test runner
 * sets to "test" for builds too.
 */
export function livePreview(): AstroIntegration {
  return {
    name: 'statuswire:live-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.STATUSWIRE_LIVE_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
