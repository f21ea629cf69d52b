import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Vite's dependency optimizer pre-bundles packages for a browser that a dev server
 * will serve. `astro build` starts such a server to sync content, and Astro asks it to
 * pre-bundle its dev toolbar's packages, which nothing in a build ever serves: on a
 * fresh checkout (every CI runner, every copy the bench makes) that was 0.2–0.8 s of
 * each build, spent writing node_modules/.vite. `astro dev` keeps the optimizer.
 */
export function noDependencyPrebundling(): AstroIntegration {
  return {
    name: 'statuswire:no-dependency-prebundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutOptimizer] } });
      },
    },
  };
}

/** Runs after Astro's own hooks, which add to the list: merging could only add more, so the list is replaced. */
export const withoutOptimizer: Plugin = {
  name: 'statuswire:without-dependency-optimizer',
  enforce: 'post',
  configEnvironment(_name, options) {
    options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
  },
};
