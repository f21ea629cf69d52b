import { test } from '@playwright/test';

/**
 * A site path, written from the site root (`/history/`), under the path this project serves
 * the site at: the root, or the sub-path of a project site such as /statuswire/.
 */
export function at(fromRoot: string): string {
  const base = new URL(test.info().project.use.baseURL ?? 'http://localhost/').pathname;
  return `${base}${fromRoot.replace(/^\//, '')}`;
}
